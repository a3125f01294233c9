import { queryOptions, useQuery } from '@tanstack/react-query';
import { meSchema, type Me } from '@/contract/me';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me> {
  return apiRequest('/api/me', { schema: meSchema, signal });
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe({ signal }),
  });
}

type MeQueryConfig = Omit<ReturnType<typeof getMeQueryOptions>, 'queryKey' | 'queryFn'>;

/** The signed-in user and their role: "viewer" makes every form read-only. */
export function useMe(queryConfig: MeQueryConfig = {}) {
  return useQuery({ ...getMeQueryOptions(), ...queryConfig });
}
