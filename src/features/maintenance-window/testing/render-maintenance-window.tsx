import { configure, render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DateTime } from '@/lib/date-time';
import { MaintenanceWindowSection } from '../components/maintenance-window-section';

// MUI selects in jsdom are slow on a loaded machine: allow answers more than the default second.
configure({ asyncUtilTimeout: 5_000 });
/** A test that opens a few selects and saves can take several seconds under load. */
export const FORM_TEST_TIMEOUT = 30_000;

/** Monday 1 March 2027, 00:00 UTC: a release instant with clock changes in the coming weeks. */
export const PREVIEW_NOW = DateTime.fromISO('2027-03-01T00:00:00Z', { zone: 'utc' });

/**
 * The section inside a data router (the unsaved-changes guard needs one) with a fresh query
 * client that does not retry, so a failure shows at once.
 */
export function renderMaintenanceWindow() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      {
        path: '/administration/system-settings',
        element: <MaintenanceWindowSection now={PREVIEW_NOW} viewerTimeZone="Asia/Tokyo" />,
      },
      { path: '/upgrade-calendar', element: <h1>Upgrade calendar</h1> },
    ],
    { initialEntries: ['/administration/system-settings'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}
