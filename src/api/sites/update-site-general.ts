import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { queryKeys } from '@/contract/query-keys';
import type { SiteGeneralInput } from '@/contract/site-general-input';
import { siteSchema, type Site } from '@/contract/sites';
import { apiRequest } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { getSiteQueryOptions } from './get-site';

export interface UpdateSiteGeneralVariables {
  siteId: string;
  data: SiteGeneralInput;
  /** The version the user started editing from: a newer one on the server answers 409. */
  version: number;
}

/** PUT with If-Match; a 409 carries the site that won, validated, in `error.current`. */
export function updateSiteGeneral({ siteId, data, version }: UpdateSiteGeneralVariables): Promise<Site> {
  return apiRequest(`/api/sites/${encodeURIComponent(siteId)}/general`, {
    method: 'PUT',
    body: data,
    ifMatch: version,
    schema: siteSchema,
    conflictSchema: siteSchema,
  });
}

type UpdateSiteGeneralConfig = Omit<
  UseMutationOptions<Site, ApiError<Site>, UpdateSiteGeneralVariables>,
  'mutationFn'
>;

export function useUpdateSiteGeneral(mutationConfig: UpdateSiteGeneralConfig = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...config } = mutationConfig;
  return useMutation({
    ...config,
    mutationFn: updateSiteGeneral,
    onSuccess: (...args) => {
      const [saved] = args;
      queryClient.setQueryData(getSiteQueryOptions(saved.id).queryKey, saved);
      // A new name, place or time zone moves the site in every list (search, sort, filters) and
      // in the calendar, which reads the lists; the log gains an entry.
      void queryClient.invalidateQueries({ queryKey: queryKeys.sites.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all });
      return onSuccess?.(...args);
    },
  });
}
