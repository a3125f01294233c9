import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { queryKeys } from '@/contract/query-keys';
import { isRecognisedTimeZone, MAX_SITES_PAGE_SIZE, type SiteSummary } from '@/contract/sites';
import { getSites } from './get-sites';

/*
 * Every site of the account, for the screens that look at all of them (the upgrade calendar, the
 * window's preview). The API answers at most MAX_SITES_PAGE_SIZE sites a call, so this loads page
 * after page until `total` is reached, and says how far it got: a 20,000-site account is never
 * silently cut to its first 10,000.
 *
 * The key sits under `queryKeys.sites.lists`, so a saved site (which invalidates the lists)
 * refetches every page here too.
 */
export const allSitesQueryKey = [...queryKeys.sites.lists, 'every-page'] as const;

export interface AllSites {
  /** Sites whose zone the runtime knows: undefined until every page has arrived. */
  sites: SiteSummary[] | undefined;
  /** Sites whose stored zone the runtime does not know: listed apart so they can be fixed. */
  unrecognised: SiteSummary[] | undefined;
  /** Sites loaded so far, and how many the account has (undefined before the first page). */
  loaded: number;
  total: number | undefined;
  error: Error | null;
  refetch: () => void;
}

export function useAllSites(pageSize: number = MAX_SITES_PAGE_SIZE): AllSites {
  const query = useInfiniteQuery({
    queryKey: [...allSitesQueryKey, pageSize],
    queryFn: ({ pageParam, signal }) => getSites({ page: pageParam, pageSize }, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      // An empty page ends the walk even if `total` grew meanwhile: never loop forever.
      return loaded < last.total && last.items.length > 0 ? pages.length + 1 : undefined;
    },
  });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const pages = query.data?.pages;
  const complete = pages !== undefined && !hasNextPage;
  const split = useMemo(() => {
    if (!complete) return undefined;
    const sites: SiteSummary[] = [];
    const unrecognised: SiteSummary[] = [];
    for (const page of pages)
      for (const site of page.items) (isRecognisedTimeZone(site.timezone) ? sites : unrecognised).push(site);
    return { sites, unrecognised };
  }, [complete, pages]);

  return {
    sites: split?.sites,
    unrecognised: split?.unrecognised,
    loaded: pages?.reduce((sum, page) => sum + page.items.length, 0) ?? 0,
    total: pages?.[0]?.total,
    // Stale pages stay on screen while a refetch fails; only a load that never completed is an error.
    error: split === undefined ? query.error : null,
    refetch: () => void query.refetch(),
  };
}

/** "Loading sites: 10,000 of 20,000", or a plain "Loading sites…" before the first page. */
export function loadingSitesText({ loaded, total }: Pick<AllSites, 'loaded' | 'total'>): string {
  if (total === undefined) return 'Loading sites…';
  return `Loading sites: ${loaded.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
}
