import { rawTimeZones } from '@vvo/tzdb';
import { aliasesOfTimeZone, countriesOfTimeZone, countryName, listTimeZones } from '@/domain/places';
import type { DateTime } from '@/lib/date-time';

/*
 * What the picker knows about each zone, for showing and searching it. Built from the same
 * maintained data the places module uses: the zone list and countries from '@/domain/places',
 * and from @vvo/tzdb the main cities, the generic English name ("Japan Time") and the
 * abbreviations of standard and daylight time ("EST"/"EDT", "JST", "NPT", "IST").
 * The abbreviations are for searching ("EST" finds New York, "NPT" Kathmandu): @vvo/tzdb lists
 * more than CLDR. What the picker shows of a zone is worded like every other screen's, by
 * formatLocalTimeWithOffset (CLDR's names through Intl, the offset where it has none).
 * The data (~20 kB gzip) lands only in the chunks of the lazily loaded pages that use the picker.
 */

export interface TimeZoneEntry {
  /** The canonical IANA name, as stored: "Asia/Kathmandu". */
  zone: string;
  /** ISO 3166-1 codes of the countries that use it, most relevant first. */
  countryCodes: readonly string[];
  countryNames: readonly string[];
  /** The zone's own city ("Kathmandu", "New York") then the library's main cities. */
  cities: readonly string[];
  /** Old names that resolve to it: "Asia/Katmandu". */
  aliases: readonly string[];
  /** "Nepal Time", when the library knows one. */
  genericName: string | undefined;
  /** Standard then daylight abbreviation: ["EST", "EDT"]. */
  abbreviations: readonly string[];
  /** UTC offset at the moment the catalogue was built for, in minutes. */
  offsetMinutes: number;
  /** The most populated zone of those that keep the same time (New York, not Detroit, for EST). */
  principal: boolean;
}

type RawTimeZone = (typeof rawTimeZones)[number];

// A zone not listed on its own shares its group's names (America/Detroit is "Eastern Time").
const rawByMember = new Map<string, RawTimeZone>();
for (const raw of rawTimeZones)
  for (const member of raw.group) if (!rawByMember.has(member)) rawByMember.set(member, raw);
for (const raw of rawTimeZones) rawByMember.set(raw.name, raw);

/** "America/Argentina/Buenos_Aires" -> "Buenos Aires"; "Etc/GMT+5" has no city. */
export function cityOfZone(zone: string): string | undefined {
  if (zone.startsWith('Etc/') || !zone.includes('/')) return undefined;
  return zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}

/** One zone, described as at `now`. */
export function describeZone(zone: string, now: DateTime): TimeZoneEntry {
  const raw = rawByMember.get(zone);
  const ownRaw = raw?.name === zone ? raw : undefined;
  const countryCodes = countriesOfTimeZone(zone);
  const local = now.setZone(zone);
  const abbreviations = [raw?.abbreviation, raw?.dstAbbreviation].filter((name): name is string =>
    Boolean(name),
  );
  const ownCity = cityOfZone(zone);
  return {
    zone,
    countryCodes,
    countryNames: countryCodes.map((code) => countryName(code) ?? code),
    cities: [...new Set([...(ownCity ? [ownCity] : []), ...(ownRaw?.mainCities ?? [])])],
    aliases: aliasesOfTimeZone(zone),
    genericName: raw?.alternativeName,
    abbreviations,
    offsetMinutes: local.offset,
    principal: ownRaw !== undefined,
  };
}

/**
 * Every canonical zone, described as at `now` (offsets change with daylight saving time). Costs
 * ~400 Intl formatters the first time (about a second on a slow machine): build it when needed.
 */
export function buildTimeZoneCatalogue(now: DateTime): TimeZoneEntry[] {
  return listTimeZones().map((zone) => describeZone(zone, now));
}
