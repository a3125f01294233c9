import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { siteSchema, type Site } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';

export function getSite(siteId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Site> {
  return apiRequest(`/api/sites/${encodeURIComponent(siteId)}`, { schema: siteSchema, signal });
}

export function getSiteQueryOptions(siteId: string) {
  return queryOptions({
    queryKey: queryKeys.sites.detail(siteId),
    queryFn: ({ signal }) => getSite(siteId, { signal }),
  });
}

type SiteQueryConfig = Omit<ReturnType<typeof getSiteQueryOptions>, 'queryKey' | 'queryFn'>;

/** A site's General details and version; a missing site fails with ApiError kind 'not-found'. */
export function useSite(siteId: string, queryConfig: SiteQueryConfig = {}) {
  return useQuery({ ...getSiteQueryOptions(siteId), ...queryConfig });
}
