import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { upgradeFreezeSchema, type StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { useAfterFreezeSave } from './save-upgrade-freeze';

export interface DeleteUpgradeFreezeVariables {
  freezeId: string;
  /** The version the user saw: a freeze changed since answers 409 with its current state. */
  version: number;
}

/** DELETE with If-Match: 204, nothing in the body. */
export function deleteUpgradeFreeze({ freezeId, version }: DeleteUpgradeFreezeVariables): Promise<void> {
  return apiRequest(`/api/upgrade-freezes/${encodeURIComponent(freezeId)}`, {
    method: 'DELETE',
    ifMatch: version,
    schema: z.undefined(),
    conflictSchema: upgradeFreezeSchema,
  });
}

type DeleteUpgradeFreezeConfig = Omit<
  UseMutationOptions<void, ApiError<StoredUpgradeFreeze>, DeleteUpgradeFreezeVariables>,
  'mutationFn'
>;

export function useDeleteUpgradeFreeze(mutationConfig: DeleteUpgradeFreezeConfig = {}) {
  const refresh = useAfterFreezeSave();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: deleteUpgradeFreeze,
    onSuccess: (...args) => {
      refresh();
      return onSuccess?.(...args);
    },
  });
}
