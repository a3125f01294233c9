import { renderHook, waitFor } from '@testing-library/react';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { clearScheduleCaches, nextUpgradeWindow } from '@/domain/upgrade-schedule';
import type { ZoneOffsets } from '@/domain/zone-offsets';
import { hasUncheckedZones, runtimeTzVersion, zoneTableUseFor } from '@/domain/zone-transitions';
import { useZoneDataRevision } from './use-zone-data-revision';

const WINDOW = { day: 7, start: '01:00', end: '03:00' } as const;
const RELEASED = DateTime.fromISO('2026-11-26T12:00Z');

/** A browser whose data puts Lisbon at UTC+1 all year, unlike the table. */
const lisbonDiffers = (timeZone: string): ZoneOffsets =>
  timeZone === 'Europe/Lisbon'
    ? { timeZone, offsetAt: () => 3_600_000, transitionsBetween: () => [] }
    : { timeZone, offsetAt: () => 0, transitionsBetween: () => [] };

afterEach(() => clearScheduleCaches({ tableUse: zoneTableUseFor(runtimeTzVersion()) }));

describe('useZoneDataRevision', () => {
  it('has the zones read from the table checked in idle time, and moves when one differs', async () => {
    // As in a browser, which does not say which tz release it holds.
    clearScheduleCaches({ tableUse: 'checked', runtime: lisbonDiffers });
    const { result } = renderHook(() => useZoneDataRevision());
    const before = result.current;
    const fromTable = nextUpgradeWindow(WINDOW, 'Europe/Lisbon', RELEASED).startMillis;
    expect(hasUncheckedZones()).toBe(true);

    await waitFor(() => expect(result.current).toBe(before + 1));
    expect(hasUncheckedZones()).toBe(false);
    // Lisbon is on UTC in winter in the table; the "browser" says UTC+1: an hour earlier.
    expect(nextUpgradeWindow(WINDOW, 'Europe/Lisbon', RELEASED).startMillis).toBe(fromTable - 3_600_000);
  });
});
