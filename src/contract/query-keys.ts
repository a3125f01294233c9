import type { AuditLogParams } from './audit-log';
import type { SiteListParams } from './sites';

/*
 * The cache identity of each resource, in one place: a save in one feature refreshes what another
 * feature shows (a site's save refreshes the audit log) without importing that feature. Each
 * feature's queryOptions use these keys; mutations invalidate through them. Plain arrays, so
 * TanStack Query's prefix matching works: `queryKeys.sites.all` covers every list and detail.
 */
export const queryKeys = {
  me: ['me'] as const,
  maintenanceWindow: ['maintenance-window'] as const,
  sites: {
    all: ['sites'] as const,
    lists: ['sites', 'list'] as const,
    list: (params: SiteListParams) => ['sites', 'list', params] as const,
    detail: (siteId: string) => ['sites', 'detail', siteId] as const,
  },
  socketReleases: ['socket-releases'] as const,
  upgradeFreezes: ['upgrade-freezes'] as const,
  auditLog: {
    all: ['audit-log'] as const,
    list: (params: AuditLogParams) => ['audit-log', params] as const,
  },
  demoScenarios: ['demo', 'scenarios'] as const,
};
