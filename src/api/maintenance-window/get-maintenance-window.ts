import { queryOptions, useQuery } from '@tanstack/react-query';
import { maintenanceWindowSchema, type MaintenanceWindow } from '@/contract/maintenance-window';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';

export function getMaintenanceWindow({ signal }: { signal?: AbortSignal } = {}): Promise<MaintenanceWindow> {
  return apiRequest('/api/account/maintenance-window', { schema: maintenanceWindowSchema, signal });
}

export function getMaintenanceWindowQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.maintenanceWindow,
    queryFn: ({ signal }) => getMaintenanceWindow({ signal }),
  });
}

type MaintenanceWindowQueryConfig = Omit<
  ReturnType<typeof getMaintenanceWindowQueryOptions>,
  'queryKey' | 'queryFn'
>;

/** The account's window (day, start, end in each site's local time) and its version. */
export function useMaintenanceWindow(queryConfig: MaintenanceWindowQueryConfig = {}) {
  return useQuery({ ...getMaintenanceWindowQueryOptions(), ...queryConfig });
}
