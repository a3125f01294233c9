// The console's one entry point to Luxon: components format times through these helpers so
// that every screen says the same thing the same way.
import { DateTime } from 'luxon';
import { countriesOfTimeZone } from '@/domain/places/time-zones';

export { DateTime };

const LOCALE = 'en-GB'; // 24-hour clock, day before month: "Sunday 12 March, 01:00"

/** The viewer's own zone, as the browser reports it (old CLDR names included; Luxon takes both). */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The browser's own locale ("en-US"), whose order of day and month the date fields follow. */
export function browserLocale(): string {
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

const DATE_TOKENS: Partial<Record<Intl.DateTimeFormatPartTypes, { luxon: string; shown: string }>> = {
  day: { luxon: 'dd', shown: 'DD' },
  month: { luxon: 'MM', shown: 'MM' },
  year: { luxon: 'yyyy', shown: 'YYYY' },
};

/**
 * How a date and time is typed in a locale: its order of day, month and year ("MM/dd/yyyy" in
 * en-US, "dd.MM.yyyy" in de-DE, "yyyy/MM/dd" in ja-JP), then a 24-hour time, as the product's
 * slots are written. `luxon` is the format for the field, `shown` the same in words people read.
 */
export function dateTimeFieldFormat(locale: string): { luxon: string; shown: string } {
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  let luxon = '';
  let shown = '';
  for (const part of parts) {
    const token = DATE_TOKENS[part.type];
    // Literals are quoted for Luxon, so that a letter in one (none today) is never a token.
    luxon += token?.luxon ?? `'${part.value.replaceAll("'", "''")}'`;
    shown += token?.shown ?? part.value;
  }
  return { luxon: `${luxon} HH:mm`, shown: `${shown} hh:mm` };
}

/** "UTC+05:45", "UTC−03:30", "UTC" — the sign is a true minus for readability. */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const total = Math.abs(offsetMinutes);
  const hours = String(Math.floor(total / 60)).padStart(2, '0');
  const minutes = String(total % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${minutes}`;
}

/** "2 h", "1 h 30 min", "45 min". */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.round(Math.abs(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

// CLDR knows most abbreviations only in the locale of the zone's own country ("BST" in en-GB,
// "AEST" in en-AU, "IST" in en-IN); Japan's only in Japanese.
const ABBREVIATION_LOCALE_OVERRIDES: Record<string, string> = { JP: 'ja-JP', KR: 'ko-KR' };

// Building an Intl.DateTimeFormat costs far more than using one; a calendar names ~400 zones.
const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();
function abbreviationFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = abbreviationFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    abbreviationFormats.set(key, format);
  }
  return format;
}

/**
 * The short name people use for the zone at that instant ("JST", "BST", "EDT"), or undefined
 * where CLDR knows none (Kathmandu, São Paulo): then the offset says it.
 */
export function knownZoneAbbreviation(instant: DateTime, countryCode?: string): string | undefined {
  const zoneCountry = countryCode ?? countriesOfTimeZone(instant.zoneName ?? 'UTC')[0];
  const locales = [
    zoneCountry ? (ABBREVIATION_LOCALE_OVERRIDES[zoneCountry] ?? `en-${zoneCountry}`) : undefined,
    'en-US',
    'en-GB',
  ].filter((locale): locale is string => locale !== undefined);
  for (const locale of locales) {
    const name = abbreviationFormat(locale, instant.zoneName ?? 'UTC')
      .formatToParts(instant.toJSDate())
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+−-]/.test(name) && name !== 'GMT+0') return name;
  }
  return undefined;
}

/** The zone's short name at that instant ("JST"), or its offset ("UTC+05:45") where it has none. */
export function zoneAbbreviation(instant: DateTime, countryCode?: string): string {
  return knownZoneAbbreviation(instant, countryCode) ?? formatOffset(instant.offset);
}

/**
 * "17:34 JST · UTC+09:00", or "21:34 · UTC+05:45" without a well-known name: a zone's local
 * time with its offset, worded the same in the Sites list and the Time Zone picker.
 */
export function formatLocalTimeWithOffset(local: DateTime, countryCode?: string): string {
  const name = knownZoneAbbreviation(local, countryCode);
  return `${formatTime(local)}${name ? ` ${name}` : ''} · ${formatOffset(local.offset)}`;
}

/** "Sunday 12 March 2023"; short, for dense tables: "Sun 12 Mar 2023". */
export function formatDay(instant: DateTime, options: { withYear?: boolean; short?: boolean } = {}): string {
  const day = options.short ? 'ccc d LLL' : 'cccc d LLLL';
  return instant.setLocale(LOCALE).toFormat(options.withYear ? `${day} yyyy` : day);
}

/** "01:00" */
export function formatTime(instant: DateTime): string {
  return instant.toFormat('HH:mm');
}

/**
 * "Sunday 12 March, 01:00 – 03:00 (JST)"; a window that ends on another day names both days:
 * "Saturday 11 March, 23:00 – Sunday 12 March, 01:00 (EST)". Both ends are shown in the zone
 * of `start`; pass DateTimes already set to the zone you want to show.
 */
export function formatUpgradeWindow(
  start: DateTime,
  end: DateTime,
  options: { countryCode?: string; withYear?: boolean; withZone?: boolean; short?: boolean } = {},
): string {
  const endInZone = end.setZone(start.zone);
  const sameDay = start.hasSame(endInZone, 'day') || endInZone.equals(start.plus({ days: 1 }).startOf('day'));
  const range = sameDay
    ? `${formatDay(start, options)}, ${formatTime(start)} – ${formatTime(endInZone)}`
    : `${formatDay(start, options)}, ${formatTime(start)} – ${formatDay(endInZone, options)}, ${formatTime(endInZone)}`;
  if (options.withZone === false) return range;
  const startName = zoneAbbreviation(start, options.countryCode);
  const endName = zoneAbbreviation(endInZone, options.countryCode);
  // A clock change inside the window: say both names, e.g. "(BST → GMT)".
  return `${range} (${startName === endName ? startName : `${startName} → ${endName}`})`;
}
