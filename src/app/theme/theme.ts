import { createTheme, type ThemeOptions } from '@mui/material/styles';
import { formatCount } from '@/lib/plural';
import { readOnlyOutlinedInput } from './read-only-fields';
import { reducedMotionOptions } from './reduced-motion';

// One theme, both color schemes: MUI follows the system preference until the user picks one,
// and remembers the pick (useColorScheme). Colors keep 4.5:1 contrast on their backgrounds.
const themeOptions: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        secondary: { main: '#6a3fb5' },
        // MUI's default orange is 3:1 on white; this one passes 4.5:1 as text and under white text.
        warning: { main: '#b45309', contrastText: '#ffffff' },
        // MUI's default red is 4.2:1 on a highlighted cell; this one passes 4.5:1 there too.
        error: { main: '#c62828' },
        background: { default: '#f5f7fa', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#7cb8f5' },
        secondary: { main: '#c4a8f0' },
        // MUI's dark red is 4.46:1 on this paper, so error texts and labels fell short of 4.5:1;
        // this one passes on a highlighted cell too (the month view's notice cut-off).
        error: { main: '#ffb4ab' },
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
    MuiOutlinedInput: readOnlyOutlinedInput,
    // "1–50 of 5,000": counts grouped as everywhere else in the console (MUI writes "5000").
    MuiTablePagination: {
      defaultProps: {
        labelDisplayedRows: ({ from, to, count }) =>
          `${formatCount(from)}–${formatCount(to)} of ${count === -1 ? `more than ${formatCount(to)}` : formatCount(count)}`,
      },
    },
    MuiCssBaseline: {
      styleOverrides: {
        // Catches the transitions the theme does not make (a component's own sx) for people who
        // ask the system for reduced motion; the theme below stops MUI's own.
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            transitionDuration: '0s !important',
            transitionDelay: '0s !important',
            scrollBehavior: 'auto !important',
          },
        },
      },
    },
  },
};

export const theme = createTheme(themeOptions);

/** The same theme for people who ask for reduced motion: no MUI transition, ripple or pulse. */
export const reducedMotionTheme = createTheme(themeOptions, reducedMotionOptions);
