import {
  browserLocale,
  dateTimeFieldFormat,
  DateTime,
  formatDay,
  formatDuration,
  formatMonth,
  formatShortDate,
  formatDayRange,
  formatShortWeekday,
  formatWeekdayAndDay,
  formatOffset,
  formatLocalTimeWithOffset,
  formatTime,
  formatUpgradeWindow,
  zoneAbbreviation,
} from './date-time';
import fc from 'fast-check';
import { timeZoneArb } from '@/domain/testing/schedule-arbitraries';

describe('formatting times for people', () => {
  it('writes offsets with hours and minutes, including the odd ones', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(345)).toBe('UTC+05:45');
    expect(formatOffset(-210)).toBe('UTC−03:30');
    expect(formatOffset(840)).toBe('UTC+14:00');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(180)).toBe('3 h');
  });

  it('names zones the way their people do, or falls back to the offset', () => {
    // 2023-03-11T16:00Z is Sunday 12 March 01:00 in Tokyo.
    expect(zoneAbbreviation(DateTime.fromISO('2023-03-11T16:00:00Z').setZone('Asia/Tokyo'), 'JP')).toBe(
      'JST',
    );
    expect(zoneAbbreviation(DateTime.fromISO('2026-07-01T12:00:00Z').setZone('Europe/London'), 'GB')).toBe(
      'BST',
    );
    expect(zoneAbbreviation(DateTime.fromISO('2026-07-01T12:00:00Z').setZone('America/New_York'), 'US')).toBe(
      'EDT',
    );
    // Without a country, the zone's own country is looked up (the viewer's zone has no site).
    expect(zoneAbbreviation(DateTime.fromISO('2026-07-01T12:00:00Z').setZone('Asia/Tokyo'))).toBe('JST');
    expect(zoneAbbreviation(DateTime.fromISO('2026-07-01T12:00:00Z').setZone('Asia/Calcutta'))).toBe('IST');
    expect(zoneAbbreviation(DateTime.fromISO('2026-07-01T12:00:00Z').setZone('Asia/Kathmandu'), 'NP')).toBe(
      'UTC+05:45',
    );
  });

  it('writes a local time with its zone name and offset, UTC once', () => {
    const instant = DateTime.fromISO('2026-12-01T11:14:00Z');
    expect(formatLocalTimeWithOffset(instant.setZone('Asia/Tokyo'), 'JP')).toBe('20:14 JST · UTC+09:00');
    expect(formatLocalTimeWithOffset(instant.setZone('Asia/Kathmandu'), 'NP')).toBe('16:59 · UTC+05:45');
    expect(formatLocalTimeWithOffset(instant.setZone('Etc/UTC'))).toBe('11:14 · UTC');
  });

  it('writes the reference example as the product article does', () => {
    const start = DateTime.fromISO('2023-03-11T16:00:00Z').setZone('Asia/Tokyo');
    const end = DateTime.fromISO('2023-03-11T18:00:00Z').setZone('Asia/Tokyo');
    expect(formatUpgradeWindow(start, end, { countryCode: 'JP' })).toBe(
      'Sunday 12 March, 01:00 – 03:00 (JST)',
    );
    // Short, for dense tables (the Sites list).
    expect(formatUpgradeWindow(start, end, { countryCode: 'JP', short: true })).toBe(
      'Sun 12 Mar, 01:00 – 03:00 (JST)',
    );
  });

  it('names one day exactly when Luxon finds both ends on one date, or the end at the next day’s start', () => {
    fc.assert(
      fc.property(
        timeZoneArb,
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 1, max: 26 * 60 }),
        (timeZone, startMillis, minutes) => {
          const start = DateTime.fromMillis(startMillis, { zone: timeZone });
          const end = start.plus({ minutes });
          const oneDay = start.hasSame(end, 'day') || end.equals(start.plus({ days: 1 }).startOf('day'));
          const [, after] = formatUpgradeWindow(start, end, { withZone: false }).split(' – ');
          expect(after === formatTime(end)).toBe(oneDay);
        },
      ),
      { numRuns: 300 },
    );
    // A window ending at midnight names its own day only: Sunday 23:00 to Monday 00:00.
    const sunday = DateTime.fromISO('2026-03-29T23:00', { zone: 'Asia/Tokyo' });
    expect(formatUpgradeWindow(sunday, sunday.plus({ hours: 1 }), { withZone: false })).toBe(
      'Sunday 29 March, 23:00 – 00:00',
    );
  });

  it('names both days when a window crosses midnight, and both zone names across a clock change', () => {
    // Saturday 31 October 2026 23:00 EDT to Sunday 1 November 01:00 EDT (New York).
    const start = DateTime.fromISO('2026-11-01T03:00:00Z').setZone('America/New_York');
    const end = DateTime.fromISO('2026-11-01T05:00:00Z').setZone('America/New_York');
    expect(formatUpgradeWindow(start, end, { countryCode: 'US' })).toBe(
      'Saturday 31 October, 23:00 – Sunday 1 November, 01:00 (EDT)',
    );
    // London, Sunday 25 October 2026: 01:00 BST to 03:00 GMT, three hours.
    const londonStart = DateTime.fromISO('2026-10-25T00:00:00Z').setZone('Europe/London');
    const londonEnd = DateTime.fromISO('2026-10-25T03:00:00Z').setZone('Europe/London');
    expect(formatUpgradeWindow(londonStart, londonEnd, { countryCode: 'GB' })).toBe(
      'Sunday 25 October, 01:00 – 03:00 (BST → GMT)',
    );
  });
});

describe('the date and time field format of a locale', () => {
  it.each([
    ['en-US', 'MM/DD/YYYY hh:mm', '12/01/2026 09:05'],
    ['en-GB', 'DD/MM/YYYY hh:mm', '01/12/2026 09:05'],
    ['de-DE', 'DD.MM.YYYY hh:mm', '01.12.2026 09:05'],
    ['ja-JP', 'YYYY/MM/DD hh:mm', '2026/12/01 09:05'],
  ])('%s orders day and month as its people do, with a 24-hour time', (locale, shown, typed) => {
    const format = dateTimeFieldFormat(locale);
    expect(format.shown).toBe(shown);
    const first = DateTime.fromObject({ year: 2026, month: 12, day: 1, hour: 9, minute: 5 }, { zone: 'utc' });
    expect(first.toFormat(format.luxon)).toBe(typed);
    expect(DateTime.fromFormat(typed, format.luxon, { zone: 'utc' }).toISO()).toBe(first.toISO());
  });
});

describe("dates in the browser's locale", () => {
  // 2023-03-11T16:00Z is Sunday 12 March 01:00 in Tokyo.
  const tokyo = DateTime.fromISO('2023-03-11T16:00:00Z').setZone('Asia/Tokyo');

  it('runs these tests in British English, as the e2e browser', () => {
    expect(browserLocale()).toBe('en-GB');
    expect(formatDay(tokyo, { withYear: true })).toBe('Sunday 12 March 2023');
  });

  it.each([
    ['en-GB', 'Sunday 12 March', 'Sunday 12 March 2023', 'Sun 12 Mar', 'Sun 12 Mar 2023'],
    ['en-US', 'Sunday, March 12', 'Sunday, March 12, 2023', 'Sun, Mar 12', 'Sun, Mar 12, 2023'],
    ['de-DE', 'Sonntag, 12. März', 'Sonntag, 12. März 2023', 'So., 12. März', 'So., 12. März 2023'],
    ['ja-JP', '3月12日日曜日', '2023年3月12日日曜日', '3月12日(日)', '2023年3月12日(日)'],
  ])(
    '%s names and orders a day as its people do, the same with its year',
    (locale, day, withYear, short, shortWithYear) => {
      expect(formatDay(tokyo, { locale })).toBe(day);
      expect(formatDay(tokyo, { locale, withYear: true })).toBe(withYear);
      expect(formatDay(tokyo, { locale, short: true })).toBe(short);
      expect(formatDay(tokyo, { locale, short: true, withYear: true })).toBe(shortWithYear);
    },
  );

  it.each([
    ['en-GB', '12 Mar', 'Sun 12', 'Sun', 'March 2023', '6 – 12 March 2023', '27 February – 5 March 2023'],
    ['en-US', 'Mar 12', '12 Sun', 'Sun', 'March 2023', 'March 6 – 12, 2023', 'February 27 – March 5, 2023'],
    ['ja-JP', '3月12日', '12日(日)', '日', '2023年3月', '2023/03/06～2023/03/12', '2023/02/27～2023/03/05'],
  ])(
    "%s writes the calendar's short dates, months and weeks",
    (locale, shortDate, weekdayAndDay, weekday, month, week, acrossMonths) => {
      expect(formatShortDate(tokyo, { locale })).toBe(shortDate);
      expect(formatWeekdayAndDay(tokyo, locale)).toBe(weekdayAndDay);
      expect(formatShortWeekday(tokyo, locale)).toBe(weekday);
      expect(formatMonth(tokyo, locale)).toBe(month);
      const monday = DateTime.fromISO('2023-03-06T00:00', { zone: 'Asia/Tokyo' });
      expect(formatDayRange(monday, monday.plus({ days: 6 }), locale)).toBe(week);
      expect(formatDayRange(monday.minus({ days: 7 }), monday.minus({ days: 1 }), locale)).toBe(acrossMonths);
    },
  );

  it.each([
    ['en-GB', '12 Mar 2023'],
    ['en-US', 'Mar 12, 2023'],
    ['ja-JP', '2023年3月12日'],
  ])('%s writes a short date with its year', (locale, shortDateWithYear) => {
    expect(formatShortDate(tokyo, { locale, withYear: true })).toBe(shortDateWithYear);
  });

  it('writes a week across the new year with both years', () => {
    const monday = DateTime.fromISO('2025-12-29T00:00', { zone: 'Asia/Tokyo' });
    expect(formatDayRange(monday, monday.plus({ days: 6 }))).toBe('29 December 2025 – 4 January 2026');
  });

  it('keeps times on the 24-hour clock in every locale', () => {
    // Sunday 12 March 2023, 13:00 – 15:00 in Tokyo.
    const start = DateTime.fromISO('2023-03-12T04:00:00Z').setZone('Asia/Tokyo');
    const end = DateTime.fromISO('2023-03-12T06:00:00Z').setZone('Asia/Tokyo');
    expect(formatUpgradeWindow(start, end, { countryCode: 'JP', locale: 'en-US' })).toBe(
      'Sunday, March 12, 13:00 – 15:00 (JST)',
    );
    expect(formatUpgradeWindow(start, end, { countryCode: 'JP', locale: 'ja-JP', withYear: true })).toBe(
      '2023年3月12日日曜日, 13:00 – 15:00 (JST)',
    );
  });

  it("names the date of the instant's own zone, not UTC's", () => {
    expect(formatDay(tokyo, { locale: 'en-US' })).toBe('Sunday, March 12');
    expect(formatDay(tokyo.setZone('UTC'), { locale: 'en-US' })).toBe('Saturday, March 11');
    // Honolulu, 10 hours behind UTC: still Saturday 11 March 06:00.
    expect(formatDay(tokyo.setZone('Pacific/Honolulu'), { locale: 'ja-JP', short: true })).toBe(
      '3月11日(土)',
    );
  });

  it('writes Gregorian years with Latin digits, like the times beside them', () => {
    // Thai counts Buddhist years (2566) and Egyptian Arabic writes Arabic-Indic digits by default.
    expect(formatDay(tokyo, { locale: 'th-TH', withYear: true })).toContain('2023');
    expect(formatDay(tokyo, { locale: 'ar-EG', withYear: true })).toMatch(/12.*2023/);
  });
});
