import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { queryKeys } from '@/contract/query-keys';
import type { Site } from '@/contract/sites';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { setScenarios } from '@mocks/scenarios';
import { getSiteQueryOptions, useSite } from './get-site';
import { getSitesQueryOptions, useSites } from './get-sites';
import { useUpdateSiteGeneral } from './update-site-general';

function generalOf(site: Site) {
  const { name, description, siteType, connectionType, countryCode, stateCode, cityName, address, timezone } =
    site;
  return { name, description, siteType, connectionType, countryCode, stateCode, cityName, address, timezone };
}

describe('useSites', () => {
  it('loads a searched page of validated summaries', async () => {
    const { result } = renderApiHook(() => useSites({ search: 'Tokyo', pageSize: 10 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({
      total: 1,
      items: [expect.objectContaining({ id: 'site-tokyo', timezone: 'Asia/Tokyo' })],
    });
  });

  it('shares one cache entry for the same request, whatever the empty parameters', () => {
    expect(getSitesQueryOptions({ search: '', page: undefined }).queryKey).toEqual(
      getSitesQueryOptions().queryKey,
    );
  });

  it('reports a list that breaks the contract as malformed-response', async () => {
    server.use(http.get('/api/sites', () => HttpResponse.json([{ id: 'site-tokyo' }])));
    const { result } = renderApiHook(() => useSites());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });

  it('reports bad parameters as a validation error naming the parameter', async () => {
    const { result } = renderApiHook(() => useSites({ pageSize: 20_000 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'pageSize' }] });
  });
});

describe('useSite', () => {
  it('loads the General details and version', async () => {
    const { result } = renderApiHook(() => useSite('site-london'));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ name: 'London HQ', timezone: 'Europe/London', version: 1 });
  });

  it('reports a missing site as not-found, without retrying', async () => {
    const { result } = renderApiHook(() => useSite('site-atlantis'));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'not-found')).toBe(true);
    expect(result.current.failureCount).toBe(1);
  });
});

describe('useUpdateSiteGeneral', () => {
  it('caches the saved site, refreshes the site lists and the audit log', async () => {
    const { result, queryClient } = renderApiHook(() => ({
      site: useSite('site-tokyo'),
      list: useSites({ search: 'Kolkata' }),
      save: useUpdateSiteGeneral(),
    }));
    await waitFor(() => expect(result.current.site.isSuccess && result.current.list.isSuccess).toBe(true));
    const tokyo = result.current.site.data;
    if (!tokyo) throw new Error('no site');
    queryClient.setQueryData(queryKeys.auditLog.list({}), []);

    act(() =>
      result.current.save.mutate({
        siteId: tokyo.id,
        data: {
          ...generalOf(tokyo),
          timezone: 'Asia/Calcutta',
          cityName: 'Kolkata',
          stateCode: null,
          countryCode: 'IN',
        },
        version: tokyo.version,
      }),
    );
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));

    // The server's answer, canonical zone included, is the cached state.
    expect(queryClient.getQueryData(getSiteQueryOptions('site-tokyo').queryKey)).toMatchObject({
      timezone: 'Asia/Kolkata',
      version: tokyo.version + 1,
    });
    expect(queryClient.getQueryState(queryKeys.auditLog.list({}))?.isInvalidated).toBe(true);
    // The list on screen refetches and now finds the moved site.
    await waitFor(() => expect(result.current.list.data?.total).toBe(2));
  });

  it('gives a conflict the typed current site', async () => {
    setScenarios(['conflict-next-save']);
    const { result } = renderApiHook(() => ({ site: useSite('site-tokyo'), save: useUpdateSiteGeneral() }));
    await waitFor(() => expect(result.current.site.isSuccess).toBe(true));
    const tokyo = result.current.site.data;
    if (!tokyo) throw new Error('no site');

    act(() =>
      result.current.save.mutate({
        siteId: tokyo.id,
        data: { ...generalOf(tokyo), name: 'Tokyo HQ' },
        version: tokyo.version,
      }),
    );
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    const error = result.current.save.error;
    expect(error?.kind).toBe('conflict');
    expect(error?.current).toMatchObject({ id: 'site-tokyo', name: 'Tokyo Office', updatedBy: 'Dana Admin' });
    expect(error?.current?.version).toBe(tokyo.version + 1);
  });

  it('reports a viewer’s save as forbidden', async () => {
    setScenarios(['viewer']);
    const { result } = renderApiHook(() => ({ site: useSite('site-tokyo'), save: useUpdateSiteGeneral() }));
    await waitFor(() => expect(result.current.site.isSuccess).toBe(true));
    const tokyo = result.current.site.data;
    if (!tokyo) throw new Error('no site');
    act(() =>
      result.current.save.mutate({ siteId: tokyo.id, data: generalOf(tokyo), version: tokyo.version }),
    );
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    expect(result.current.save.error?.kind).toBe('forbidden');
  });
});
