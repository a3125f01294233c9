import { queryOptions, useQuery } from '@tanstack/react-query';
import { demoScenariosSchema, type DemoScenarios } from '@/contract/demo';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';

/** Mock only (see mocks/README.md): call it only when `env.mocksEnabled`. */
export function getDemoScenarios({ signal }: { signal?: AbortSignal } = {}): Promise<DemoScenarios> {
  return apiRequest('/api/demo/scenarios', { schema: demoScenariosSchema, signal });
}

export function getDemoScenariosQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.demoScenarios,
    queryFn: ({ signal }) => getDemoScenarios({ signal }),
  });
}

type DemoScenariosQueryConfig = Omit<ReturnType<typeof getDemoScenariosQueryOptions>, 'queryKey' | 'queryFn'>;

/** The scenarios switched on, for the shell's "Demo: …" chip. */
export function useDemoScenarios(queryConfig: DemoScenariosQueryConfig = {}) {
  return useQuery({ ...getDemoScenariosQueryOptions(), ...queryConfig });
}
