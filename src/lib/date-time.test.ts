import {
  dateTimeFieldFormat,
  DateTime,
  formatDuration,
  formatOffset,
  formatUpgradeWindow,
  zoneAbbreviation,
} from './date-time';

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
