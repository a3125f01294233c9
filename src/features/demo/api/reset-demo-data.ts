import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { demoResetSchema } from '@/contract/demo';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

/** Mock only (see mocks/README.md): restores the seeded demo account. */
export function resetDemoData(): Promise<void> {
  return apiRequest('/api/demo/reset', { method: 'POST', schema: demoResetSchema });
}

type ResetDemoDataConfig = Omit<UseMutationOptions<void, ApiError, void>, 'mutationFn'>;

export function useResetDemoData(mutationConfig: ResetDemoDataConfig = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: resetDemoData,
    onSuccess: (...args) => {
      // Every resource may have changed: refetch whatever is on screen.
      void queryClient.invalidateQueries();
      return onSuccess?.(...args);
    },
  });
}
