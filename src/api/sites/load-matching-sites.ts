import type { SiteListParams, SiteSummary } from '@/contract/sites';
import { getSites } from './get-sites';

/*
 * Every site a list view matches (its search, filters and sort), all pages of it, for an export:
 * the screen shows one page, the file holds them all. Loaded through the list endpoint page after
 * page, in the server's order, reporting progress after each page.
 */

/** Sites asked for per request: a few requests for a large account, so progress means something. */
export const EXPORT_PAGE_SIZE = 1_000;

export interface LoadProgress {
  loaded: number;
  /** How many sites match, as the last page said. */
  total: number;
}

export interface LoadMatchingSitesOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  pageSize?: number;
}

export async function loadMatchingSites(
  params: Omit<SiteListParams, 'page' | 'pageSize'>,
  { signal, onProgress, pageSize = EXPORT_PAGE_SIZE }: LoadMatchingSitesOptions = {},
): Promise<SiteSummary[]> {
  // By id: a site saved between two pages may move in the order and be sent twice; it is kept once.
  const sites = new Map<string, SiteSummary>();
  for (let page = 1; ; page++) {
    const { items, total } = await getSites({ ...params, page, pageSize }, { signal });
    for (const site of items) if (!sites.has(site.id)) sites.set(site.id, site);
    onProgress?.({ loaded: sites.size, total });
    // An empty or short page ends the walk even if `total` grew meanwhile: never loop forever.
    if (items.length < pageSize || page * pageSize >= total) return [...sites.values()];
  }
}
