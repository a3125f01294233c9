import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import {
  maintenanceWindowSchema,
  type MaintenanceWindow,
  type MaintenanceWindowInput,
} from '@/contract/maintenance-window';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { getMaintenanceWindowQueryOptions } from './get-maintenance-window';

export interface UpdateMaintenanceWindowVariables {
  data: MaintenanceWindowInput;
  /** The version the user started editing from: a newer one on the server answers 409. */
  version: number;
}

/** PUT with If-Match; a 409 carries the window that won, validated, in `error.current`. */
export function updateMaintenanceWindow({
  data,
  version,
}: UpdateMaintenanceWindowVariables): Promise<MaintenanceWindow> {
  return apiRequest('/api/account/maintenance-window', {
    method: 'PUT',
    body: data,
    ifMatch: version,
    schema: maintenanceWindowSchema,
    conflictSchema: maintenanceWindowSchema,
  });
}

type UpdateMaintenanceWindowConfig = Omit<
  UseMutationOptions<MaintenanceWindow, ApiError<MaintenanceWindow>, UpdateMaintenanceWindowVariables>,
  'mutationFn'
>;

export function useUpdateMaintenanceWindow(mutationConfig: UpdateMaintenanceWindowConfig = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: updateMaintenanceWindow,
    onSuccess: (...args) => {
      const [saved] = args;
      // The answer is the new state: no refetch. Upgrade times (lists, calendar, previews) are
      // computed from this cached window, so they follow at once; only the log needs the server.
      queryClient.setQueryData(getMaintenanceWindowQueryOptions().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all });
      return onSuccess?.(...args);
    },
  });
}
