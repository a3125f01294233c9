import { ThemeProvider, createTheme } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@/lib/query-client';

/**
 * Pages as the console renders them, for component tests: a data router (the unsaved-changes
 * guard needs one) opened at `url`, MUI's default theme and a fresh query client with the
 * console's own settings. Returns both, for tests that follow the route or read the cache.
 */
export function renderRoutes(routes: RouteObject[], url: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <ThemeProvider theme={createTheme()}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { router, queryClient };
}
