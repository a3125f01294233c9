import type { SiteGeneralInput } from '@/contract/site-general-input';
import { SITE_GENERAL_FIELDS, type Site } from '@/contract/sites';

/** The General form's values: the editable fields, exactly as the PUT body takes them. */
export type SiteFormValues = SiteGeneralInput;

export function toSiteFormValues(site: Site): SiteFormValues {
  return {
    name: site.name,
    description: site.description,
    siteType: site.siteType,
    connectionType: site.connectionType,
    countryCode: site.countryCode,
    stateCode: site.stateCode,
    cityName: site.cityName,
    address: site.address,
    timezone: site.timezone,
  };
}

/** Server field names are the body's keys, so they are the form's field names too. */
export const SITE_FORM_FIELDS = SITE_GENERAL_FIELDS satisfies readonly (keyof SiteFormValues)[];

export function isSiteFormField(field: string): field is (typeof SITE_FORM_FIELDS)[number] {
  return (SITE_FORM_FIELDS as readonly string[]).includes(field);
}
