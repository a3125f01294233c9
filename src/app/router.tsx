import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppShell } from './layout/app-shell';
import { loadPage } from './routes/lazy-page';
import { PageLoading } from './routes/page-loading';
import { NotFoundPage } from './routes/not-found-page';
import { RouteErrorPage } from './routes/route-error-page';

// Each page is its own chunk, loaded when its route is first visited (and again when the
// connection returns, if it was lost: see ./routes/lazy-page.ts).
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    // Shown while the first page's chunk loads on a direct visit to a deep link.
    HydrateFallback: PageLoading,
    children: [
      {
        // A route-level boundary keeps the menu usable when one page fails.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to="/upgrade-calendar" replace /> },
          {
            path: 'network/sites',
            lazy: async () => ({
              Component: (await loadPage(() => import('@/features/sites/components/sites-page'))).SitesPage,
            }),
          },
          {
            path: 'network/sites/:siteId/general',
            lazy: async () => ({
              Component: (await loadPage(() => import('@/features/sites/components/site-general-page')))
                .SiteGeneralPage,
            }),
          },
          {
            path: 'upgrade-calendar',
            lazy: async () => ({
              Component: (
                await loadPage(() => import('@/features/upgrade-calendar/components/upgrade-calendar-page'))
              ).UpgradeCalendarPage,
            }),
          },
          {
            path: 'administration/system-settings',
            lazy: async () => ({
              Component: (await loadPage(() => import('./routes/system-settings-page'))).SystemSettingsPage,
            }),
          },
          {
            path: 'administration/audit-trail',
            lazy: async () => ({
              Component: (await loadPage(() => import('@/features/audit-trail/components/audit-trail-page')))
                .AuditTrailPage,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
