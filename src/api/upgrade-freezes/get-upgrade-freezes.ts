import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { upgradeFreezesSchema, type StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { apiRequest } from '@/lib/api-client';

export function getUpgradeFreezes({ signal }: { signal?: AbortSignal } = {}): Promise<StoredUpgradeFreeze[]> {
  return apiRequest('/api/upgrade-freezes', { schema: upgradeFreezesSchema, signal });
}

export function getUpgradeFreezesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.upgradeFreezes,
    queryFn: ({ signal }) => getUpgradeFreezes({ signal }),
  });
}

type UpgradeFreezesQueryConfig = Omit<
  ReturnType<typeof getUpgradeFreezesQueryOptions>,
  'queryKey' | 'queryFn'
>;

/** Every upgrade freeze of the account, past ones included, by start date. */
export function useUpgradeFreezes(queryConfig: UpgradeFreezesQueryConfig = {}) {
  return useQuery({ ...getUpgradeFreezesQueryOptions(), ...queryConfig });
}
