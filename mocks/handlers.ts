import type { RequestHandler } from 'msw';
import { auditLogHandlers } from './handlers/audit-log';
import { demoHandlers } from './handlers/demo';
import { maintenanceWindowHandlers } from './handlers/maintenance-window';
import { meHandlers } from './handlers/me';
import { siteWindowHandlers } from './handlers/site-windows';
import { sitesHandlers } from './handlers/sites';
import { socketReleasesHandlers } from './handlers/socket-releases';
import { upgradeFreezeHandlers } from './handlers/upgrade-freezes';

/** The whole mocked backend: the same handlers serve the browser, Vitest and the default build. */
export const handlers: RequestHandler[] = [
  ...meHandlers,
  ...maintenanceWindowHandlers,
  ...sitesHandlers,
  ...siteWindowHandlers,
  ...upgradeFreezeHandlers,
  ...socketReleasesHandlers,
  ...auditLogHandlers,
  ...demoHandlers,
];
