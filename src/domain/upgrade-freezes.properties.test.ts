// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  apiaFreezeCaseArb,
  clockChangeFreezeCaseArb,
  eightWeekFreezeCaseArb,
  localDateAt,
  oneDayFreezeCaseArb,
  plusDays,
  slotDatesFrom,
  randomFreezeCaseArb,
  type FreezeCase,
} from './testing/freeze-arbitraries';
import { oracleNextWindow, oracleWindowsBetween } from './testing/upgrade-oracle';
import { ScheduleEngine, type UpgradeWindow } from './upgrade-schedule';

// The console's own source of offsets (the runtime's Intl data), with fresh caches.
const engine = new ScheduleEngine();

/*
 * Upgrade freezes against the minute-by-minute oracle, which reads the date on the site's clock
 * at every minute of a window, over every zone the runtime knows. A failure prints the fast-check
 * seed and the shrunk case; rerun with { seed, path } to replay.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOTICE = 48 * HOUR;
const PROPERTY_TIMEOUT = 240_000;

const utc = (millis: number) => DateTime.fromMillis(millis, { zone: 'utc' });
const iso = (millis: number) => new Date(millis).toISOString();

const windowFacts = (found: {
  nominalDate: string;
  startMillis: number;
  endMillis: number;
  frozenBy: string | null;
}) => [found.nominalDate, iso(found.startMillis), iso(found.endMillis), found.frozenBy];

function nextSameAsOracle({ timeZone, window, releasedAtMillis, freezes }: FreezeCase) {
  const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis), { freezes });
  const oracle = oracleNextWindow(window, timeZone, releasedAtMillis, freezes);
  expect({
    upgrade: windowFacts(answer),
    deferred: answer.deferredWindow && windowFacts(answer.deferredWindow),
    frozen: answer.frozenWindows.map(({ upgradeWindow, freezeName }) => [
      ...windowFacts(upgradeWindow),
      freezeName,
    ]),
    weeksWithoutWindow: answer.weeksWithoutWindow.map((week) => week.nominalDate),
  }).toEqual({
    upgrade: windowFacts({ ...oracle, frozenBy: null }),
    deferred: oracle.deferredWindow && windowFacts(oracle.deferredWindow),
    frozen: oracle.frozenWindows.map((frozen) => [...windowFacts(frozen), frozen.frozenBy]),
    weeksWithoutWindow: oracle.weeksWithoutWindow.map((week) => week.nominalDate),
  });
  return answer;
}

const expectNextSameAsOracle = (freezeCase: FreezeCase) => {
  nextSameAsOracle(freezeCase);
};

describe('nextUpgradeWindow under freezes matches the minute-by-minute oracle', () => {
  it(
    'for random freezes near the release, back to back or apart, in any zone',
    () => {
      fc.assert(fc.property(randomFreezeCaseArb, expectNextSameAsOracle), { numRuns: 150 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for freezes that start or end on the dates of a clock change',
    () => {
      fc.assert(fc.property(clockChangeFreezeCaseArb, expectNextSameAsOracle), { numRuns: 150 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "for freezes over Samoa's skipped Friday, 30 December 2011",
    () => {
      fc.assert(fc.property(apiaFreezeCaseArb, expectNextSameAsOracle), { numRuns: 80 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "for one-day freezes on the slot's dates and the days either side",
    () => {
      fc.assert(fc.property(oneDayFreezeCaseArb, expectNextSameAsOracle), { numRuns: 150 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for a freeze covering every window for eight weeks: the site upgrades after it',
    () => {
      fc.assert(
        fc.property(eightWeekFreezeCaseArb, (freezeCase) => {
          const answer = nextSameAsOracle(freezeCase);
          const { timeZone, window, releasedAtMillis, freezes } = freezeCase;
          const cutoffDate = localDateAt(timeZone, releasedAtMillis + NOTICE);
          // The site upgrades after the freeze, and each of the eight weeks after the cut-off's
          // date was passed over: its window frozen, or opening before the cut-off, or none.
          expect(localDateAt(timeZone, answer.startMillis) > (freezes[0]?.endDate ?? '')).toBe(true);
          const passedOver = new Set([
            ...answer.frozenWindows.map(({ upgradeWindow }) => upgradeWindow.nominalDate),
            ...answer.weeksWithoutWindow.map((week) => week.nominalDate),
            answer.deferredWindow?.nominalDate,
          ]);
          const eightWeeks = slotDatesFrom(window, plusDays(cutoffDate, 1), 8);
          expect(eightWeeks.filter((date) => !passedOver.has(date))).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('upgradeWindowsBetween under freezes matches the oracle', () => {
  it(
    'naming the freeze of each window over ranges of up to five weeks',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(randomFreezeCaseArb, clockChangeFreezeCaseArb, oneDayFreezeCaseArb, apiaFreezeCaseArb),
          fc.integer({ min: 0, max: 35 * DAY }),
          ({ timeZone, window, releasedAtMillis: fromMillis, freezes }, length) => {
            const found = engine.upgradeWindowsBetween(
              window,
              timeZone,
              utc(fromMillis),
              utc(fromMillis + length),
              { freezes },
            );
            const oracle = oracleWindowsBetween(window, timeZone, fromMillis, fromMillis + length, freezes);
            expect(found.map(windowFacts)).toEqual(oracle.map(windowFacts));
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('invariants under freezes', () => {
  const anyFreezeCaseArb = fc.oneof(
    randomFreezeCaseArb,
    clockChangeFreezeCaseArb,
    oneDayFreezeCaseArb,
    eightWeekFreezeCaseArb,
  );
  const spanOf = (w: UpgradeWindow) => [w.nominalDate, w.startMillis, w.endMillis];

  it(
    'the frozen windows are exactly the frozen windows of the calendar between the cut-off and the upgrade',
    () => {
      fc.assert(
        fc.property(anyFreezeCaseArb, ({ timeZone, window, releasedAtMillis, freezes }) => {
          const answer = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis), { freezes });
          const cutoff = releasedAtMillis + NOTICE;
          expect(answer.startMillis).toBeGreaterThanOrEqual(cutoff);
          expect(answer.frozenBy).toBeNull();
          const between = engine
            .upgradeWindowsBetween(window, timeZone, utc(cutoff), answer.start, { freezes })
            .filter((w) => w.startMillis >= cutoff);
          expect(between.every((w) => w.frozenBy !== null)).toBe(true);
          expect(between.map(spanOf)).toEqual(answer.frozenWindows.map((f) => spanOf(f.upgradeWindow)));
          expect(answer.frozenWindows.every((f) => f.upgradeWindow.frozenBy === f.freezeName)).toBe(true);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'freezes never move an upgrade earlier, and without one in reach change nothing',
    () => {
      fc.assert(
        fc.property(anyFreezeCaseArb, ({ timeZone, window, releasedAtMillis, freezes }) => {
          const unfrozen = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis));
          const frozen = engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis), { freezes });
          expect(frozen.startMillis).toBeGreaterThanOrEqual(unfrozen.startMillis);
          if (frozen.frozenWindows.length === 0) expect(spanOf(frozen)).toEqual(spanOf(unfrozen));
          // Asked again without freezes, the engine's caches give the unfrozen answer.
          expect(engine.nextUpgradeWindow(window, timeZone, utc(releasedAtMillis))).toBe(unfrozen);
          expect(unfrozen.frozenWindows).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
