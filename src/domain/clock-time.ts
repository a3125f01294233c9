/** Wall-clock times ("HH:mm") and the plain-number calendar the engine computes in. */

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const MINUTES_PER_DAY = 24 * 60;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a strict "HH:mm" (00:00 ... 23:59), or null if malformed. */
export function parseClockTime(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = CLOCK_TIME.exec(text);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutesAfterMidnight: number): string {
  const hours = Math.floor(minutesAfterMidnight / 60) % 24;
  const minutes = minutesAfterMidnight % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/*
 * "Local epoch" milliseconds: a wall-clock reading written as if it were UTC, so that
 * Monday 01:00 on some date is one number whatever the zone. Day numbers count days from
 * 1970-01-01 in that calendar. An instant t reads `t + offset(t)` on a site's clock.
 */

/** The ISO weekday (1 = Monday ... 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekdayOfDay(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * "yyyy-MM-dd" of a day number (years 0-9999), by Howard Hinnant's civil_from_days: plain
 * arithmetic, several times faster than going through Date, and never near the host's zone.
 */
export function isoDateOfDay(dayNumber: number): string {
  const shifted = dayNumber + 719_468; // days from 0000-03-01, so leap days end each cycle
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

export function dayNumberOfLocal(localEpochMs: number): number {
  return Math.floor(localEpochMs / DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a strict "yyyy-MM-dd" calendar date, or null if malformed or not a real date
 * ("2026-02-30"). Plain arithmetic in the engine's calendar: no zone is involved.
 */
export function dayNumberOfIsoDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const millis = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls "02-30" over to March, and reads years 0-99 as 1900-1999: a round trip catches both.
  const dayNumber = Math.floor(millis / DAY_MS);
  return Number.isFinite(dayNumber) && isoDateOfDay(dayNumber) === text ? dayNumber : null;
}
