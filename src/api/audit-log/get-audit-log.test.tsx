import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { useAuditLog } from './get-audit-log';

describe('useAuditLog', () => {
  it('loads the latest changes, as many as asked', async () => {
    const { result } = renderApiHook(() => useAuditLog({ limit: 2 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((entry) => entry.id)).toEqual(['audit-3', 'audit-2']);
  });

  it('reports an entry outside the contract as malformed-response', async () => {
    server.use(
      http.get('/api/audit-log', () => HttpResponse.json([{ id: 'audit-1', target: { kind: 'printer' } }])),
    );
    const { result } = renderApiHook(() => useAuditLog());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });
});
