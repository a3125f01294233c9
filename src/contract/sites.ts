import { z } from 'zod';
import { canonicalTimeZone, isCanonicalTimeZone } from '@/domain/places';
import { instantSchema, versionSchema } from './common';
import { maintenanceWindowSchema } from './maintenance-window';

/*
 * Sites. The vendor's API nests the location (`siteLocation { countryCode, stateCode, cityName,
 * address, timezone }`); this contract keeps the vendor's field names but flat, because the
 * General page edits them side by side with name and type, and the list sorts and filters on them.
 */

export const SITE_TYPES = ['Branch', 'Headquarters', 'Cloud Data Center', 'Data Center'] as const;
export const siteTypeSchema = z.enum(SITE_TYPES, { error: `Choose a site type: ${SITE_TYPES.join(', ')}.` });
export type SiteType = z.infer<typeof siteTypeSchema>;

/** The Socket model (physical X*, or virtual in a cloud or on ESX). */
export const CONNECTION_TYPES = [
  'X1500',
  'X1600',
  'X1600 LTE',
  'X1700',
  'AWS1500',
  'Azure1500',
  'ESX1500',
  'GCP1500',
] as const;
export const connectionTypeSchema = z.enum(CONNECTION_TYPES, {
  error: `Choose a connection type: ${CONNECTION_TYPES.join(', ')}.`,
});
export type ConnectionType = z.infer<typeof connectionTypeSchema>;

/** "ha": two Sockets, the primary upgrades first, then the secondary. */
export const HA_MODES = ['single', 'ha'] as const;
export const haModeSchema = z.enum(HA_MODES);
export type HaMode = z.infer<typeof haModeSchema>;

/*
 * A site's zone as the server sends it. A name this runtime knows comes out canonical (an old
 * alias such as Asia/Calcutta becomes Asia/Kolkata); a name it does not know ("Mars/Olympus", "")
 * is kept as sent instead of failing the response: one bad record must not blank a list of
 * 20,000 sites, nor hide the site an administrator has to fix. The type stays a string, so every
 * reader can tell the two apart with `isRecognisedTimeZone` (nothing else has to change shape),
 * and the screens that compute schedules (calendar, preview) split the list with it.
 */
const storedTimeZoneSchema = z.string().transform((name) => canonicalTimeZone(name) ?? name);

/** True for a zone the console can compute in: after parsing, every known zone is canonical. */
export function isRecognisedTimeZone(timeZone: string): boolean {
  return isCanonicalTimeZone(timeZone);
}

/** What the site list and the upgrade calendar need of each site. */
export const siteSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  siteType: siteTypeSchema,
  connectionType: connectionTypeSchema,
  /** ISO 3166-1 alpha-2. */
  countryCode: z.string(),
  /** ISO 3166-2 ("US-CA"), or null when none is set. */
  stateCode: z.string().nullable(),
  cityName: z.string(),
  /**
   * A canonical IANA name (Asia/Kolkata, never Asia/Calcutta): the zone the window applies in; or,
   * when the runtime does not know the stored name, that name as sent (see `isRecognisedTimeZone`).
   */
  timezone: storedTimeZoneSchema,
  /** The Socket version the site runs now. */
  socketVersion: z.string(),
  haMode: haModeSchema,
  /**
   * The site's own window (the account window's day and slot, read on the site's clock), or null
   * when the site follows the account's window. Saved by PUT /api/sites/:id/upgrade-window
   * (./site-window.ts); an answer without it means the site follows the account's.
   */
  upgradeWindow: maintenanceWindowSchema.pick({ day: true, start: true, end: true }).nullable().default(null),
  /**
   * The site's version, as on `Site`: the list's bulk window save sends it for each site, so a
   * site someone changed since the list was loaded answers "conflict" instead of being
   * overwritten. Optional for a backend that leaves it out: the list then asks for each site.
   */
  version: versionSchema.optional(),
});
export type SiteSummary = z.infer<typeof siteSummarySchema>;

/** GET /api/sites/:id, and the 200 of PUT /api/sites/:id/general. */
/** The fields the General form edits and `PUT /api/sites/:id/general` takes, in form order. */
export const SITE_GENERAL_FIELDS = [
  'name',
  'description',
  'siteType',
  'connectionType',
  'countryCode',
  'stateCode',
  'cityName',
  'address',
  'timezone',
] as const;

export const siteSchema = siteSummarySchema.extend({
  description: z.string(),
  address: z.string(),
  version: versionSchema,
  updatedAt: instantSchema,
  updatedBy: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

/** GET /api/sites: one page, and how many sites match in all. */
export const siteListSchema = z.object({
  items: z.array(siteSummarySchema),
  total: z.int().min(0),
});
export type SiteList = z.infer<typeof siteListSchema>;

/**
 * Sort keys of GET /api/sites; "-" sorts descending. "country" sorts by the country's English
 * name, "timezone" by zone name, "utcOffset" by the zone's UTC offset now (west to east), and
 * "nextUpgrade" by when the site's next upgrade window opens if a version were released now
 * (soonest first). Sites whose zone the server does not recognise have no offset and no upgrade:
 * they come last either way. Ties are broken by site name. The default is "name".
 */
export const SITE_SORTS = [
  'name',
  '-name',
  'country',
  '-country',
  'timezone',
  '-timezone',
  'utcOffset',
  '-utcOffset',
  'nextUpgrade',
  '-nextUpgrade',
  'siteType',
  '-siteType',
  'connectionType',
  '-connectionType',
] as const;
export type SiteSort = (typeof SITE_SORTS)[number];
/** A sort key without its direction: the field sorted by. */
export type SiteSortField = Exclude<SiteSort, `-${string}`>;
const SITE_SORT_FIELDS = SITE_SORTS.filter((sort) => !sort.startsWith('-'));

/** The largest page; the calendar and the preview load an account page after page of this size. */
export const MAX_SITES_PAGE_SIZE = 10_000;
export const DEFAULT_SITES_PAGE_SIZE = 50;

/**
 * GET /api/sites query parameters (all optional). `search` matches name, city, country code or
 * name, and time zone, ignoring case and accents; a search written as a UTC offset ("UTC+05:45",
 * "+5:45", "GMT-3", "-03:00") also finds the sites whose zone has that offset now. `country` and
 * `timezone` filter exactly (an old zone name such as Asia/Calcutta finds Asia/Kolkata sites).
 * Unknown parameters are rejected.
 */
export const siteListParamsSchema = z.strictObject({
  search: z.string().max(200, 'A search has at most 200 characters.').optional(),
  sort: z
    .enum(SITE_SORTS, {
      error: `sort is one of ${SITE_SORT_FIELDS.join(', ')}, each with a leading "-" for descending (-name).`,
    })
    .optional(),
  page: z
    .int({ error: 'page is a whole number from 1.' })
    .min(1, 'page is a whole number from 1.')
    .optional(),
  pageSize: z
    .int({ error: `pageSize is a whole number from 1 to ${MAX_SITES_PAGE_SIZE}.` })
    .min(1, `pageSize is a whole number from 1 to ${MAX_SITES_PAGE_SIZE}.`)
    .max(MAX_SITES_PAGE_SIZE, `pageSize is a whole number from 1 to ${MAX_SITES_PAGE_SIZE}.`)
    .optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country is an ISO 3166-1 alpha-2 code such as JP.')
    .optional(),
  timezone: z.string().min(1, 'timezone is an IANA name such as Asia/Tokyo.').optional(),
  /** "true": only sites with their own window; "false": only sites that follow the account's. */
  ownWindow: z.enum(['true', 'false'], { error: 'ownWindow is true or false.' }).optional(),
});
export type SiteListParams = z.infer<typeof siteListParamsSchema>;

/** One country of GET /api/site-countries: its ISO 3166-1 code and how many sites it has. */
export const siteCountrySchema = z.object({
  countryCode: z.string(),
  siteCount: z.int().min(1),
});
export type SiteCountry = z.infer<typeof siteCountrySchema>;

/**
 * GET /api/site-countries: every country that has at least one site in the account, by English
 * country name, for the list's Country filter ("Japan (12)").
 */
export const siteCountriesSchema = z.object({ items: z.array(siteCountrySchema) });
export type SiteCountries = z.infer<typeof siteCountriesSchema>;
