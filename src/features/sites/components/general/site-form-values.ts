import type { SiteGeneralInput, SiteGeneralValues } from '@/contract/site-general-input';
import { SITE_GENERAL_FIELDS, type Site } from '@/contract/sites';

/** The General form's values: the editable fields, exactly as the PUT body takes them. */
export type SiteFormValues = SiteGeneralInput;

/** A stored site's fields are already what the schema outputs (trimmed, canonical, null for none). */
export function toSiteFormValues(site: Site): SiteGeneralValues {
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

/** Each field's label, as the form shows it. */
export const SITE_FIELD_LABELS: Record<(typeof SITE_FORM_FIELDS)[number], string> = {
  name: 'Name',
  description: 'Description',
  siteType: 'Site Type',
  connectionType: 'Connection Type',
  countryCode: 'Country',
  stateCode: 'State',
  cityName: 'City',
  address: 'Address',
  timezone: 'Time Zone',
};
