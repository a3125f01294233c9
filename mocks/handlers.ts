import type { RequestHandler } from 'msw';
import { auditLogHandlers } from './handlers/audit-log';
import { demoHandlers } from './handlers/demo';
import { maintenanceWindowHandlers } from './handlers/maintenance-window';
import { meHandlers } from './handlers/me';
import { sitesHandlers } from './handlers/sites';
import { socketReleasesHandlers } from './handlers/socket-releases';

/** The whole mocked backend: the same handlers serve the browser, Vitest and the default build. */
export const handlers: RequestHandler[] = [
  ...meHandlers,
  ...maintenanceWindowHandlers,
  ...sitesHandlers,
  ...socketReleasesHandlers,
  ...auditLogHandlers,
  ...demoHandlers,
];
