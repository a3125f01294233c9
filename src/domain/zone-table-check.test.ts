// @vitest-environment node
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScheduleInputError } from './schedule-errors';
import { clearScheduleCaches, nextUpgradeWindow } from './upgrade-schedule';
import type { ZoneOffsets } from './zone-offsets';
import { ProbedZoneOffsets } from './zone-probe';
import { ZONE_TABLE_TZ_VERSION } from './zone-table';
import {
  checkUncheckedZones,
  checkZoneAgainstRuntime,
  onUncheckedZone,
  onZoneDataChange,
  zoneDataRevision,
} from './zone-table-check';
import { runtimeTzVersion, zoneOffsetsFor, zoneTableUseFor } from './zone-transitions';

const NOW = Date.parse('2026-11-26T12:00Z');
const TOKYO_WINDOW = { day: 7, start: '01:00', end: '03:00' } as const;
const RELEASED = DateTime.fromISO('2023-03-03T18:00', { zone: 'Asia/Tokyo' });

/** A runtime whose data says the zone is always at UTC+0: older or newer than the table's. */
const utcEverywhere = (timeZone: string): ZoneOffsets => ({
  timeZone,
  offsetAt: () => 0,
  transitionsBetween: () => [],
});

afterEach(() => clearScheduleCaches({ tableUse: zoneTableUseFor(runtimeTzVersion()) }));

describe('checking the zone table against the runtime', () => {
  it.runIf(runtimeTzVersion() === ZONE_TABLE_TZ_VERSION)(
    'finds a runtime with the same release in agreement',
    () => {
      clearScheduleCaches({ tableUse: 'checked' });
      const revision = zoneDataRevision();
      for (const timeZone of ['Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Apia']) {
        expect(checkZoneAgainstRuntime(timeZone, NOW)).toBe(true);
      }
      expect(zoneDataRevision()).toBe(revision);
    },
  );

  it('switches a zone to the runtime data when they differ, and tells listeners', () => {
    clearScheduleCaches({ tableUse: 'checked' });
    const listener = vi.fn();
    const unsubscribe = onZoneDataChange(listener);
    const revision = zoneDataRevision();
    const fromTable = nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);

    expect(checkZoneAgainstRuntime('Asia/Tokyo', NOW, utcEverywhere)).toBe(false);

    expect(zoneDataRevision()).toBe(revision + 1);
    expect(listener).toHaveBeenCalledOnce();
    expect(zoneOffsetsFor('Asia/Tokyo')).toBeInstanceOf(ProbedZoneOffsets);
    // Probed from the real runtime here, so the answer is the same, but computed afresh.
    const fromRuntime = nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(fromRuntime).not.toBe(fromTable);
    expect(fromRuntime.startMillis).toBe(fromTable.startMillis);
    unsubscribe();
  });

  it('treats a zone the runtime does not know as differing', () => {
    clearScheduleCaches({ tableUse: 'checked' });
    const unknown = (): ZoneOffsets => {
      throw new ScheduleInputError('UNKNOWN_TIME_ZONE', 'Unknown time zone "America/Coyhaique".');
    };
    expect(checkZoneAgainstRuntime('America/Coyhaique', NOW, unknown)).toBe(false);
    expect(zoneOffsetsFor('America/Coyhaique')).toBeInstanceOf(ProbedZoneOffsets);
  });

  it('queues each zone answered from the table once, and checks them while time is left', () => {
    clearScheduleCaches({ tableUse: 'checked' });
    const queued = vi.fn();
    const unsubscribe = onUncheckedZone(queued);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    nextUpgradeWindow(TOKYO_WINDOW, 'Europe/London', RELEASED);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(queued).toHaveBeenCalledTimes(2);

    const runtime = vi.fn((timeZone: string) => utcEverywhere(timeZone));
    expect(checkUncheckedZones(NOW, () => false, runtime)).toBe(true); // no time: both left
    expect(runtime).not.toHaveBeenCalled();
    let turns = 1;
    expect(checkUncheckedZones(NOW, () => turns-- > 0, runtime)).toBe(true); // time for one
    expect(checkUncheckedZones(NOW, () => true, runtime)).toBe(false);
    expect(new Set(runtime.mock.calls.map(([timeZone]) => timeZone))).toEqual(
      new Set(['Asia/Tokyo', 'Europe/London']),
    );
    unsubscribe();
  });

  it('does not queue a zone again once it agreed, nor in a runtime that names its release', () => {
    clearScheduleCaches({ tableUse: 'checked' });
    const queued = vi.fn();
    const unsubscribe = onUncheckedZone(queued);
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    const sameAsTable = (timeZone: string) => zoneOffsetsFor(timeZone);
    expect(checkUncheckedZones(NOW, () => true, sameAsTable)).toBe(false);
    expect(queued).toHaveBeenCalledOnce();
    clearScheduleCaches(); // the engine forgets its answers, not what it checked
    nextUpgradeWindow(TOKYO_WINDOW, 'Asia/Tokyo', RELEASED);
    expect(queued).toHaveBeenCalledOnce();

    clearScheduleCaches({ tableUse: 'trusted' });
    nextUpgradeWindow(TOKYO_WINDOW, 'Europe/Paris', RELEASED);
    expect(queued).toHaveBeenCalledOnce();
    unsubscribe();
  });
});
