import type { FormerPlaceName } from '@/domain/places';
import { normalizeForSearch } from './normalize-for-search';
import type { TimeZoneEntry } from './time-zone-catalogue';
import { wellKnownAbbreviationRank } from './well-known-abbreviations';

/*
 * Finding a zone the way people ask for one: by IANA name ("Asia/Tokyo", old names too), city
 * ("Tokyo", "Osaka", or a former name: "Bombay"), country ("Japan"), abbreviation ("JST", "EDT")
 * or UTC offset ("+09:00", "GMT+9", "UTC+5:45", "+0545"). Pure: the catalogue carries the
 * offsets and abbreviations at the chosen instant.
 */

/** Minutes east of UTC for an offset query, or undefined when the query is not an offset. */
export function parseOffsetQuery(query: string): number | undefined {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim());
  if (!match) return undefined;
  const [, sign, hoursText = '0', minutesText = '0'] = match;
  const hours = Number(hoursText);
  const minutes = Number(minutesText);
  if (hours > 14 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return sign === '+' ? total : -total;
}

/**
 * Where a match is listed, in this order:
 * - `called`: the zones the query names exactly: by abbreviation ("EST", "IST") or, for an offset
 *   query, every zone at that offset now;
 * - `country`: the site's country's zones whose names match;
 * - `other`: every other zone whose names match.
 */
export type TimeZoneMatchTier = 'called' | 'country' | 'other';
const TIER_ORDER: Record<TimeZoneMatchTier, number> = { called: 0, country: 1, other: 2 };

export interface TimeZoneMatch {
  entry: TimeZoneEntry;
  tier: TimeZoneMatchTier;
  /** The former city name the query found the zone by ("Bombay"), so the list can say what it is now. */
  formerName: FormerPlaceName | undefined;
}

// How well one word of the query matches a name; lower is better, undefined is no match.
const EXACT = 0;
const WORD_START = 1;
const INSIDE = 2;

/** `word` and `text` are both normalised. */
function matchText(word: string, text: string): number | undefined {
  if (text === word) return EXACT;
  if (text.startsWith(word) || text.includes(` ${word}`)) return WORD_START;
  return text.includes(word) ? INSIDE : undefined;
}

interface WordMatch {
  score: number;
  formerName: FormerPlaceName | undefined;
}

function matchWord(word: string, entry: TimeZoneEntry): WordMatch | undefined {
  // Abbreviations only match whole ("ist" must not find "Istanbul" first, nor "is" find IST).
  if (entry.abbreviations.some((abbreviation) => abbreviation.toLowerCase() === word)) {
    return { score: EXACT, formerName: undefined };
  }
  let best: number | undefined;
  for (const text of entry.searchTexts) {
    const score = matchText(word, text);
    if (score !== undefined && (best === undefined || score < best)) best = score;
    if (best === EXACT) return { score: EXACT, formerName: undefined };
  }
  // A former city name counts when it matches better than any current name ("Bombay" finds
  // Asia/Kolkata through Mumbai's old name; "Kolkata" finds it by its own).
  let formerName: FormerPlaceName | undefined;
  entry.formerSearchTexts.forEach((text, index) => {
    const score = matchText(word, text);
    if (score !== undefined && (best === undefined || score < best)) {
      best = score;
      formerName = entry.formerNames[index];
    }
  });
  return best === undefined ? undefined : { score: best, formerName };
}

/** How well a name query matches, or undefined; an empty query matches every zone. */
function matchNames(whole: string, entry: TimeZoneEntry): WordMatch | undefined {
  if (whole === '') return { score: EXACT, formerName: undefined };
  // The whole query first, so "new york" or "america/new_york" is an exact hit...
  const wholeMatch = matchWord(whole, entry);
  if (wholeMatch?.score === EXACT) return wholeMatch;
  // ...then each word must match somewhere: "japan tokyo", "us eastern".
  let worst = EXACT;
  let formerName: FormerPlaceName | undefined;
  for (const word of whole.split(' ')) {
    const wordMatch = matchWord(word, entry);
    if (wordMatch === undefined) return wholeMatch;
    worst = Math.max(worst, wordMatch.score);
    formerName ??= wordMatch.formerName;
  }
  return wholeMatch !== undefined && wholeMatch.score <= worst ? wholeMatch : { score: worst, formerName };
}

/**
 * How a zone ranks among those an abbreviation names, or undefined when it is not one of them:
 * the zones people mean first (well-known-abbreviations.ts) in that order, then those that show
 * the abbreviation now, then those that show it in the other half of the year ("EDT" in winter)
 * or by the library's name where CLDR has none.
 */
function abbreviationRank(abbreviation: string, entry: TimeZoneEntry): [number, number] | undefined {
  const wellKnown = wellKnownAbbreviationRank(abbreviation, entry.zone);
  const season =
    entry.abbreviation?.toUpperCase() === abbreviation
      ? 0
      : entry.abbreviations.includes(abbreviation)
        ? 1
        : 2;
  if (wellKnown === undefined && season === 2) return undefined;
  return [wellKnown ?? Number.MAX_SAFE_INTEGER, season];
}

/** True for a query that could be a zone's abbreviation ("EST", "aest"): two to six letters. */
export function mayBeAbbreviation(query: string): boolean {
  return /^[a-z]{2,6}$/i.test(query.trim());
}

export interface TimeZoneSearchOptions {
  /** The site's country: its zones come first after the zones the query names exactly. */
  countryCode?: string | undefined;
}

interface Ranked {
  match: TimeZoneMatch;
  /** Compared in order after the tier; the zone's name breaks the last ties. */
  keys: number[];
}

/**
 * The zones matching `query`, best first, in a stable documented order:
 * 1. `called` (the query is an abbreviation or an offset): the site's country's zones first; then,
 *    for an abbreviation, the zones people mean first by it ("IST": India, Ireland, Israel), then
 *    those showing it now before those showing it half the year; then the main zone of a shared
 *    clock (New York before Detroit); then by name.
 * 2. `country`, then 3. `other` (names that match: IANA name, city, former city name, country,
 *    old tz name, generic name): exact names before word starts before inner matches ("est" in
 *    "Manchester"), then the main zone of a shared clock, then by name.
 * An empty query lists every zone, the site's country's first.
 */
export function searchTimeZones(
  catalogue: readonly TimeZoneEntry[],
  query: string,
  options: TimeZoneSearchOptions = {},
): TimeZoneMatch[] {
  const countryCode = options.countryCode?.toUpperCase();
  const offset = parseOffsetQuery(query);
  const whole = normalizeForSearch(query);
  const abbreviation = mayBeAbbreviation(query) ? whole.toUpperCase() : undefined;
  const ranked: Ranked[] = [];
  for (const entry of catalogue) {
    const inCountry = countryCode !== undefined && entry.countryCode === countryCode ? 0 : 1;
    const principal = entry.principal ? 0 : 1;
    if (offset !== undefined) {
      if (entry.offsetMinutes === offset) {
        ranked.push({
          match: { entry, tier: 'called', formerName: undefined },
          keys: [inCountry, principal],
        });
      }
      continue;
    }
    const named = abbreviation === undefined ? undefined : abbreviationRank(abbreviation, entry);
    if (named !== undefined) {
      const match: TimeZoneMatch = { entry, tier: 'called', formerName: undefined };
      ranked.push({ match, keys: [inCountry, ...named, principal] });
      continue;
    }
    const names = matchNames(whole, entry);
    if (names === undefined) continue;
    const tier = inCountry === 0 ? 'country' : 'other';
    ranked.push({ match: { entry, tier, formerName: names.formerName }, keys: [names.score, principal] });
  }
  ranked.sort((a, b) => TIER_ORDER[a.match.tier] - TIER_ORDER[b.match.tier] || compareKeys(a, b));
  return ranked.map(({ match }) => match);
}

function compareKeys(a: Ranked, b: Ranked): number {
  for (let index = 0; index < a.keys.length; index++) {
    const difference = (a.keys[index] ?? 0) - (b.keys[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.match.entry.zone.localeCompare(b.match.entry.zone);
}
