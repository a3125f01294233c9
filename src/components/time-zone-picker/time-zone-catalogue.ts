import { rawTimeZones } from '@vvo/tzdb';
import {
  aliasesOfTimeZone,
  countriesOfTimeZone,
  countryName,
  formerPlaceNamesOfTimeZone,
  listTimeZones,
  type FormerPlaceName,
} from '@/domain/places';
import { knownZoneAbbreviation, type DateTime } from '@/lib/date-time';
import { normalizeForSearch } from './normalize-for-search';

/*
 * What the picker knows about each zone, for showing and searching it. Built from the same
 * maintained data the places module uses: the zone list, its country and the former names of its
 * cities from '@/domain/places', and from @vvo/tzdb the main cities and the generic English name
 * ("Japan Time"). A zone's abbreviations are the ones every screen shows, CLDR's through
 * knownZoneAbbreviation ("JST", "EST"/"EDT", "IST"); @vvo/tzdb's single abbreviation is used
 * only where CLDR knows none ("NPT" for Kathmandu), as it is taken at one moment of the year and
 * is sometimes wrong (Winnipeg "EST").
 * The data (~20 kB gzip) lands only in the chunks of the lazily loaded pages that use the picker.
 */

export interface TimeZoneEntry {
  /** The canonical IANA name, as stored: "Asia/Kathmandu". */
  zone: string;
  /** ISO 3166-1 code of the country the zone is for; undefined for Etc/UTC and the like. */
  countryCode: string | undefined;
  countryName: string | undefined;
  /** The zone's own city ("Kathmandu", "New York") then the library's main cities. */
  cities: readonly string[];
  /** Old tz names that resolve to it: "Asia/Katmandu". */
  aliases: readonly string[];
  /** Cities of the zone people may know by a former name: Bombay for Asia/Kolkata. */
  formerNames: readonly FormerPlaceName[];
  /** "Nepal Time", when the library knows one. */
  genericName: string | undefined;
  /**
   * The zone's abbreviation now, as every screen shows it ("EST"); undefined where there is none,
   * or when the catalogue was built without abbreviations.
   */
  abbreviation: string | undefined;
  /** Every abbreviation the zone goes by, upper case: now's first, then half a year away's. */
  abbreviations: readonly string[];
  /** UTC offset at the moment the catalogue was built for, in minutes. */
  offsetMinutes: number;
  /** The most populated zone of those that keep the same time (New York, not Detroit, for EST). */
  principal: boolean;
  /** The names above, normalised once for searching (see normalizeForSearch). */
  searchTexts: readonly string[];
  /** `formerNames`' former names, normalised, in the same order. */
  formerSearchTexts: readonly string[];
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

/** CLDR's names now and half a year away (standard and daylight time), else the library's. */
function abbreviationsOf(local: DateTime, countryCode: string | undefined, raw: RawTimeZone | undefined) {
  const later = local.plus({ months: 6 });
  const current = knownZoneAbbreviation(local, countryCode);
  // Asked again only where the clock changes (half the zones keep one offset all year).
  const otherSeason = later.offset === local.offset ? current : knownZoneAbbreviation(later, countryCode);
  const fromCldr = [current, otherSeason].filter((name): name is string => name !== undefined);
  const fallback = raw && /^[a-z]{2,6}$/i.test(raw.abbreviation) ? [raw.abbreviation] : [];
  const all = fromCldr.length > 0 ? fromCldr : fallback;
  return { current, all: [...new Set(all.map((name) => name.toUpperCase()))] };
}

interface DescribeOptions {
  /**
   * False to leave out the abbreviations (several Intl calls a zone): a list only opened, or
   * searched by name or offset, does not need them.
   */
  abbreviations?: boolean;
}

/** One zone, described as at `now`. */
export function describeZone(zone: string, now: DateTime, options: DescribeOptions = {}): TimeZoneEntry {
  const raw = rawByMember.get(zone);
  const ownRaw = raw?.name === zone ? raw : undefined;
  const countryCode = countriesOfTimeZone(zone)[0];
  const country = countryCode === undefined ? undefined : (countryName(countryCode) ?? countryCode);
  const ownCity = cityOfZone(zone);
  const cities = [...new Set([...(ownCity ? [ownCity] : []), ...(ownRaw?.mainCities ?? [])])];
  const aliases = aliasesOfTimeZone(zone);
  const formerNames = formerPlaceNamesOfTimeZone(zone);
  const genericName = raw?.alternativeName;
  const local = now.setZone(zone);
  const abbreviations =
    options.abbreviations === false
      ? { current: undefined, all: [] }
      : abbreviationsOf(local, countryCode, raw);
  const searched = [zone, ...cities, country, ...aliases, genericName];
  return {
    zone,
    countryCode,
    countryName: country,
    cities,
    aliases,
    formerNames,
    genericName,
    abbreviation: abbreviations.current,
    abbreviations: abbreviations.all,
    offsetMinutes: local.offset,
    principal: ownRaw !== undefined,
    searchTexts: searched.filter((text): text is string => Boolean(text)).map(normalizeForSearch),
    formerSearchTexts: formerNames.map((former) => normalizeForSearch(former.formerName)),
  };
}

/**
 * Every canonical zone, described as at `now` (offsets and abbreviations change with daylight
 * saving time). With abbreviations it costs ~400 Intl formatters the first time (the same the
 * options' local times need) and a few Intl calls a zone each time: build it when needed.
 */
export function buildTimeZoneCatalogue(now: DateTime, options: DescribeOptions = {}): TimeZoneEntry[] {
  return listTimeZones().map((zone) => describeZone(zone, now, options));
}
