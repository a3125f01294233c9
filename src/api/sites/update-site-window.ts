import { useQuery } from '@tanstack/react-query';
import type { SiteWindow, SiteWindowInput } from '@/contract/site-window';
import type { Site } from '@/contract/sites';
import { getSiteQueryOptions } from './get-site';
import {
  putSitePart,
  useSitePartMutation,
  type SitePartMutationConfig,
  type SitePartVariables,
} from './site-saves';

/**
 * A site's own window, or null when it follows the account's: read from the site itself (one
 * request and one cache entry with the General page).
 */
export function useSiteWindow(siteId: string) {
  return useQuery({
    ...getSiteQueryOptions(siteId),
    select: (site): SiteWindow => site.upgradeWindow,
  });
}

/** data: `{ upgradeWindow: { day, start, end } }`, or `{ upgradeWindow: null }` for the account's window. */
export type UpdateSiteWindowVariables = SitePartVariables<SiteWindowInput>;

/** PUT /api/sites/:siteId/upgrade-window with If-Match; the answer is the whole site, a 409 carries the site that won. */
export function updateSiteWindow(variables: UpdateSiteWindowVariables): Promise<Site> {
  return putSitePart('upgrade-window', variables);
}

export function useUpdateSiteWindow(mutationConfig: SitePartMutationConfig<SiteWindowInput> = {}) {
  return useSitePartMutation(updateSiteWindow, mutationConfig);
}
