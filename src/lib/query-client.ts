import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Settings change rarely and saves update the cache themselves: 30 s avoids refetch storms.
        staleTime: 30_000,
        // Only a failure that may pass on its own is retried; a 404 or bad data will not improve.
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && (!isApiError(error) || error.isTransient),
        refetchOnWindowFocus: true,
      },
      mutations: {
        // A save is never repeated behind the user's back: they decide, with the form intact.
        retry: false,
      },
    },
  });
}
