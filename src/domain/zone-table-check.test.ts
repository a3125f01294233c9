// @vitest-environment node
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearScheduleCaches, nextUpgradeWindow } from './upgrade-schedule';
import type { ZoneOffsets } from './zone-offsets';
import { ScheduleInputError } from './schedule-errors';
import { ZONE_TABLE_TZ_VERSION } from './zone-table';
import {
  checkUncheckedZones,
  checkZoneAgainstRuntime,
  onUncheckedZone,
  onZoneDataChange,
  zoneDataRevision,
} from './zone-table-check';
import { hasUncheckedZones, runtimeTzVersion, zoneTableUseFor } from './zone-transitions';

const TOKYO_WINDOW = { day: 7, start: '01:00', end: '03:00' } as const;
const RELEASED = DateTime.fromISO('2023-03-03T18:00', { zone: 'Asia/Tokyo' });
const YEAR_2023 = 2023 - 1970;

/** A runtime whose data puts every zone at UTC+0 all the time: another tz release, say. */
const utcEverywhere = (timeZone: string): ZoneOffsets => ({
  timeZone,
  offsetAt: () => 0,
  transitionsBetween: () => [],
});

/** As a browser: the table answers, and each year it reads is checked later. */
function likeABrowser(runtime?: (timeZone: string) => ZoneOffsets) {
  clearScheduleCaches({ tableUse: 'checked', runtime });
}

afterEach(() => clearScheduleCaches({ tableUse: zoneTableUseFor(runtimeTzVersion()) }));

describe('checking the zone table against the runtime', () => {
  it.runIf(runtimeTzVersion() === ZONE_TABLE_TZ_VERSION)(
    'finds a runtime of the same release in agreement',
    () => {
      likeABrowser();
      const revision = zoneDataRevision();
      for (const timeZone of ['Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Apia']) {
        expect(checkZoneAgainstRuntime(timeZone, [0, 41, YEAR_2023, 129])).toBe(true);
      }
      expect(zoneDataRevision()).toBe(revision);
    },
  );

  it('answers from the runtime once it differs from the table, and tells listeners', () => {
    likeABrowser(utcEverywhere);
    const listener = vi.fn();
    const unsubscribe = onZoneDataChange(listener);
    const revision = zoneDataRevision();
    // The table: Sunday 12 March 2023, 01:00 JST = Saturday 16:00 UTC.
    expect(nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED).start.toISO()).toBe(
      '2023-03-12T01:00:00.000+09:00',
    );

    expect(checkUncheckedZones(() => true)).toBe(false);

    expect(zoneDataRevision()).toBe(revision + 1);
    expect(listener).toHaveBeenCalledOnce();
    // The runtime says UTC+0: 01:00 on the clock is 01:00 UTC.
    expect(nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED).startMillis).toBe(
      Date.parse('2023-03-12T01:00:00Z'),
    );
    unsubscribe();
  });

  it('treats a zone the runtime does not know, or cannot read, as differing', () => {
    likeABrowser((timeZone) => {
      throw timeZone === 'America/Coyhaique'
        ? new ScheduleInputError('UNKNOWN_TIME_ZONE', `Unknown time zone "${timeZone}".`)
        : new Error('Cannot read a UTC offset');
    });
    expect(checkZoneAgainstRuntime('America/Coyhaique', [YEAR_2023])).toBe(false);
    expect(checkZoneAgainstRuntime('Europe/Paris', [YEAR_2023])).toBe(false);
    // From now on the runtime answers for them, and its errors reach the caller.
    expect(() => nextUpgradeWindow(TOKYO_WINDOW, 'America/Coyhaique', RELEASED)).toThrow(ScheduleInputError);
    expect(() => nextUpgradeWindow(TOKYO_WINDOW, 'Europe/Paris', RELEASED)).toThrow(/UTC offset/);
  });

  it('queues every table year the engine reads, and checks them while time is left', () => {
    const runtime = vi.fn((timeZone: string) => utcEverywhere(timeZone));
    likeABrowser(runtime);
    const queued = vi.fn();
    const unsubscribe = onUncheckedZone(queued);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    nextUpgradeWindow(TOKYO_WINDOW, 'Europe/London', RELEASED);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(queued).toHaveBeenCalledTimes(2); // one year (2023) of each zone
    expect(runtime).not.toHaveBeenCalled(); // answered from the table

    expect(checkUncheckedZones(() => false)).toBe(true); // no time: both left
    expect(runtime).not.toHaveBeenCalled();
    let turns = 1;
    expect(checkUncheckedZones(() => turns-- > 0)).toBe(true); // time for one zone
    expect(checkUncheckedZones(() => true)).toBe(false);
    expect(new Set(runtime.mock.calls.map(([timeZone]) => timeZone))).toEqual(
      new Set(['Asia/Tokyo', 'Europe/London']),
    );
    unsubscribe();
  });

  it('checks a year once: not again after a cache clear, but a new year read is', () => {
    // A runtime equal to the table over 2023 and nowhere else: it says UTC+0 from 2024 on.
    const from2024 = Date.UTC(2024, 0, 1);
    likeABrowser((timeZone) => ({
      timeZone,
      offsetAt: (instant) => (instant < from2024 ? 9 * 3_600_000 : 0),
      transitionsBetween: (from, to) =>
        from < from2024 && to > from2024
          ? [{ at: from2024, offsetBefore: 9 * 3_600_000, offsetAfter: 0 }]
          : [],
    }));
    const queued = vi.fn();
    const unsubscribe = onUncheckedZone(queued);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(checkUncheckedZones(() => true)).toBe(false);
    expect(queued).toHaveBeenCalledOnce();

    clearScheduleCaches(); // forgets answers, not what was checked
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(queued).toHaveBeenCalledOnce();
    expect(hasUncheckedZones()).toBe(false);

    const revision = zoneDataRevision();
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', DateTime.fromISO('2026-11-26T12:00Z'));
    expect(hasUncheckedZones()).toBe(true); // 2026 was never compared
    checkUncheckedZones(() => true);
    expect(zoneDataRevision()).toBe(revision + 1); // and it differs
    unsubscribe();
  });

  it('queues nothing where the runtime names the table release', () => {
    clearScheduleCaches({ tableUse: 'trusted' });
    const queued = vi.fn();
    const unsubscribe = onUncheckedZone(queued);
    nextUpgradeWindow(TOKYO_WINDOW, 'Europe/Paris', RELEASED);
    expect(queued).not.toHaveBeenCalled();
    expect(hasUncheckedZones()).toBe(false);
    unsubscribe();
  });
});
