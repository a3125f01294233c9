import { useDeferredValue, useMemo } from 'react';
import type { MaintenanceWindowInput } from '@/contract/maintenance-window';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import type { DateTime } from '@/lib/date-time';
import { computeUpgradePreview, type UpgradePreview } from './upgrade-preview';
import type { ZoneSites } from './zone-sites';

/**
 * The preview of a window choice, recomputed only when the choice, the zones or `now` change.
 * The choice is deferred: with 5,000 sites the selects stay responsive while React computes the
 * preview in the background, showing the previous one meanwhile (`isStale`).
 */
export function useUpgradePreview(
  choice: MaintenanceWindowInput | null,
  zones: readonly ZoneSites[] | undefined,
  now: DateTime,
): { preview: UpgradePreview | null; isStale: boolean } {
  const deferredChoice = useDeferredValue(choice);
  const day = deferredChoice === null ? null : weekdayNumberFromApi(deferredChoice.day);
  const start = deferredChoice?.start;
  const end = deferredChoice?.end;
  const preview = useMemo(() => {
    if (zones === undefined || day === null || start === undefined || end === undefined) {
      return null;
    }
    return computeUpgradePreview({ day, start, end }, zones, now);
  }, [zones, day, start, end, now]);
  return { preview, isStale: deferredChoice !== choice };
}
