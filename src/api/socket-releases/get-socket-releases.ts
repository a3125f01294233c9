import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import { socketReleasesSchema, type SocketRelease } from '@/contract/socket-releases';
import { apiRequest } from '@/lib/api-client';

export function getSocketReleases({ signal }: { signal?: AbortSignal } = {}): Promise<SocketRelease[]> {
  return apiRequest('/api/socket-releases', { schema: socketReleasesSchema, signal });
}

export function getSocketReleasesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.socketReleases,
    queryFn: ({ signal }) => getSocketReleases({ signal }),
  });
}

type SocketReleasesQueryConfig = Omit<
  ReturnType<typeof getSocketReleasesQueryOptions>,
  'queryKey' | 'queryFn'
>;

/** Socket releases, newest first: each one starts a 48-hour notice before sites upgrade. */
export function useSocketReleases(queryConfig: SocketReleasesQueryConfig = {}) {
  return useQuery({ ...getSocketReleasesQueryOptions(), ...queryConfig });
}
