import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { getAuditLogQueryOptions, useAuditLog } from './get-audit-log';

describe('useAuditLog', () => {
  it('loads a filtered page, newest first, with the total of every match', async () => {
    const { result } = renderApiHook(() => useAuditLog({ kind: 'site', pageSize: 1 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.items.map((entry) => entry.target)).toEqual([
      { kind: 'site', siteId: 'site-kolkata', siteName: 'Kolkata Office' },
    ]);
    expect(result.current.data?.total).toBe(2);
  });

  it('shares one cache entry for the same request, whatever the empty filters', () => {
    expect(getAuditLogQueryOptions({ siteId: '', actor: undefined }).queryKey).toEqual(
      getAuditLogQueryOptions().queryKey,
    );
  });

  it('reports bad filters as a validation error naming the parameter', async () => {
    const { result } = renderApiHook(() =>
      useAuditLog({ from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' }),
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'to' }] });
  });

  it('reports an entry outside the contract as malformed-response', async () => {
    server.use(
      http.get('/api/audit-log', () =>
        HttpResponse.json({ items: [{ id: 'audit-1', target: { kind: 'printer' } }], total: 1, actors: [] }),
      ),
    );
    const { result } = renderApiHook(() => useAuditLog());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });
});
