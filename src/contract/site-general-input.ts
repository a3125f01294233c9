import { z } from 'zod';
import {
  canonicalTimeZone,
  countryName,
  isCountryCode,
  isKnownTimeZone,
  isStateOfCountry,
} from '@/domain/places';
import { requiredText, whenFieldsAreValid } from './common';
import { connectionTypeSchema, siteTypeSchema } from './sites';
import { visibleTextRules } from './visible-text';

/*
 * PUT /api/sites/:id/general body (If-Match: the version edited): the editable General fields.
 * The backend and the General form validate with this same schema. It checks places against the
 * ISO and IANA data (src/domain/places), so it lives apart from ./sites: screens that only read
 * sites do not load that data. Site names are also unique per account (case-insensitive), which
 * only the backend can check.
 */

/** Optional text: trimmed, and judged as people see it (./visible-text). */
const text = (label: string, max: number, multiline = false) =>
  z.string(requiredText(label)).trim().superRefine(visibleTextRules({ label, max, multiline }));

/** Limits in characters as people see them (grapheme clusters), not code units. */
export const SITE_NAME_MAX = 100;
export const SITE_DESCRIPTION_MAX = 500;
export const SITE_CITY_MAX = 100;
export const SITE_ADDRESS_MAX = 200;

export const siteGeneralInputSchema = z
  .strictObject({
    /** Stored in NFC, so a name typed with a combining accent is the same name as one without. */
    name: z
      .string(requiredText('The name'))
      .trim()
      .min(1, 'Enter a name for the site.')
      .superRefine(
        visibleTextRules({
          label: 'The name',
          max: SITE_NAME_MAX,
          required: 'Enter a name that can be seen: this one has only spaces or invisible characters.',
        }),
      )
      .transform((name) => name.normalize('NFC')),
    description: text('The description', SITE_DESCRIPTION_MAX, true),
    siteType: siteTypeSchema,
    connectionType: connectionTypeSchema,
    countryCode: z
      .string(requiredText('The country'))
      .refine(isCountryCode, 'Choose a country: an ISO 3166-1 code such as JP.'),
    /** Optional: omitted, null or "" (a form's empty choice) means none. */
    stateCode: z
      .string({ error: 'The state must be an ISO 3166-2 code such as US-CA, or null.' })
      .trim()
      .nullable()
      .optional()
      .transform((state) => (state ? state : null)),
    cityName: text('The city', SITE_CITY_MAX),
    address: text('The address', SITE_ADDRESS_MAX),
    /** Any IANA name; an old one (Asia/Calcutta) is stored as its current name (Asia/Kolkata). */
    timezone: z
      .string(requiredText('The time zone'))
      .refine(isKnownTimeZone, 'Choose a time zone from the IANA list, such as Europe/London.')
      .transform((zone) => canonicalTimeZone(zone) ?? zone),
  })
  .superRefine(
    (site, ctx) => {
      if (site.stateCode !== null && !isStateOfCountry(site.stateCode, site.countryCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stateCode'],
          message: `${site.stateCode} is not a state of ${countryName(site.countryCode) ?? site.countryCode}.`,
        });
      }
    },
    { when: whenFieldsAreValid('countryCode', 'stateCode') },
  );

/** What a form or client sends; `timezone` may be an alias. */
export type SiteGeneralInput = z.input<typeof siteGeneralInputSchema>;
/** What the backend stores: trimmed, `stateCode` null when none, canonical `timezone`. */
export type SiteGeneralValues = z.output<typeof siteGeneralInputSchema>;
