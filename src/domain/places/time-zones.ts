import { getAllTimezones } from 'countries-and-timezones';
// Only the list of names: the package's main entry also carries city and offset data (~25 kB gzip).
import locationZoneNames from '@vvo/tzdb/time-zones-names.json';

/*
 * The time-zone catalogue: which IANA names the console shows and stores, which old names it
 * accepts as aliases, and which zones belong to which country.
 *
 * Two maintained sources, because neither alone gives the names people expect:
 * - countries-and-timezones mirrors the tz database: its Zones, every Link with its target, and
 *   the countries of each (zone1970.tab). Since 2022 the tz database turns zones that agree
 *   since 1970 into Links (Europe/Stockholm -> Europe/Berlin, Atlantic/Reykjavik ->
 *   Africa/Abidjan), which would make a Swedish site show and store "Europe/Berlin".
 * - @vvo/tzdb's name list is the tz database's Zones plus the per-country location names of
 *   zone.tab (Europe/Stockholm, Atlantic/Reykjavik, Asia/Kuwait), in their current spelling
 *   (Asia/Kolkata, Europe/Kyiv, America/Nuuk), without renamed names (Asia/Calcutta).
 * A name is canonical when it is a tz Zone or a location name; every other tz name is an alias.
 */

interface TzEntry {
  countries: readonly string[];
  /** For a Link: the Zone it points to. */
  target: string | undefined;
}

const tz = new Map<string, TzEntry>(
  Object.values(getAllTimezones({ deprecated: true })).map((zone) => [
    zone.name,
    { countries: zone.countries, target: zone.aliasOf ?? undefined },
  ]),
);

// "Factory" is the tz database's placeholder for "zone not yet set", not a place.
const NOT_A_ZONE = new Set(['Factory']);

const canonicalNames = new Set<string>(
  [...locationZoneNames, ...[...tz].filter(([, entry]) => !entry.target).map(([name]) => name)].filter(
    (name) => tz.has(name) && !NOT_A_ZONE.has(name),
  ),
);

/** A location name stands for its target zone in these countries (Stockholm for Berlin in SE). */
const locationNameOf = new Map<string, string>(); // `${country}|${zone}` -> location name
for (const name of canonicalNames) {
  const entry = tz.get(name);
  if (!entry?.target) continue;
  for (const country of entry.countries) locationNameOf.set(`${country}|${entry.target}`, name);
}

/*
 * The country a zone is for. zone1970.tab lists every country a zone's clock reaches, the one of
 * its most populous place first: Asia/Tokyo is "JP,AU" because an Australian bird observatory
 * keeps Tokyo's time, Asia/Bangkok "TH,CX,KH,LA,VN". Listing all of them made Tokyo read "Japan,
 * Australia" and counted Tokyo among Australia's zones. Like zone.tab (tz's table for people
 * choosing a zone), the console gives a zone one country: the first listed, unless a location
 * name stands for the zone there (Europe/Stockholm, not Europe/Berlin, in Sweden). zone.tab
 * differs only for Crimea, which tz says that table "cannot represent well".
 */
const countriesByZone = new Map<string, readonly string[]>();
for (const name of canonicalNames) {
  const entry = tz.get(name);
  const country = entry?.countries[0];
  if (!entry || country === undefined) continue;
  const standsInForIt = !entry.target && locationNameOf.has(`${country}|${name}`);
  countriesByZone.set(name, standsInForIt ? [] : [country]);
}

const canonicalByLowerName = new Map<string, string>();
const aliasesByZone = new Map<string, string[]>();
for (const [name, entry] of tz) {
  if (NOT_A_ZONE.has(name)) continue;
  const canonical = resolve(name, entry);
  canonicalByLowerName.set(name.toLowerCase(), canonical);
  if (canonical !== name) aliasesByZone.set(canonical, [...(aliasesByZone.get(canonical) ?? []), name]);
}

function resolve(name: string, entry: TzEntry): string {
  if (canonicalNames.has(name) || !entry.target) return name;
  // An old name of a place ("Iceland", "Pacific/Truk") goes to today's location name in its
  // country (Atlantic/Reykjavik, Pacific/Chuuk), not to the far-away zone it is linked to.
  for (const country of entry.countries) {
    const location = locationNameOf.get(`${country}|${entry.target}`);
    if (location) return location;
  }
  return entry.target;
}

const zonesByCountry = new Map<string, string[]>();
for (const [zone, countries] of countriesByZone) {
  for (const country of countries) {
    const zones = zonesByCountry.get(country) ?? [];
    zones.push(zone);
    zonesByCountry.set(country, zones);
  }
}
for (const zones of zonesByCountry.values()) zones.sort((a, b) => a.localeCompare(b));

const sortedCanonicalNames: readonly string[] = [...canonicalNames].sort((a, b) => a.localeCompare(b));

/**
 * The name the console stores for a time-zone name: itself when current, the current name for an
 * alias (Asia/Calcutta -> Asia/Kolkata, US/Eastern -> America/New_York). Case-insensitive.
 * Undefined when the name is not a tz database name at all.
 */
export function canonicalTimeZone(name: string): string | undefined {
  return canonicalByLowerName.get(name.trim().toLowerCase());
}

/** Any tz database name, current or old. */
export function isKnownTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/** A name the console shows and stores as it is. */
export function isCanonicalTimeZone(name: string): boolean {
  return canonicalNames.has(name);
}

/** Every canonical zone, sorted by name. Includes the country-less Etc/UTC and Etc/GMT±N. */
export function listTimeZones(): readonly string[] {
  return sortedCanonicalNames;
}

/** The zones of a country (ISO 3166-1 alpha-2), sorted by name. Empty for an unknown code. */
export function timeZonesOfCountry(countryCode: string): readonly string[] {
  return zonesByCountry.get(countryCode.toUpperCase()) ?? [];
}

/**
 * The country a zone (alias or canonical) is for, as a list: one country, or none for Etc/UTC and
 * the other zones of no country.
 */
export function countriesOfTimeZone(zone: string): readonly string[] {
  const canonical = canonicalTimeZone(zone);
  return canonical === undefined ? [] : (countriesByZone.get(canonical) ?? []);
}

/** The old names that resolve to a canonical zone, for search ("Calcutta" finds Asia/Kolkata). */
export function aliasesOfTimeZone(zone: string): readonly string[] {
  return aliasesByZone.get(zone) ?? [];
}
