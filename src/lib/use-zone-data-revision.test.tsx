import { act, renderHook, waitFor } from '@testing-library/react';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { clearScheduleCaches, nextUpgradeWindow } from '@/domain/upgrade-schedule';
import { checkZoneAgainstRuntime } from '@/domain/zone-table-check';
import { hasUncheckedZones, runtimeTzVersion, zoneTableUseFor } from '@/domain/zone-transitions';
import { useZoneDataRevision } from './use-zone-data-revision';

const WINDOW = { day: 7, start: '01:00', end: '03:00' } as const;
const RELEASED = DateTime.fromISO('2026-11-26T12:00Z');

afterEach(() => clearScheduleCaches({ tableUse: zoneTableUseFor(runtimeTzVersion()) }));

describe('useZoneDataRevision', () => {
  it('compares the zones the engine answered from its table with the runtime, in idle time', async () => {
    // As in a browser, which does not say which tz release it holds.
    clearScheduleCaches({ tableUse: 'checked' });
    renderHook(() => useZoneDataRevision());
    nextUpgradeWindow(WINDOW, 'Europe/Lisbon', RELEASED);
    expect(hasUncheckedZones()).toBe(true);
    await waitFor(() => expect(hasUncheckedZones()).toBe(false));
  });

  it('changes when a zone proved different, so that views recompute', () => {
    clearScheduleCaches({ tableUse: 'checked' });
    const { result } = renderHook(() => useZoneDataRevision());
    const before = result.current;
    act(() => {
      checkZoneAgainstRuntime('Asia/Tokyo', RELEASED.toMillis(), (timeZone) => ({
        timeZone,
        offsetAt: () => 0,
        transitionsBetween: () => [],
      }));
    });
    expect(result.current).toBe(before + 1);
  });
});
