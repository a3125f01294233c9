import { act, waitFor } from '@testing-library/react';
import { queryKeys } from '@/contract/query-keys';
import { renderApiHook } from '@mocks/render-api-hook';
import { setScenarios } from '@mocks/scenarios';
import { getSiteQueryOptions, useSite } from './get-site';
import { useSites } from './get-sites';
import { useSaveSitesWindow } from './save-sites-window';
import { useSiteWindow, useUpdateSiteWindow } from './update-site-window';

const WEDNESDAY = { day: 'WEDNESDAY', start: '03:00', end: '05:00' } as const;

describe('useSiteWindow and useUpdateSiteWindow', () => {
  it("reads the site's window and saves a new one: cached site, refreshed lists and log", async () => {
    const { result, queryClient } = renderApiHook(() => ({
      upgradeWindow: useSiteWindow('site-tokyo'),
      site: useSite('site-tokyo'),
      own: useSites({ ownWindow: 'true' }),
      save: useUpdateSiteWindow(),
    }));
    await waitFor(() => expect(result.current.own.isSuccess && result.current.site.isSuccess).toBe(true));
    expect(result.current.upgradeWindow.data).toBeNull();
    expect(result.current.own.data?.items.map((site) => site.id)).toEqual(['site-frankfurt']);
    queryClient.setQueryData(queryKeys.auditLog.list({}), { items: [], total: 0, actors: [] });

    act(() =>
      result.current.save.mutate({ siteId: 'site-tokyo', data: { upgradeWindow: WEDNESDAY }, version: 2 }),
    );
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));
    expect(result.current.upgradeWindow.data).toEqual(WEDNESDAY);
    expect(queryClient.getQueryData(getSiteQueryOptions('site-tokyo').queryKey)).toMatchObject({
      version: 3,
    });
    expect(queryClient.getQueryState(queryKeys.auditLog.list({}))?.isInvalidated).toBe(true);
    await waitFor(() =>
      expect(result.current.own.data?.items.map((site) => site.id)).toEqual(['site-frankfurt', 'site-tokyo']),
    );
  });

  it('gives a conflict the typed current site', async () => {
    setScenarios(['conflict-next-save']);
    const { result } = renderApiHook(() => useUpdateSiteWindow());
    act(() => result.current.mutate({ siteId: 'site-tokyo', data: { upgradeWindow: null }, version: 2 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('conflict');
    expect(result.current.error?.current).toMatchObject({ id: 'site-tokyo', version: 3 });
  });
});

describe('useSaveSitesWindow', () => {
  it('answers each site and caches what the server now holds, conflicts included', async () => {
    const { result, queryClient } = renderApiHook(() => useSaveSitesWindow());
    act(() =>
      result.current.mutate({
        sites: [
          { siteId: 'site-london', version: 1 },
          { siteId: 'site-kolkata', version: 1 },
        ],
        upgradeWindow: WEDNESDAY,
      }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.results.map((outcome) => outcome.result)).toEqual(['saved', 'conflict']);
    expect(queryClient.getQueryData(getSiteQueryOptions('site-london').queryKey)).toMatchObject({
      upgradeWindow: WEDNESDAY,
      version: 2,
    });
    expect(queryClient.getQueryData(getSiteQueryOptions('site-kolkata').queryKey)).toMatchObject({
      upgradeWindow: null,
      version: 2,
    });
  });
});
