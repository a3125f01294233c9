import {
  DEFAULT_SITES_PAGE_SIZE,
  SITE_SORTS,
  siteListParamsSchema,
  type SiteListParams,
  type SiteSort,
} from '@/contract/sites';

/*
 * The list's state lives in the URL query (?search=tokyo&sort=-country&page=2), so a view can be
 * shared and Back returns to it. Reading is forgiving: a hand-edited bad value falls back to the
 * default instead of breaking the page.
 */

export const PAGE_SIZES = [25, 50, 100] as const;

/** The "Upgrade window" filter: every site, those that follow the account's window, those with their own. */
export const WINDOW_FILTERS = ['account', 'own'] as const;
export type WindowFilter = (typeof WINDOW_FILTERS)[number];
const isWindowFilter = (value: string | null): value is WindowFilter =>
  (WINDOW_FILTERS as readonly string[]).includes(value ?? '');

/** The longest search the API takes (the contract's limit): the box stops there and says so. */
export const MAX_SEARCH_LENGTH = siteListParamsSchema.shape.search.unwrap().maxLength ?? 200;

export interface SitesListState {
  search: string;
  sort: SiteSort;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  country: string | null;
  timezone: string | null;
  /** null: any window. */
  upgradeWindow: WindowFilter | null;
}

const isSort = (value: string | null): value is SiteSort =>
  (SITE_SORTS as readonly string[]).includes(value ?? '');

export function readSitesListState(query: URLSearchParams): SitesListState {
  const page = Number(query.get('page'));
  const pageSize = Number(query.get('pageSize'));
  const country = query.get('country');
  const sort = query.get('sort');
  const upgradeWindow = query.get('window');
  return {
    // A longer search from a hand-made link is cut to the limit, not refused by the server.
    search: (query.get('search') ?? '').slice(0, MAX_SEARCH_LENGTH),
    sort: isSort(sort) ? sort : 'name',
    // A safe integer: the API refuses page=1e20, and the list would then fail instead of saying past the end.
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_SITES_PAGE_SIZE,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    timezone: query.get('timezone') || null,
    upgradeWindow: isWindowFilter(upgradeWindow) ? upgradeWindow : null,
  };
}

/** The query string for a state, leaving defaults out so URLs stay short. */
export function writeSitesListState(state: SitesListState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.search) query.set('search', state.search);
  if (state.sort !== 'name') query.set('sort', state.sort);
  if (state.page !== 1) query.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_SITES_PAGE_SIZE) query.set('pageSize', String(state.pageSize));
  if (state.country) query.set('country', state.country);
  if (state.timezone) query.set('timezone', state.timezone);
  if (state.upgradeWindow) query.set('window', state.upgradeWindow);
  return query;
}

/** The GET /api/sites parameters for a state. */
export function toSiteListParams(state: SitesListState): SiteListParams {
  return {
    search: state.search.trim() || undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
    country: state.country ?? undefined,
    timezone: state.timezone ?? undefined,
    ownWindow: state.upgradeWindow === null ? undefined : state.upgradeWindow === 'own' ? 'true' : 'false',
  };
}
