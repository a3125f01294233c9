// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  maintenanceWindowArb,
  nearClockChangeCaseArb,
  releaseMillisArb,
  timeZoneArb,
  type ScheduleCase,
} from './testing/schedule-arbitraries';
import {
  oracleNextWindow,
  oracleWeeksWithoutWindowBetween,
  oracleWindowsBetween,
} from './testing/upgrade-oracle';
import { ScheduleEngine } from './upgrade-schedule';

// The console's own source of offsets (the runtime's Intl data), with fresh caches.
const engine = new ScheduleEngine();

/*
 * The engine against the minute-by-minute oracle, and the invariants the UI relies on, over every
 * zone the runtime knows, release instants from 1970 to 2100, and windows placed on clock changes.
 * A failure prints the fast-check seed and the shrunk case; rerun with { seed, path } to replay.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOTICE = 48 * HOUR;
const PROPERTY_TIMEOUT = 120_000;

const utc = (millis: number) => DateTime.fromMillis(millis, { zone: 'utc' });

const randomCaseArb: fc.Arbitrary<ScheduleCase> = fc.record({
  timeZone: timeZoneArb,
  window: maintenanceWindowArb,
  releasedAtMillis: releaseMillisArb,
});

const spanOf = (found: { startMillis: number; endMillis: number } | null) =>
  found === null
    ? null
    : [new Date(found.startMillis).toISOString(), new Date(found.endMillis).toISOString()];

function expectSameAsOracle({ timeZone, window, releasedAtMillis }: ScheduleCase) {
  const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis));
  const oracle = oracleNextWindow(window, timeZone, releasedAtMillis);
  expect({
    nominalDate: answer.nominalDate,
    start: new Date(answer.startMillis).toISOString(),
    end: new Date(answer.endMillis).toISOString(),
    offsetAtStartMinutes: answer.offsetAtStartMinutes,
    offsetAtEndMinutes: answer.offsetAtEndMinutes,
    openedLateMinutes: answer.openedLateMinutes,
    deferredDate: answer.deferredWindow?.nominalDate ?? null,
    deferredSpan: spanOf(answer.deferredWindow),
    weeksWithoutWindow: answer.weeksWithoutWindow.map(({ nominalDate, reason, jumpAtMillis }) => ({
      nominalDate,
      reason,
      jumpAtMillis,
    })),
  }).toEqual({
    nominalDate: oracle.nominalDate,
    start: new Date(oracle.startMillis).toISOString(),
    end: new Date(oracle.endMillis).toISOString(),
    offsetAtStartMinutes: oracle.offsetAtStartMinutes,
    offsetAtEndMinutes: oracle.offsetAtEndMinutes,
    openedLateMinutes: oracle.openedLateMinutes,
    deferredDate: oracle.deferredWindow?.nominalDate ?? null,
    deferredSpan: spanOf(oracle.deferredWindow),
    weeksWithoutWindow: oracle.weeksWithoutWindow,
  });
}

describe('nextUpgradeWindow matches the minute-by-minute oracle', () => {
  it(
    'for random zones, windows and releases from 1970 to 2100',
    () => {
      fc.assert(fc.property(randomCaseArb, expectSameAsOracle), { numRuns: 300 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for windows placed on a clock change of the zone',
    () => {
      fc.assert(fc.property(nearClockChangeCaseArb, expectSameAsOracle), { numRuns: 300 });
    },
    PROPERTY_TIMEOUT,
  );
});

describe('upgradeWindowsBetween matches the oracle', () => {
  it(
    'over ranges of up to three weeks, around clock changes and anywhere',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(randomCaseArb, nearClockChangeCaseArb),
          fc.integer({ min: 0, max: 21 * DAY }),
          ({ timeZone, window, releasedAtMillis: fromMillis }, length) => {
            const found = engine.upgradeWindowsBetween(
              window,
              timeZone,
              utc(fromMillis),
              utc(fromMillis + length),
            );
            const oracle = oracleWindowsBetween(window, timeZone, fromMillis, fromMillis + length);
            expect(found.map((w) => [w.nominalDate, w.startMillis, w.endMillis])).toEqual(
              oracle.map((w) => [w.nominalDate, w.startMillis, w.endMillis]),
            );
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('weeksWithoutWindowBetween matches the oracle', () => {
  it(
    'over ranges of up to five weeks around clock changes, with the jump and whether the date was skipped',
    () => {
      fc.assert(
        fc.property(
          nearClockChangeCaseArb,
          fc.integer({ min: 0, max: 35 * DAY }),
          ({ timeZone, window, releasedAtMillis }, length) => {
            // The case's clock change lies within ten days after its release: cover it, and up to
            // five weeks before.
            const fromMillis = releasedAtMillis - length;
            const toMillis = releasedAtMillis + 11 * DAY;
            const found = engine.weeksWithoutWindowBetween(window, timeZone, utc(fromMillis), utc(toMillis));
            expect(
              found.map(({ nominalDate, reason, jumpAtMillis }) => ({ nominalDate, reason, jumpAtMillis })),
            ).toEqual(oracleWeeksWithoutWindowBetween(window, timeZone, fromMillis, toMillis));
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('invariants of the answer', () => {
  const anyCaseArb = fc.oneof(randomCaseArb, nearClockChangeCaseArb);

  it(
    'opens at or after release + 48 h, ends after it opens, and no window of the site opens in between',
    () => {
      fc.assert(
        fc.property(anyCaseArb, ({ timeZone, window, releasedAtMillis }) => {
          const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis));
          const cutoff = releasedAtMillis + NOTICE;
          expect(answer.noticeCutoffMillis).toBe(cutoff);
          expect(answer.startMillis).toBeGreaterThanOrEqual(cutoff);
          expect(answer.endMillis).toBeGreaterThan(answer.startMillis);
          const earlier = engine.upgradeWindowsBetween(window, timeZone, utc(cutoff), answer.start);
          expect(earlier.filter((w) => w.startMillis >= cutoff)).toEqual([]);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is the first window of upgradeWindowsBetween that opens at or after the cut-off',
    () => {
      fc.assert(
        fc.property(anyCaseArb, ({ timeZone, window, releasedAtMillis }) => {
          const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis));
          const cutoff = releasedAtMillis + NOTICE;
          const windows = engine.upgradeWindowsBetween(window, timeZone, utc(cutoff), utc(cutoff + 30 * DAY));
          const first = windows.find((w) => w.startMillis >= cutoff);
          expect(first && [first.nominalDate, first.startMillis, first.endMillis]).toEqual([
            answer.nominalDate,
            answer.startMillis,
            answer.endMillis,
          ]);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'lists windows in order, disjoint, each overlapping the range',
    () => {
      fc.assert(
        fc.property(anyCaseArb, fc.integer({ min: 1, max: 120 * DAY }), (scheduleCase, length) => {
          const from = scheduleCase.releasedAtMillis;
          const windows = engine.upgradeWindowsBetween(
            scheduleCase.window,
            scheduleCase.timeZone,
            utc(from),
            utc(from + length),
          );
          windows.forEach((w, index) => {
            expect(w.endMillis).toBeGreaterThan(w.startMillis);
            expect(w.startMillis).toBeLessThan(from + length);
            expect(w.endMillis).toBeGreaterThan(from);
            const next = windows[index + 1];
            if (next !== undefined) expect(next.startMillis).toBeGreaterThanOrEqual(w.endMillis);
          });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'opens at the slot start time on the nominal date, unless a clock jump skipped that time',
    () => {
      fc.assert(
        fc.property(anyCaseArb, ({ timeZone, window, releasedAtMillis }) => {
          const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis));
          const opening = answer.start;
          const jumpAtOpening =
            DateTime.fromMillis(answer.startMillis - 1, { zone: timeZone }).offset !== opening.offset;
          if (answer.openedLateMinutes === 0) {
            expect(opening.toFormat('yyyy-MM-dd HH:mm:ss')).toBe(`${answer.nominalDate} ${window.start}:00`);
          } else {
            expect(answer.openedLateMinutes).toBeGreaterThan(0);
            expect(jumpAtOpening).toBe(true);
          }
          expect(answer.offsetAtStartMinutes).toBe(opening.offset);
          expect(answer.offsetAtEndMinutes).toBe(answer.end.offset);
          expect(answer.durationMinutes).toBe((answer.endMillis - answer.startMillis) / 60_000);
          expect(answer.durationChangeMinutes).toBe(answer.durationMinutes - answer.nominalDurationMinutes);
          const closesOnTime = answer.end.toFormat('HH:mm:ss') === `${window.end}:00`;
          if (
            answer.openedLateMinutes === 0 &&
            closesOnTime &&
            answer.offsetAtStartMinutes === answer.offsetAtEndMinutes
          ) {
            // Opened and closed on the slot's times with no net clock change: the slot's length.
            expect(answer.clockChange).toBe('none');
          }
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
