import { useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import type { SiteWindow, SiteWindowInput } from '@/contract/site-window';
import { siteSchema, type Site } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { getSiteQueryOptions } from './get-site';

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

export interface UpdateSiteWindowVariables {
  siteId: string;
  /** `{ upgradeWindow: { day, start, end } }`, or `{ upgradeWindow: null }` for the account's window. */
  data: SiteWindowInput;
  /** The site's version the user started from: a newer one on the server answers 409. */
  version: number;
}

/** PUT with If-Match; the answer is the whole site, and a 409 carries the site that won. */
export function updateSiteWindow({ siteId, data, version }: UpdateSiteWindowVariables): Promise<Site> {
  return apiRequest(`/api/sites/${encodeURIComponent(siteId)}/upgrade-window`, {
    method: 'PUT',
    body: data,
    ifMatch: version,
    schema: siteSchema,
    conflictSchema: siteSchema,
  });
}

type UpdateSiteWindowConfig = Omit<
  UseMutationOptions<Site, ApiError<Site>, UpdateSiteWindowVariables>,
  'mutationFn'
>;

export function useUpdateSiteWindow(mutationConfig: UpdateSiteWindowConfig = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: updateSiteWindow,
    onSuccess: (...args) => {
      const [saved] = args;
      queryClient.setQueryData(getSiteQueryOptions(saved.id).queryKey, saved);
      // The lists carry each site's window (and filter on it); the calendar reads the lists.
      void queryClient.invalidateQueries({ queryKey: queryKeys.sites.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all });
      return onSuccess?.(...args);
    },
  });
}
