import { waitFor } from '@testing-library/react';
import { renderApiHook } from '@mocks/render-api-hook';
import { getSites } from './get-sites';
import { useSiteCountries } from './get-site-countries';
import { loadMatchingSites, type LoadProgress } from './load-matching-sites';

describe('loadMatchingSites', () => {
  it('loads every page of a view, in its order, reporting progress after each page', async () => {
    const progress: LoadProgress[] = [];
    const sites = await loadMatchingSites(
      { sort: '-country', search: 'office' },
      { pageSize: 10, onProgress: (step) => progress.push(step) },
    );
    const onePage = await getSites({ sort: '-country', search: 'office', pageSize: 100 });
    expect(onePage.total).toBeGreaterThan(20);
    expect(sites.map((site) => site.id)).toEqual(onePage.items.map((site) => site.id));
    expect(progress.map((step) => step.loaded)).toEqual(
      Array.from({ length: Math.ceil(onePage.total / 10) }, (_, page) =>
        Math.min(onePage.total, (page + 1) * 10),
      ),
    );
    expect(progress.at(-1)).toEqual({ loaded: onePage.total, total: onePage.total });
  });

  it('keeps the filters: only the sites of the chosen country', async () => {
    const sites = await loadMatchingSites({ country: 'US' }, { pageSize: 2 });
    expect(sites.map((site) => site.id).sort()).toEqual([
      'site-aws-us-east',
      'site-honolulu',
      'site-los-angeles',
      'site-new-york',
    ]);
  });

  it('answers an empty list in one request when nothing matches', async () => {
    const progress: LoadProgress[] = [];
    expect(
      await loadMatchingSites({ search: 'Atlantis' }, { onProgress: (step) => progress.push(step) }),
    ).toEqual([]);
    expect(progress).toEqual([{ loaded: 0, total: 0 }]);
  });
});

describe('useSiteCountries', () => {
  it('loads the countries that have sites, with their counts', async () => {
    const { result } = renderApiHook(() => useSiteCountries());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.items).toContainEqual({ countryCode: 'DE', siteCount: 2 });
  });
});
