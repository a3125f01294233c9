// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { WeeklySlot } from './weekly-slot';
import { ScheduleEngine, ScheduleInputError, type ScheduleInputErrorCode } from './upgrade-schedule';

const engine = new ScheduleEngine();

const WINDOW: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };
const RELEASE = DateTime.fromISO('2026-03-25T12:00:00Z');

function codeOf(run: () => unknown): ScheduleInputErrorCode | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleInputError) return error.code;
    throw error;
  }
  return 'no error';
}

/** Feeds values the types forbid, as JSON or JavaScript callers can. */
function untyped<T>(value: unknown): T {
  return value as T;
}

describe('bad input is refused with a typed error, never answered', () => {
  it.each([
    ['an unknown zone', 'Mars/Olympus_Mons'],
    ['an empty zone (Intl would use the host zone)', ''],
    ['an offset rather than a zone', '+05:00'],
  ])('UNKNOWN_TIME_ZONE for %s', (_what, timeZone) => {
    expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, timeZone, RELEASE))).toBe('UNKNOWN_TIME_ZONE');
    expect(codeOf(() => engine.upgradeWindowsBetween(WINDOW, timeZone, RELEASE, RELEASE))).toBe(
      'UNKNOWN_TIME_ZONE',
    );
  });

  it('UNKNOWN_TIME_ZONE for a missing zone', () => {
    expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, untyped<string>(undefined), RELEASE))).toBe(
      'UNKNOWN_TIME_ZONE',
    );
  });

  it.each([
    ['day 0', { ...WINDOW, day: 0 }],
    ['day 8', { ...WINDOW, day: 8 }],
    ['a fractional day', { ...WINDOW, day: 1.5 }],
    ['a day given as a string', { ...WINDOW, day: '7' }],
  ])('INVALID_WEEKDAY for %s', (_what, window) => {
    expect(codeOf(() => engine.nextUpgradeWindow(untyped<WeeklySlot>(window), 'UTC', RELEASE))).toBe(
      'INVALID_WEEKDAY',
    );
  });

  it.each([
    ['"1:00"', { ...WINDOW, start: '1:00' }],
    ['"24:00"', { ...WINDOW, end: '24:00' }],
    ['"01:60"', { ...WINDOW, start: '01:60' }],
    ['"01:00:00"', { ...WINDOW, start: '01:00:00' }],
    ['a number', { ...WINDOW, end: 3 }],
  ])('INVALID_TIME for %s', (_what, window) => {
    expect(codeOf(() => engine.nextUpgradeWindow(untyped<WeeklySlot>(window), 'UTC', RELEASE))).toBe(
      'INVALID_TIME',
    );
  });

  it('EMPTY_WINDOW when start equals end', () => {
    expect(
      codeOf(() => engine.nextUpgradeWindow({ day: 1, start: '05:00', end: '05:00' }, 'UTC', RELEASE)),
    ).toBe('EMPTY_WINDOW');
  });

  it('INVALID_WINDOW when there is no window', () => {
    expect(codeOf(() => engine.nextUpgradeWindow(untyped<WeeklySlot>(null), 'UTC', RELEASE))).toBe(
      'INVALID_WINDOW',
    );
  });

  it.each([
    ['an invalid DateTime', DateTime.invalid('broken on purpose')],
    ['an unparsable ISO string', DateTime.fromISO('2026-02-30T00:00:00Z')],
    ['a JS Date', new Date(0)],
    ['epoch millis', 1_700_000_000_000],
  ])('INVALID_DATETIME for %s', (_what, releasedAt) => {
    expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, 'UTC', untyped<DateTime>(releasedAt)))).toBe(
      'INVALID_DATETIME',
    );
  });

  it('OUT_OF_RANGE for instants outside 1800-2499', () => {
    expect(
      codeOf(() => engine.nextUpgradeWindow(WINDOW, 'UTC', DateTime.fromISO('1700-01-01T00:00:00Z'))),
    ).toBe('OUT_OF_RANGE');
    expect(
      codeOf(() => engine.nextUpgradeWindow(WINDOW, 'UTC', DateTime.fromISO('2500-01-01T00:00:00Z'))),
    ).toBe('OUT_OF_RANGE');
  });

  it('INVALID_RANGE when the range ends before it starts', () => {
    expect(
      codeOf(() => engine.upgradeWindowsBetween(WINDOW, 'UTC', RELEASE, RELEASE.minus({ days: 1 }))),
    ).toBe('INVALID_RANGE');
  });

  it.each([
    ['freezes that are not a list', { freezes: 'Year-end' }],
    ['a freeze that is not an object', { freezes: [null] }],
    ['a freeze without a name', { freezes: [{ startDate: '2026-12-20', endDate: '2026-12-31' }] }],
    [
      'a date not in yyyy-MM-dd',
      { freezes: [{ name: 'Year-end', startDate: '20/12/2026', endDate: '2026-12-31' }] },
    ],
    [
      'a date that does not exist',
      { freezes: [{ name: 'Year-end', startDate: '2026-02-30', endDate: '2026-03-02' }] },
    ],
    [
      'a date with a time',
      { freezes: [{ name: 'Year-end', startDate: '2026-12-20T00:00', endDate: '2026-12-31' }] },
    ],
    [
      'an end before the start',
      { freezes: [{ name: 'Year-end', startDate: '2026-12-31', endDate: '2026-12-20' }] },
    ],
    ['a date after 2499', { freezes: [{ name: 'Far', startDate: '2499-12-31', endDate: '2500-01-01' }] }],
    ['options that are not an object', null],
  ])('INVALID_FREEZE for %s', (_what, options) => {
    const untypedOptions = untyped<Parameters<ScheduleEngine['nextUpgradeWindow']>[3]>(options);
    expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, 'UTC', RELEASE, untypedOptions))).toBe(
      'INVALID_FREEZE',
    );
    expect(codeOf(() => engine.upgradeWindowsBetween(WINDOW, 'UTC', RELEASE, RELEASE, untypedOptions))).toBe(
      'INVALID_FREEZE',
    );
  });

  it('accepts overlapping and long freezes: the saving rules are upgradeFreezeProblems', () => {
    const freezes = [
      { name: 'Long', startDate: '2026-01-01', endDate: '2026-12-31' },
      { name: 'Inside', startDate: '2026-06-01', endDate: '2026-06-30' },
    ];
    expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, 'UTC', RELEASE, { freezes }))).toBe('no error');
  });

  it('is an Error with a readable message and name', () => {
    const error = (() => {
      try {
        engine.nextUpgradeWindow(WINDOW, 'Mars/Olympus_Mons', RELEASE);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ScheduleInputError',
      message: expect.stringContaining('Mars/Olympus_Mons'),
    });
  });

  it('accepts current and old IANA names alike', () => {
    for (const timeZone of [
      'Asia/Kolkata',
      'Asia/Calcutta',
      'Europe/Kyiv',
      'Europe/Kiev',
      'America/Nuuk',
      'UTC',
    ]) {
      expect(codeOf(() => engine.nextUpgradeWindow(WINDOW, timeZone, RELEASE))).toBe('no error');
    }
  });
});
