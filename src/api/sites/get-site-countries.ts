import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { siteCountriesSchema, type SiteCountries } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';

export function getSiteCountries({ signal }: { signal?: AbortSignal } = {}): Promise<SiteCountries> {
  return apiRequest('/api/site-countries', { schema: siteCountriesSchema, signal });
}

/**
 * The countries that have sites, with how many, for the list's Country filter. Keyed under
 * `queryKeys.sites.lists`: a saved site (which invalidates the lists) may have moved country.
 */
export function getSiteCountriesQueryOptions() {
  return queryOptions({
    queryKey: [...queryKeys.sites.lists, 'countries'] as const,
    queryFn: ({ signal }) => getSiteCountries({ signal }),
  });
}

export function useSiteCountries() {
  return useQuery(getSiteCountriesQueryOptions());
}
