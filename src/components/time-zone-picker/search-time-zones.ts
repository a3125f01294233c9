import type { TimeZoneEntry } from './time-zone-catalogue';

/*
 * Finding a zone the way people ask for one: by IANA name ("Asia/Tokyo", old names too), city
 * ("Tokyo", "Osaka"), country ("Japan"), abbreviation ("JST", "EDT") or UTC offset ("+09:00",
 * "GMT+9", "UTC+5:45", "+0545"). Pure: the catalogue carries the offsets at the chosen instant.
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

/** Lower case, without accents, with "_", "/" and "-" read as spaces: "São_Paulo" -> "sao paulo". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\-,().]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// How well one word of the query matches a zone; lower is better, undefined is no match.
const EXACT = 0;
const WORD_START = 1;
const INSIDE = 2;

function matchText(word: string, text: string): number | undefined {
  const normalized = normalizeForSearch(text);
  if (normalized === word) return EXACT;
  if (normalized.startsWith(word) || normalized.includes(` ${word}`)) return WORD_START;
  return normalized.includes(word) ? INSIDE : undefined;
}

function matchWord(word: string, entry: TimeZoneEntry): number | undefined {
  // Abbreviations only match whole ("ist" must not find "Istanbul" first, nor "is" find IST).
  if (entry.abbreviations.some((abbreviation) => abbreviation.toLowerCase() === word)) return EXACT;
  let best: number | undefined;
  const texts = [
    entry.zone,
    ...entry.cities,
    ...entry.countryNames,
    ...entry.aliases,
    entry.genericName ?? '',
  ];
  for (const text of texts) {
    const score = matchText(word, text);
    if (score !== undefined && (best === undefined || score < best)) best = score;
    if (best === EXACT) break;
  }
  return best;
}

function matchQuery(query: string, entry: TimeZoneEntry): number | undefined {
  const offset = parseOffsetQuery(query);
  if (offset !== undefined) return entry.offsetMinutes === offset ? EXACT : undefined;
  const whole = normalizeForSearch(query);
  if (whole === '') return EXACT;
  // The whole query first, so "new york" or "america/new_york" is an exact hit...
  const wholeScore = matchWord(whole, entry);
  if (wholeScore === EXACT) return EXACT;
  // ...then each word must match somewhere: "japan tokyo", "us eastern".
  let total = 0;
  for (const word of whole.split(' ')) {
    const score = matchWord(word, entry);
    if (score === undefined) return wholeScore;
    total = Math.max(total, score);
  }
  return wholeScore === undefined ? total : Math.min(total, wholeScore);
}

export interface TimeZoneSearchOptions {
  /** The site's country: its zones come first. */
  countryCode?: string | undefined;
}

/**
 * The zones matching `query`, best first. The site's country's zones always come first (so the
 * list can show them as a group), then the others; within each, exact hits before word starts
 * before inner matches, then the main zone of a shared clock (New York before Detroit), then by name. An empty query lists every zone in that order.
 */
export function searchTimeZones(
  catalogue: readonly TimeZoneEntry[],
  query: string,
  options: TimeZoneSearchOptions = {},
): TimeZoneEntry[] {
  const countryCode = options.countryCode?.toUpperCase();
  const ranked: { entry: TimeZoneEntry; group: number; score: number; shared: number }[] = [];
  for (const entry of catalogue) {
    const score = matchQuery(query, entry);
    if (score === undefined) continue;
    const group = countryCode && entry.countryCodes.includes(countryCode) ? 0 : 1;
    // A zone the country shares with the one it is named for (Asia/Tokyo in Australia) comes last.
    const shared = group === 0 && entry.countryCodes[0] !== countryCode ? 1 : 0;
    ranked.push({ entry, group, score, shared });
  }
  const principalFirst = (a: TimeZoneEntry, b: TimeZoneEntry) => Number(b.principal) - Number(a.principal);
  ranked.sort(
    (a, b) =>
      a.group - b.group ||
      a.score - b.score ||
      a.shared - b.shared ||
      principalFirst(a.entry, b.entry) ||
      a.entry.zone.localeCompare(b.entry.zone),
  );
  return ranked.map(({ entry }) => entry);
}
