import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { UpgradeFreeze } from '../upgrade-freezes';
import type { WeeklySlot } from '../weekly-slot';
import {
  maintenanceWindowArb,
  nearClockChangeCaseArb,
  releaseMillisArb,
  timeZoneArb,
  type ScheduleCase,
} from './schedule-arbitraries';

/*
 * Freezes for the property tests, placed where they matter: random freezes near the release, on
 * the dates of a clock change, over Samoa's skipped Friday, single days on the slot's dates, and
 * one covering every window for eight weeks. Random dates would rarely meet a window. Dates are
 * worked out with Luxon (instant -> local date, which it gets exactly right), never the engine.
 */

const HOUR = 3_600_000;
const NOTICE = 48 * HOUR;

export interface FreezeCase extends ScheduleCase {
  readonly freezes: readonly UpgradeFreeze[];
}

/** The site-local date ("yyyy-MM-dd") at an instant. */
export function localDateAt(timeZone: string, instant: number): string {
  const date = DateTime.fromMillis(instant, { zone: timeZone }).toISODate();
  if (date === null) throw new Error(`no local date in ${timeZone} at ${instant}`);
  return date;
}

/** A calendar date moved by whole days. */
export function plusDays(isoDate: string, days: number): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate();
  if (date === null) throw new Error(`not a date: ${isoDate}`);
  return date;
}

const freezeSpecsArb = fc.array(
  fc.record({ gapDays: fc.integer({ min: 0, max: 20 }), lengthDays: fc.integer({ min: 1, max: 60 }) }),
  { minLength: 1, maxLength: 3 },
);

/** Freezes one after the other from `firstDate`, each `gapDays` after the last (0: back to back). */
function freezesFrom(firstDate: string, specs: readonly { gapDays: number; lengthDays: number }[]) {
  const freezes: UpgradeFreeze[] = [];
  let startDate = firstDate;
  specs.forEach(({ gapDays, lengthDays }, index) => {
    startDate = plusDays(startDate, index === 0 ? 0 : gapDays + 1);
    const endDate = plusDays(startDate, lengthDays - 1);
    freezes.push({ name: `Freeze ${index + 1}`, startDate, endDate });
    startDate = endDate;
  });
  return freezes;
}

const scheduleCaseArb: fc.Arbitrary<ScheduleCase> = fc.oneof(
  fc.record({ timeZone: timeZoneArb, window: maintenanceWindowArb, releasedAtMillis: releaseMillisArb }),
  nearClockChangeCaseArb,
);

/** Up to three freezes, the first from a week before the release's cut-off to three weeks after. */
export const randomFreezeCaseArb: fc.Arbitrary<FreezeCase> = fc
  .record({
    scheduleCase: scheduleCaseArb,
    leadDays: fc.integer({ min: -7, max: 21 }),
    specs: freezeSpecsArb,
  })
  .map(({ scheduleCase, leadDays, specs }) => {
    const cutoffDate = localDateAt(scheduleCase.timeZone, scheduleCase.releasedAtMillis + NOTICE);
    return { ...scheduleCase, freezes: freezesFrom(plusDays(cutoffDate, leadDays), specs) };
  });

/**
 * A freeze that starts or ends on the local date just before or just after one of the zone's
 * clock changes (they differ when the change is at midnight or skips a date), with a window
 * placed on that change.
 */
export const clockChangeFreezeCaseArb: fc.Arbitrary<FreezeCase> = fc
  .record({
    scheduleCase: nearClockChangeCaseArb,
    side: fc.constantFrom<'before' | 'after'>('before', 'after'),
    edge: fc.constantFrom<'starts' | 'ends'>('starts', 'ends'),
    lengthDays: fc.integer({ min: 1, max: 60 }),
  })
  .map(({ scheduleCase, side, edge, lengthDays }) => {
    const change = scheduleCase.clockChangeMillis;
    // A zone without a change that year: the freeze is placed on the cut-off's date instead.
    const at = change ?? scheduleCase.releasedAtMillis + NOTICE;
    const date = localDateAt(scheduleCase.timeZone, side === 'before' ? at - 1 : at);
    const freeze =
      edge === 'starts'
        ? { name: 'Clock change', startDate: date, endDate: plusDays(date, lengthDays - 1) }
        : { name: 'Clock change', startDate: plusDays(date, 1 - lengthDays), endDate: date };
    return { ...scheduleCase, freezes: [freeze] };
  });

/** Samoa skipped Friday 30 December 2011: freezes that cover it, or only it, in December 2011. */
export const apiaFreezeCaseArb: fc.Arbitrary<FreezeCase> = fc
  .record({
    window: maintenanceWindowArb,
    releasedAtMillis: fc.integer({ min: Date.UTC(2011, 11, 10), max: Date.UTC(2012, 0, 2) }),
    daysBefore: fc.integer({ min: 0, max: 12 }),
    daysAfter: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ window, releasedAtMillis, daysBefore, daysAfter }) => ({
    timeZone: 'Pacific/Apia',
    window,
    releasedAtMillis,
    freezes: [
      {
        name: 'Samoa',
        startDate: plusDays('2011-12-30', -daysBefore),
        endDate: plusDays('2011-12-30', daysAfter),
      },
    ],
  }));

/** The next `weeks` dates with the slot's weekday, from `isoDate` on. */
export function slotDatesFrom(window: WeeklySlot, isoDate: string, weeks: number): string[] {
  const weekday = DateTime.fromISO(isoDate, { zone: 'utc' }).weekday;
  const first = plusDays(isoDate, (window.day - weekday + 7) % 7);
  return Array.from({ length: weeks }, (_, week) => plusDays(first, 7 * week));
}

/** One to three single-day freezes on, or a day either side of, the slot's next dates. */
export const oneDayFreezeCaseArb: fc.Arbitrary<FreezeCase> = fc
  .record({
    scheduleCase: scheduleCaseArb,
    picks: fc.uniqueArray(
      fc.record({ week: fc.integer({ min: 0, max: 3 }), shift: fc.integer({ min: -1, max: 1 }) }),
      { minLength: 1, maxLength: 3, selector: ({ week }) => week },
    ),
  })
  .map(({ scheduleCase, picks }) => {
    const cutoffDate = localDateAt(scheduleCase.timeZone, scheduleCase.releasedAtMillis + NOTICE);
    const dates = slotDatesFrom(scheduleCase.window, plusDays(cutoffDate, -1), 4);
    return {
      ...scheduleCase,
      freezes: picks.map(({ week, shift }, index) => {
        const date = plusDays(dates[week] ?? cutoffDate, shift);
        return { name: `Day ${index + 1}`, startDate: date, endDate: date };
      }),
    };
  });

/**
 * One freeze from the day before the cut-off's local date, 59 or 60 days: it covers every date a
 * window of the next eight weeks (nominal dates from the day after the cut-off's) can touch.
 */
export const eightWeekFreezeCaseArb: fc.Arbitrary<FreezeCase> = fc
  .record({ scheduleCase: scheduleCaseArb, lengthDays: fc.integer({ min: 59, max: 60 }) })
  .map(({ scheduleCase, lengthDays }) => {
    const cutoffDate = localDateAt(scheduleCase.timeZone, scheduleCase.releasedAtMillis + NOTICE);
    const startDate = plusDays(cutoffDate, -1);
    return {
      ...scheduleCase,
      freezes: [{ name: 'Eight weeks', startDate, endDate: plusDays(startDate, lengthDays - 1) }],
    };
  });
