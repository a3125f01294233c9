import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import {
  upgradeFreezeSchema,
  type StoredUpgradeFreeze,
  type UpgradeFreezeInput,
} from '@/contract/upgrade-freezes';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { getUpgradeFreezesQueryOptions } from './get-upgrade-freezes';

/*
 * Creating and changing a freeze. Every upgrade time depends on the freezes, so a save refreshes
 * the list of freezes (the screens compute from it) and the log.
 */

/** POST: 201 with the new freeze (its id and version 1). */
export function createUpgradeFreeze(data: UpgradeFreezeInput): Promise<StoredUpgradeFreeze> {
  return apiRequest('/api/upgrade-freezes', { method: 'POST', body: data, schema: upgradeFreezeSchema });
}

export interface UpdateUpgradeFreezeVariables {
  freezeId: string;
  data: UpgradeFreezeInput;
  /** The version the user started editing from: a newer one on the server answers 409. */
  version: number;
}

/** PUT with If-Match; a 409 carries the freeze that won, validated, in `error.current`. */
export function updateUpgradeFreeze({
  freezeId,
  data,
  version,
}: UpdateUpgradeFreezeVariables): Promise<StoredUpgradeFreeze> {
  return apiRequest(`/api/upgrade-freezes/${encodeURIComponent(freezeId)}`, {
    method: 'PUT',
    body: data,
    ifMatch: version,
    schema: upgradeFreezeSchema,
    conflictSchema: upgradeFreezeSchema,
  });
}

/** What every freeze save (create, change, delete) refreshes. */
export function useAfterFreezeSave() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: getUpgradeFreezesQueryOptions().queryKey });
    void queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all });
  };
}

type CreateUpgradeFreezeConfig = Omit<
  UseMutationOptions<StoredUpgradeFreeze, ApiError, UpgradeFreezeInput>,
  'mutationFn'
>;

export function useCreateUpgradeFreeze(mutationConfig: CreateUpgradeFreezeConfig = {}) {
  const refresh = useAfterFreezeSave();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: createUpgradeFreeze,
    onSuccess: (...args) => {
      refresh();
      return onSuccess?.(...args);
    },
  });
}

type UpdateUpgradeFreezeConfig = Omit<
  UseMutationOptions<StoredUpgradeFreeze, ApiError<StoredUpgradeFreeze>, UpdateUpgradeFreezeVariables>,
  'mutationFn'
>;

export function useUpdateUpgradeFreeze(mutationConfig: UpdateUpgradeFreezeConfig = {}) {
  const refresh = useAfterFreezeSave();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: updateUpgradeFreeze,
    onSuccess: (...args) => {
      refresh();
      return onSuccess?.(...args);
    },
  });
}
