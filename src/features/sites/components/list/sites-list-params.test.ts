import { siteListParamsSchema } from '@/contract/sites';
import {
  MAX_SEARCH_LENGTH,
  readSitesListState,
  toSiteListParams,
  writeSitesListState,
} from './sites-list-params';

describe('the sites list state in the URL', () => {
  it('reads a shared URL back into the same view', () => {
    const state = readSitesListState(
      new URLSearchParams(
        'search=tokyo&sort=-country&page=3&pageSize=100&country=JP&timezone=Asia/Tokyo&window=own',
      ),
    );
    expect(state).toEqual({
      search: 'tokyo',
      sort: '-country',
      page: 3,
      pageSize: 100,
      country: 'JP',
      timezone: 'Asia/Tokyo',
      upgradeWindow: 'own',
    });
    expect(readSitesListState(writeSitesListState(state))).toEqual(state);
  });

  it('falls back to the defaults for missing or hand-broken values', () => {
    expect(
      readSitesListState(new URLSearchParams('sort=population&page=-2&pageSize=7&country=japan&window=mine')),
    ).toEqual({
      search: '',
      sort: 'name',
      page: 1,
      pageSize: 50,
      country: null,
      timezone: null,
      upgradeWindow: null,
    });
    // A number the API would refuse as a page.
    expect(readSitesListState(new URLSearchParams('page=1e20')).page).toBe(1);
  });

  it('leaves defaults out of the URL and blank search out of the request', () => {
    const state = readSitesListState(new URLSearchParams(''));
    expect(writeSitesListState(state).toString()).toBe('');
    expect(toSiteListParams({ ...state, search: '   ' }).search).toBeUndefined();
  });

  it("asks the API for the sites with their own window, or those that follow the account's", () => {
    const state = readSitesListState(new URLSearchParams(''));
    expect(toSiteListParams(state).ownWindow).toBeUndefined();
    expect(toSiteListParams({ ...state, upgradeWindow: 'own' }).ownWindow).toBe('true');
    expect(toSiteListParams({ ...state, upgradeWindow: 'account' }).ownWindow).toBe('false');
    expect(writeSitesListState({ ...state, upgradeWindow: 'account' }).toString()).toBe('window=account');
  });

  it('cuts a search longer than the API takes, so the server never refuses the list', () => {
    const state = readSitesListState(new URLSearchParams({ search: 'x'.repeat(5000) }));
    expect(state.search).toHaveLength(MAX_SEARCH_LENGTH);
    expect(siteListParamsSchema.safeParse(toSiteListParams(state)).success).toBe(true);
  });
});
