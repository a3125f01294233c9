// The console's one entry point to Luxon: components format times through these helpers so
// that every screen says the same thing the same way.
import { DateTime } from 'luxon';
import { countriesOfTimeZone } from '@/domain/places/time-zones';

export { DateTime };

// The browser's locale, read once: it does not change while a page is open, and reading it
// builds a formatter. Dates on screen and the Released at field follow it.
const BROWSER_LOCALE = new Intl.DateTimeFormat().resolvedOptions().locale;

/**
 * The locale of the exports (CSV, .ics): files are shared and read by programs, so they keep one
 * form wherever they were made ("Sunday 12 March 2023, 01:00 – 03:00 (JST)").
 */
export const EXPORT_LOCALE = 'en-GB';

/** The viewer's own zone, as the browser reports it (old CLDR names included; Luxon takes both). */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The browser's own locale ("en-US"), whose names and order of day and month dates follow. */
export function browserLocale(): string {
  return BROWSER_LOCALE;
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
 * "17:34 JST · UTC+09:00", or "21:34 · UTC+05:45" without a well-known name (and "11:14 · UTC"): a zone's local
 * time with its offset, worded the same in the Sites list and the Time Zone picker.
 */
export function formatLocalTimeWithOffset(local: DateTime, countryCode?: string): string {
  const name = knownZoneAbbreviation(local, countryCode);
  const offset = formatOffset(local.offset);
  // UTC's name is its offset: "11:14 · UTC", not "11:14 UTC · UTC".
  return `${formatTime(local)}${name && name !== offset ? ` ${name}` : ''} · ${offset}`;
}

/*
 * Dates on screen are worded as the browser's locale words them: names of days and months, and
 * their order ("Sunday 12 March" in en-GB, "Sunday, March 12" in en-US, "3月12日日曜日" in ja-JP).
 * Times are not: they stay 24-hour everywhere, as the product writes its slots ("01:00 – 03:00").
 * Every date is Gregorian with Latin digits in every locale (th-TH would count Buddhist years,
 * ar-EG Arabic-Indic digits), as are the slots, the times and the Released at field beside them.
 */
const DATE_STYLES = {
  /** "Sunday 12 March" */
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "12 March": `day` without its weekday (see `formatDay`). */
  date: { day: 'numeric', month: 'long' },
  /** "12 March 2023": `date` with its year (see `formatDay`). */
  dateWithYear: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "Sunday, 12 March 2023": CLDR's own, for a locale whose weekday sits inside the date. */
  dayWithYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Sun 12 Mar" */
  shortDay: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "12 Mar" */
  shortDate: { day: 'numeric', month: 'short' },
  /** "12 Mar 2023" */
  shortDateWithYear: { day: 'numeric', month: 'short', year: 'numeric' },
  /** "Sun, 12 Mar 2023" */
  shortDayWithYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** "Sun 12" */
  weekdayAndDay: { weekday: 'short', day: 'numeric' },
  /** "Sun" */
  shortWeekday: { weekday: 'short' },
  /** "Sunday" */
  weekday: { weekday: 'long' },
  /** "March 2023" */
  month: { month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type DateStyle = keyof typeof DATE_STYLES;

/** The styles of a day, long or short: with its weekday, without it, and each with the year. */
const DAY_STYLES = {
  long: { day: 'day', date: 'date', dateWithYear: 'dateWithYear', dayWithYear: 'dayWithYear' },
  short: {
    day: 'shortDay',
    date: 'shortDate',
    dateWithYear: 'shortDateWithYear',
    dayWithYear: 'shortDayWithYear',
  },
} as const satisfies Record<string, Record<string, DateStyle>>;

// A calendar shows hundreds of dates: one formatter per locale and style, built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Formatted in UTC from the zone's own date (see `wallDate`): one formatter for every zone.
    format = new Intl.DateTimeFormat(locale, {
      ...DATE_STYLES[style],
      timeZone: 'UTC',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** The instant's date on its zone's calendar, as a UTC midnight (what `dateFormat` formats). */
function wallDate(instant: DateTime): Date {
  const date = new Date(0);
  date.setUTCFullYear(instant.year, instant.month - 1, instant.day);
  return date;
}

function formatDate(instant: DateTime, style: DateStyle, locale: string | undefined): string {
  return dateFormat(locale ?? BROWSER_LOCALE, style).format(wallDate(instant));
}

/**
 * "Sunday 12 March", with the year "Sunday 12 March 2023"; short, for dense tables, "Sun 12 Mar"
 * and "Sun 12 Mar 2023" (en-GB; see `DATE_STYLES` for the others).
 */
export function formatDay(
  instant: DateTime,
  options: { withYear?: boolean; short?: boolean; locale?: string } = {},
): string {
  const locale = options.locale ?? BROWSER_LOCALE;
  const styles = DAY_STYLES[options.short ? 'short' : 'long'];
  const date = wallDate(instant);
  const day = dateFormat(locale, styles.day).format(date);
  if (!options.withYear) return day;
  // A day reads the same with its year as without: the weekday where the locale puts it beside
  // the date ("Sunday " before it in en-GB, "日曜日" after it in ja-JP). CLDR's own patterns
  // with the year sometimes add a comma the day alone lacks (en-GB: "Sunday, 12 March 2023").
  const withoutWeekday = dateFormat(locale, styles.date).format(date);
  const withYear = dateFormat(locale, styles.dateWithYear).format(date);
  if (day.length > withoutWeekday.length) {
    if (day.endsWith(withoutWeekday)) return `${day.slice(0, day.length - withoutWeekday.length)}${withYear}`;
    if (day.startsWith(withoutWeekday)) return `${withYear}${day.slice(withoutWeekday.length)}`;
  }
  return dateFormat(locale, styles.dayWithYear).format(date); // The weekday inside the date: the locale's own.
}

/**
 * "6 – 12 March 2023", "27 February – 5 March 2023" (en-GB), "March 6 – 12, 2023" (en-US): the
 * days from `first` to `last`, both included, as the locale writes a span. The thin spaces some
 * locales put around the dash are plain ones, as in every other span on screen ("01:00 – 03:00").
 */
export function formatDayRange(first: DateTime, last: DateTime, locale?: string): string {
  return dateFormat(locale ?? BROWSER_LOCALE, 'dateWithYear')
    .formatRange(wallDate(first), wallDate(last))
    .replaceAll('\u2009', ' ');
}

/** "12 Mar" (en-GB), "Mar 12" (en-US), "3月12日" (ja-JP); with the year "12 Mar 2023". */
export function formatShortDate(
  instant: DateTime,
  options: { withYear?: boolean; locale?: string } = {},
): string {
  return formatDate(instant, options.withYear ? 'shortDateWithYear' : 'shortDate', options.locale);
}

/** "Sun 12" (en-GB), "12 Sun" (en-US), "12日(日)" (ja-JP): for an axis with little room. */
export function formatWeekdayAndDay(instant: DateTime, locale?: string): string {
  return formatDate(instant, 'weekdayAndDay', locale);
}

/** "Sun" (en-GB and en-US), "日" (ja-JP). */
export function formatShortWeekday(instant: DateTime, locale?: string): string {
  return formatDate(instant, 'shortWeekday', locale);
}

/** "Sunday" (en-GB and en-US), "日曜日" (ja-JP). */
export function formatWeekday(instant: DateTime, locale?: string): string {
  return formatDate(instant, 'weekday', locale);
}

/** "March 2023" (en-GB and en-US), "2023年3月" (ja-JP). */
export function formatMonth(instant: DateTime, locale?: string): string {
  return formatDate(instant, 'month', locale);
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
  options: {
    countryCode?: string | undefined;
    withYear?: boolean;
    withZone?: boolean;
    short?: boolean;
    locale?: string;
  } = {},
): string {
  const endInZone = end.setZone(start.zone);
  // The same date read from the fields both DateTimes already hold (hasSame would build two more
  // in the zone); failing that, a window that ends as the next day begins still names one day.
  const sameDay =
    (start.year === endInZone.year && start.ordinal === endInZone.ordinal) ||
    endInZone.equals(start.plus({ days: 1 }).startOf('day'));
  const range = sameDay
    ? `${formatDay(start, options)}, ${formatTime(start)} – ${formatTime(endInZone)}`
    : `${formatDay(start, options)}, ${formatTime(start)} – ${formatDay(endInZone, options)}, ${formatTime(endInZone)}`;
  if (options.withZone === false) return range;
  const startName = zoneAbbreviation(start, options.countryCode);
  const endName = zoneAbbreviation(endInZone, options.countryCode);
  // A clock change inside the window: say both names, e.g. "(BST → GMT)".
  return `${range} (${startName === endName ? startName : `${startName} → ${endName}`})`;
}
