import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { queryKeys } from '@/contract/query-keys';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { setScenarios } from '@mocks/scenarios';
import { getMaintenanceWindowQueryOptions, useMaintenanceWindow } from './get-maintenance-window';
import { useUpdateMaintenanceWindow } from './update-maintenance-window';

const MONDAY = { day: 'MONDAY', start: '04:00', end: '06:00' } as const;

describe('useMaintenanceWindow', () => {
  it('loads the validated window', async () => {
    const { result } = renderApiHook(() => useMaintenanceWindow());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ day: 'SUNDAY', start: '01:00', end: '03:00', version: 2 });
  });

  it('reports an answer that breaks the contract as a malformed-response error', async () => {
    server.use(
      http.get('/api/account/maintenance-window', () => HttpResponse.json({ day: 'SUNDAY', start: 1 })),
    );
    const { result } = renderApiHook(() => useMaintenanceWindow());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });
});

describe('useUpdateMaintenanceWindow', () => {
  function renderWindowAndSave() {
    return renderApiHook(() => ({ window: useMaintenanceWindow(), save: useUpdateMaintenanceWindow() }));
  }

  it('puts the saved window in the cache without refetching, and refreshes the audit log', async () => {
    const { result, queryClient } = renderWindowAndSave();
    await waitFor(() => expect(result.current.window.isSuccess).toBe(true));
    queryClient.setQueryData(queryKeys.auditLog.list({}), []);
    let windowRequests = 0;
    server.use(
      http.get('/api/account/maintenance-window', () => {
        windowRequests++; // then the mocked backend answers
      }),
    );

    act(() => result.current.save.mutate({ data: MONDAY, version: 2 }));
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));

    expect(result.current.window.data).toMatchObject({ ...MONDAY, version: 3, updatedBy: 'Alex Morgan' });
    expect(queryClient.getQueryData(getMaintenanceWindowQueryOptions().queryKey)?.version).toBe(3);
    expect(queryClient.getQueryState(queryKeys.auditLog.list({}))?.isInvalidated).toBe(true);
    expect(windowRequests).toBe(0);
  });

  it('gives a conflict the typed current window, and leaves the cache to the user’s decision', async () => {
    setScenarios(['conflict-next-save']);
    const { result } = renderWindowAndSave();
    await waitFor(() => expect(result.current.window.isSuccess).toBe(true));

    act(() => result.current.save.mutate({ data: MONDAY, version: 2 }));
    await waitFor(() => expect(result.current.save.isError).toBe(true));

    const error = result.current.save.error;
    expect(error?.kind).toBe('conflict');
    expect(error?.current).toMatchObject({ start: '02:00', version: 3, updatedBy: 'Dana Admin' });
    expect(result.current.window.data?.version).toBe(2);
  });

  it('gives a rejected save the message of each field', async () => {
    const { result } = renderWindowAndSave();
    act(() => result.current.save.mutate({ data: { ...MONDAY, end: '07:00' }, version: 2 }));
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    expect(result.current.save.error?.kind).toBe('validation');
    expect(result.current.save.error?.fieldErrors).toEqual([
      { field: 'end', message: 'A window lasts 2 hours: starting at 04:00, it ends at 06:00.' },
    ]);
  });

  it('reports a saved answer that breaks the contract as malformed-response, and caches nothing', async () => {
    server.use(http.put('/api/account/maintenance-window', () => HttpResponse.json({ saved: true })));
    const { result, queryClient } = renderWindowAndSave();
    await waitFor(() => expect(result.current.window.isSuccess).toBe(true));
    act(() => result.current.save.mutate({ data: MONDAY, version: 2 }));
    await waitFor(() => expect(result.current.save.isError).toBe(true));
    expect(result.current.save.error?.kind).toBe('malformed-response');
    expect(queryClient.getQueryData(getMaintenanceWindowQueryOptions().queryKey)?.version).toBe(2);
  });
});
