import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/query-client';
import { useConsoleTheme } from './theme/use-console-theme';

const globalStyles = (
  <GlobalStyles
    styles={(t) => ({
      // Visible only when focused, so keyboard users can jump past the menu.
      '.skip-link': {
        position: 'absolute',
        left: -9999,
        top: 8,
        zIndex: t.zIndex.tooltip + 1,
        padding: '8px 16px',
        background: t.palette.background.paper,
        color: t.palette.text.primary,
      },
      '.skip-link:focus': { left: 8 },
    })}
  />
);

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={useConsoleTheme()} defaultMode="system">
      <CssBaseline enableColorScheme />
      {globalStyles}
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ThemeProvider>
  );
}
