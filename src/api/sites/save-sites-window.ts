import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import {
  bulkSiteWindowAnswerSchema,
  type BulkSiteWindowAnswer,
  type BulkSiteWindowInput,
} from '@/contract/site-window';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { cacheSavedSites } from './site-saves';

/**
 * POST /api/sites/upgrade-window: one window (or null, the account's) for several sites, each
 * sent with the version the user saw. The answer says, site by site, saved / conflict / failed:
 * a conflict is not an error of the request, so the caller shows each result.
 */
export function saveSitesWindow(data: BulkSiteWindowInput): Promise<BulkSiteWindowAnswer> {
  return apiRequest('/api/sites/upgrade-window', {
    method: 'POST',
    body: data,
    schema: bulkSiteWindowAnswerSchema,
  });
}

type SaveSitesWindowConfig = Omit<
  UseMutationOptions<BulkSiteWindowAnswer, ApiError, BulkSiteWindowInput>,
  'mutationFn'
>;

export function useSaveSitesWindow(mutationConfig: SaveSitesWindowConfig = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: saveSitesWindow,
    onSuccess: (...args) => {
      const [{ results }] = args;
      // Saved sites and the current state of conflicting ones are both the server's truth now.
      const answered = results.flatMap((outcome) => {
        if (outcome.result === 'saved') return [outcome.site];
        return outcome.result === 'conflict' ? [outcome.current] : [];
      });
      cacheSavedSites(queryClient, answered);
      return onSuccess?.(...args);
    },
  });
}
