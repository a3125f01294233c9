import fc from 'fast-check';
import { DateTime, type WeekdayNumbers } from 'luxon';
import type { WeeklySlot } from '../weekly-slot';
import { TIME_SLOTS } from '../time-slots';
import { isWeekdayNumber } from '../weekdays';

/*
 * Generators for the property tests: every zone the runtime knows, the form's slots and
 * arbitrary quarter-hour windows, release instants from 1970 to 2100, and cases aimed squarely
 * at a zone's clock changes (random instants rarely land near one).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Intl lists the old CLDR names (Asia/Calcutta, Europe/Kiev...); current names are valid inputs
 * too, so a few are added, with UTC, which the list leaves out.
 */
export const ALL_TIME_ZONES: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Europe/Kyiv',
  'America/Nuuk',
  'UTC',
];

export const timeZoneArb = fc.constantFrom(...ALL_TIME_ZONES);

export const weekdayArb = fc.constantFrom<WeekdayNumbers>(1, 2, 3, 4, 5, 6, 7);

function clockTime(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

const slotWindowArb = fc
  .record({ day: weekdayArb, slot: fc.constantFrom(...TIME_SLOTS) })
  .map(({ day, slot }): WeeklySlot => ({ day, start: slot.start, end: slot.end }));

/** Start and end on quarter hours (Lord Howe and Nepal need them), end != start. */
const quarterHourWindowArb = fc
  .record({
    day: weekdayArb,
    startQuarter: fc.integer({ min: 0, max: 95 }),
    lengthQuarters: fc.integer({ min: 1, max: 95 }),
  })
  .map(({ day, startQuarter, lengthQuarters }): WeeklySlot => ({
    day,
    start: clockTime(startQuarter * 15),
    end: clockTime((startQuarter + lengthQuarters) * 15),
  }));

export const maintenanceWindowArb = fc.oneof(slotWindowArb, quarterHourWindowArb);

export const releaseMillisArb = fc.integer({
  min: Date.UTC(1970, 0, 1),
  max: Date.UTC(2100, 0, 1),
});

/**
 * Offset changes of a zone in [from, to), found with Luxon alone: a scan every `step`, then a
 * binary search to the second. Independent of the engine's zone-transitions.ts.
 */
export function luxonOffsetChanges(
  timeZone: string,
  from: number,
  to: number,
  step: number = 6 * HOUR,
): number[] {
  const offsetAt = (instant: number) => DateTime.fromMillis(instant, { zone: timeZone }).offset;
  const changes: number[] = [];
  for (let low = from; low < to; low += step) {
    const high = low + step;
    const offsetAtLow = offsetAt(low);
    if (offsetAtLow === offsetAt(high)) continue;
    let before = low;
    let after = high;
    while (after - before > 1_000) {
      const middle = before + Math.floor((after - before) / 2_000) * 1_000;
      if (offsetAt(middle) === offsetAtLow) before = middle;
      else after = middle;
    }
    changes.push(after);
  }
  return changes;
}

const changesByZoneYear = new Map<string, number[]>();

/**
 * A zone's changes in one year, kept. Scanned weekly: this only aims test cases, and a change
 * undone within a week (rare: Noronha, October 2000) merely goes unaimed at.
 */
function changesInYear(timeZone: string, year: number): number[] {
  const key = `${timeZone} ${year}`;
  let changes = changesByZoneYear.get(key);
  if (changes === undefined) {
    changes = luxonOffsetChanges(timeZone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), 7 * 24 * HOUR);
    changesByZoneYear.set(key, changes);
  }
  return changes;
}

export interface ScheduleCase {
  readonly timeZone: string;
  readonly window: WeeklySlot;
  readonly releasedAtMillis: number;
  /** The clock change the case was placed on, when there was one. */
  readonly clockChangeMillis?: number;
}

/**
 * A window placed around one of the zone's clock changes in a random year, and a release whose
 * 48-hour cut-off falls from eight days before it to two days after. Zones with no change that year fall back to
 * a random window.
 */
export const nearClockChangeCaseArb: fc.Arbitrary<ScheduleCase> = fc
  .record({
    timeZone: timeZoneArb,
    year: fc.integer({ min: 1970, max: 2099 }),
    pick: fc.nat(),
    startShiftQuarters: fc.integer({ min: -12, max: 4 }),
    lengthQuarters: fc.integer({ min: 1, max: 16 }),
    leadMinutes: fc.integer({ min: -2 * 24 * 60, max: 8 * 24 * 60 }),
    fallback: maintenanceWindowArb,
  })
  .map(({ timeZone, year, pick, startShiftQuarters, lengthQuarters, leadMinutes, fallback }) => {
    const changes = changesInYear(timeZone, year);
    const change = changes[pick % Math.max(changes.length, 1)];
    const before = change === undefined ? null : DateTime.fromMillis(change - 1, { zone: timeZone });
    if (change === undefined || before === null || !before.isValid) {
      return { timeZone, window: fallback, releasedAtMillis: Date.UTC(year, pick % 12, 1) };
    }
    // The reading just before the change, floored to a quarter hour, then shifted.
    const quarter = Math.floor((before.hour * 60 + before.minute) / 15) + startShiftQuarters;
    // Weekday of the slot's own date (the day before when the shift crosses midnight).
    const weekday = ((before.weekday - 1 + Math.floor(quarter / 96) + 7) % 7) + 1;
    if (!isWeekdayNumber(weekday)) throw new Error('unreachable');
    const window: WeeklySlot = {
      day: weekday,
      start: clockTime(quarter * 15),
      end: clockTime((quarter + lengthQuarters) * 15),
    };
    return {
      timeZone,
      window,
      releasedAtMillis: change - 48 * HOUR - leadMinutes * MINUTE,
      clockChangeMillis: change,
    };
  });
