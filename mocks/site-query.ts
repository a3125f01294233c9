import type { DateTime } from 'luxon';
import { parseOffsetQuery } from '@/components/time-zone-picker/search-time-zones';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { Site, SiteCountry, SiteSort, SiteSortField, SiteSummary } from '@/contract/sites';
import { canonicalTimeZone, countryName } from '@/domain/places';
import {
  scheduleEngine,
  ScheduleInputError,
  type UpgradeFreeze,
  type WeeklySlot,
} from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';

/* GET /api/sites and /api/site-countries: search, sort, one page and counts, as a database query would do them. */

type WindowTimes = Pick<MaintenanceWindow, 'day' | 'start' | 'end'>;

/**
 * What a list request is answered against: the instant it is answered at (offsets and upgrade
 * times change with it), the account's maintenance window (for the sites without their own) and
 * the account's upgrade freezes.
 */
export interface SiteQueryContext {
  now: DateTime;
  maintenanceWindow: WindowTimes;
  freezes: readonly UpgradeFreeze[];
}

/** Lower case without accents, so "sao paulo" finds "São Paulo". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

// What a search looks in, folded once per stored site (a save stores a new object): a 5,000-site
// account answers a keystroke's search without folding 25,000 strings each time.
const searchTexts = new WeakMap<Site, string>();

function searchText(site: Site): string {
  let text = searchTexts.get(site);
  if (text === undefined) {
    const country = countryName(site.countryCode) ?? '';
    text = fold(
      [site.name, site.cityName, country, site.timezone, site.timezone.replaceAll('_', ' ')].join('\n'),
    );
    searchTexts.set(site, text);
  }
  return text;
}

/**
 * Each zone's UTC offset at `now`, in minutes east, worked out once per zone: 5,000 sites share
 * about 400 zones. Undefined for a zone this runtime does not recognise.
 */
function offsetsAt(now: DateTime): (timeZone: string) => number | undefined {
  const offsets = new Map<string, number | undefined>();
  return (timeZone) => {
    if (!offsets.has(timeZone)) {
      const zone = canonicalTimeZone(timeZone);
      const local = zone === undefined ? undefined : now.setZone(zone);
      offsets.set(timeZone, local?.isValid ? local.offset : undefined);
    }
    return offsets.get(timeZone);
  };
}

/**
 * Name, city, country code or name, or time zone ("new york" finds America/New_York); a search
 * written as a UTC offset ("UTC+05:45", "+5:45", "GMT-3", "-03:00") also finds every site whose
 * zone has that offset at `now`, read the way the Time Zone picker reads one.
 */
export function siteSearch(search: string, now: DateTime): (site: Site) => boolean {
  const query = fold(search.trim());
  if (query === '') return () => true;
  const offset = parseOffsetQuery(search);
  const offsetOf = offsetsAt(now);
  return (site) =>
    (offset !== undefined && offsetOf(site.timezone) === offset) ||
    site.countryCode.toLowerCase() === query ||
    searchText(site).includes(query);
}

/**
 * When each site's next upgrade window opens (epoch ms) if a version were released at `now`: in
 * its own window, or the account's, under the account's freezes, from the schedule engine;
 * undefined for a zone or a window the engine refuses.
 */
function nextUpgradesAt({
  now,
  maintenanceWindow,
  freezes,
}: SiteQueryContext): (site: Site) => number | undefined {
  // One slot object per window for the whole request: the engine recognises it and parses it once.
  const slots = new Map<string, WeeklySlot>();
  const slotOf = ({ day, start, end }: WindowTimes): WeeklySlot => {
    const key = `${day} ${start}-${end}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { day: weekdayNumberFromApi(day), start, end };
      slots.set(key, slot);
    }
    return slot;
  };
  const options = { freezes };
  return (site) => {
    try {
      return scheduleEngine.nextUpgradeWindow(
        slotOf(site.upgradeWindow ?? maintenanceWindow),
        site.timezone,
        now,
        options,
      ).startMillis;
    } catch (error) {
      if (error instanceof ScheduleInputError) return undefined;
      throw error;
    }
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A site's value for one sort field: text, a number, or nothing known (sorted last). */
type SortValue = string | number | undefined;

function sortValues(context: SiteQueryContext): Record<SiteSortField, (site: Site) => SortValue> {
  const offsetOf = offsetsAt(context.now);
  return {
    name: (site) => site.name,
    country: (site) => countryName(site.countryCode) ?? site.countryCode,
    timezone: (site) => site.timezone,
    utcOffset: (site) => offsetOf(site.timezone),
    nextUpgrade: nextUpgradesAt(context),
    siteType: (site) => site.siteType,
    connectionType: (site) => site.connectionType,
  };
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Sorted by the key, ties by name; "-key" reverses the key, not the tie-break. A site with no
 * value for the key (no offset or upgrade time for an unrecognised zone) comes last either way.
 */
export function sortSites(sites: readonly Site[], sort: SiteSort, context: SiteQueryContext): Site[] {
  const field = (sort.startsWith('-') ? sort.slice(1) : sort) as SiteSortField;
  const value = sortValues(context)[field];
  const direction = sort.startsWith('-') ? -1 : 1;
  return sites
    .map((site) => ({ site, key: value(site) }))
    .sort(
      (a, b) =>
        Number(a.key === undefined) - Number(b.key === undefined) ||
        (a.key === undefined || b.key === undefined ? 0 : direction * compareValues(a.key, b.key)) ||
        collator.compare(a.site.name, b.site.name) ||
        a.site.id.localeCompare(b.site.id),
    )
    .map(({ site }) => site);
}

/** Every country that has sites, with how many, by English country name (unknown codes by code). */
export function countSitesByCountry(sites: readonly Site[]): SiteCountry[] {
  const counts = new Map<string, number>();
  for (const site of sites) counts.set(site.countryCode, (counts.get(site.countryCode) ?? 0) + 1);
  const nameOf = (code: string) => countryName(code) ?? code;
  return [...counts]
    .map(([countryCode, siteCount]) => ({ countryCode, siteCount }))
    .sort((a, b) => collator.compare(nameOf(a.countryCode), nameOf(b.countryCode)));
}

export function toSummary(site: Site): SiteSummary {
  const {
    id,
    name,
    siteType,
    connectionType,
    countryCode,
    stateCode,
    cityName,
    timezone,
    socketVersion,
    haMode,
    upgradeWindow,
    version,
  } = site;
  return {
    id,
    name,
    siteType,
    connectionType,
    countryCode,
    stateCode,
    cityName,
    timezone,
    socketVersion,
    haMode,
    upgradeWindow,
    version,
  };
}
