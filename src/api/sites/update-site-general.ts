import type { SiteGeneralInput } from '@/contract/site-general-input';
import type { Site } from '@/contract/sites';
import {
  putSitePart,
  useSitePartMutation,
  type SitePartMutationConfig,
  type SitePartVariables,
} from './site-saves';

export type UpdateSiteGeneralVariables = SitePartVariables<SiteGeneralInput>;

/** PUT /api/sites/:siteId/general with If-Match; a 409 carries the site that won, validated, in `error.current`. */
export function updateSiteGeneral(variables: UpdateSiteGeneralVariables): Promise<Site> {
  return putSitePart('general', variables);
}

export function useUpdateSiteGeneral(mutationConfig: SitePartMutationConfig<SiteGeneralInput> = {}) {
  return useSitePartMutation(updateSiteGeneral, mutationConfig);
}
