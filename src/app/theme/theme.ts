import { createTheme } from '@mui/material/styles';

// One theme, both color schemes: MUI follows the system preference until the user picks one,
// and remembers the pick (useColorScheme). Colors keep 4.5:1 contrast on their backgrounds.
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        secondary: { main: '#6a3fb5' },
        // MUI's default orange is 3:1 on white; this one passes 4.5:1 as text and under white text.
        warning: { main: '#b45309', contrastText: '#ffffff' },
        background: { default: '#f5f7fa', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#7cb8f5' },
        secondary: { main: '#c4a8f0' },
        background: { default: '#10151c', paper: '#18202a' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Inter", "Liberation Sans", "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
    MuiAppBar: { defaultProps: { elevation: 0 } },
  },
});
