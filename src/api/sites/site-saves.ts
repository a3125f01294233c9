import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { siteSchema, type Site } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { getSiteQueryOptions } from './get-site';

/*
 * What every save of sites has in common: how one part of a site is sent, and what the answer
 * changes in the cache. A site's General fields and its own window are two parts of one resource
 * with one version.
 */

export interface SitePartVariables<Data> {
  siteId: string;
  data: Data;
  /** The site's version the user started from: a newer one on the server answers 409. */
  version: number;
}

/** PUT a part with If-Match; the answer is the whole site, and a 409 carries the site that won. */
export function putSitePart<Data>(
  part: 'general' | 'upgrade-window',
  { siteId, data, version }: SitePartVariables<Data>,
): Promise<Site> {
  return apiRequest(`/api/sites/${encodeURIComponent(siteId)}/${part}`, {
    method: 'PUT',
    body: data,
    ifMatch: version,
    schema: siteSchema,
    conflictSchema: siteSchema,
  });
}

/**
 * The server's answer is the truth for each site it sent back. Every list is stale: a new name,
 * place, time zone or window moves a site in searches, sorts and filters, and in the calendar,
 * which reads the lists. The audit log has a new entry.
 */
export function cacheSavedSites(queryClient: QueryClient, sites: readonly Site[]): void {
  for (const site of sites) queryClient.setQueryData(getSiteQueryOptions(site.id).queryKey, site);
  void queryClient.invalidateQueries({ queryKey: queryKeys.sites.lists });
  void queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all });
}

export type SitePartMutationConfig<Data> = Omit<
  UseMutationOptions<Site, ApiError<Site>, SitePartVariables<Data>>,
  'mutationFn'
>;

/** A mutation that saves one part of a site and caches the answer; the caller's onSuccess runs after. */
export function useSitePartMutation<Data>(
  mutationFn: (variables: SitePartVariables<Data>) => Promise<Site>,
  mutationConfig: SitePartMutationConfig<Data>,
) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn,
    onSuccess: (...args) => {
      cacheSavedSites(queryClient, [args[0]]);
      return onSuccess?.(...args);
    },
  });
}
