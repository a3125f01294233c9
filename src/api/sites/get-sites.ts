import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { siteListSchema, type SiteList, type SiteListParams } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';

/** Drops empty values, so `{ search: '' }` and `{}` are the same request and the same cache entry. */
function normalize(params: SiteListParams): SiteListParams {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ''),
  ) as SiteListParams;
}

export function getSites(
  params: SiteListParams = {},
  { signal }: { signal?: AbortSignal } = {},
): Promise<SiteList> {
  return apiRequest('/api/sites', { schema: siteListSchema, query: normalize(params), signal });
}

/** One page of sites; `{ pageSize: MAX_SITES_PAGE_SIZE }` loads a whole account for the calendar. */
export function getSitesQueryOptions(params: SiteListParams = {}) {
  const normalized = normalize(params);
  return queryOptions({
    queryKey: queryKeys.sites.list(normalized),
    queryFn: ({ signal }) => getSites(normalized, { signal }),
  });
}

type SitesQueryConfig = Omit<ReturnType<typeof getSitesQueryOptions>, 'queryKey' | 'queryFn'>;

/** Keeps showing the previous page while the next one loads (paging, typing a search). */
export function useSites(params: SiteListParams = {}, queryConfig: SitesQueryConfig = {}) {
  return useQuery({ placeholderData: keepPreviousData, ...getSitesQueryOptions(params), ...queryConfig });
}
