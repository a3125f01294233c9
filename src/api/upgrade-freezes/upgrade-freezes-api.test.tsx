import { act, waitFor } from '@testing-library/react';
import { queryKeys } from '@/contract/query-keys';
import { setScenarios } from '@mocks/scenarios';
import { renderApiHook } from '@mocks/render-api-hook';
import { useDeleteUpgradeFreeze } from './delete-upgrade-freeze';
import { useUpgradeFreezes } from './get-upgrade-freezes';
import { useCreateUpgradeFreeze, useUpdateUpgradeFreeze } from './save-upgrade-freeze';

// Far enough ahead of any clock these tests run under to be in the future, and clear of the seed's freezes.
const SPRING = { name: 'Spring network refresh', startDate: '2999-03-01', endDate: '2999-03-14' };

describe('the upgrade freeze hooks', () => {
  it('create, change and delete a freeze, refreshing the list and the log each time', async () => {
    const { result, queryClient } = renderApiHook(() => ({
      freezes: useUpgradeFreezes(),
      create: useCreateUpgradeFreeze(),
      update: useUpdateUpgradeFreeze(),
      remove: useDeleteUpgradeFreeze(),
    }));
    await waitFor(() => expect(result.current.freezes.data).toHaveLength(2));
    queryClient.setQueryData(queryKeys.auditLog.list({}), { items: [], total: 0, actors: [] });

    act(() => result.current.create.mutate(SPRING));
    await waitFor(() => expect(result.current.create.isSuccess).toBe(true));
    const created = result.current.create.data;
    if (!created) throw new Error('nothing created');
    expect(created).toMatchObject({ ...SPRING, version: 1 });
    await waitFor(() =>
      expect(result.current.freezes.data?.map((freeze) => freeze.id)).toContain(created.id),
    );
    expect(queryClient.getQueryState(queryKeys.auditLog.list({}))?.isInvalidated).toBe(true);

    act(() =>
      result.current.update.mutate({ freezeId: created.id, data: { ...SPRING, name: 'Spring' }, version: 1 }),
    );
    await waitFor(() => expect(result.current.update.data).toMatchObject({ name: 'Spring', version: 2 }));
    await waitFor(() =>
      expect(result.current.freezes.data?.find((freeze) => freeze.id === created.id)?.name).toBe('Spring'),
    );

    act(() => result.current.remove.mutate({ freezeId: created.id, version: 2 }));
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.freezes.data).toHaveLength(2));
  });

  it('puts the server field errors of a rejected freeze in the error', async () => {
    const { result } = renderApiHook(() => useCreateUpgradeFreeze());
    act(() => result.current.mutate({ ...SPRING, endDate: '2999-02-01' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'endDate' }] });
  });

  it('gives a conflict the typed current freeze, for a change and for a deletion', async () => {
    setScenarios(['conflict-next-save']);
    const { result } = renderApiHook(() => ({
      freezes: useUpgradeFreezes(),
      remove: useDeleteUpgradeFreeze(),
    }));
    await waitFor(() => expect(result.current.freezes.isSuccess).toBe(true));
    act(() => result.current.remove.mutate({ freezeId: 'freeze-year-end', version: 2 }));
    await waitFor(() => expect(result.current.remove.isError).toBe(true));
    expect(result.current.remove.error?.kind).toBe('conflict');
    expect(result.current.remove.error?.current).toMatchObject({ id: 'freeze-year-end', version: 3 });
  });

  it('tells a viewer no', async () => {
    setScenarios(['viewer']);
    const { result } = renderApiHook(() => useCreateUpgradeFreeze());
    act(() => result.current.mutate(SPRING));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('forbidden');
  });
});
