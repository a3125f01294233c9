import {
  nextUpgradeWindow,
  upgradeWindowsBetween,
  type MaintenanceWindow,
  type NextUpgradeWindow,
} from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { UpgradeNote, ZoneUpgrade } from './calendar-types';

/**
 * The schedule engine's answer for one zone, turned into the notes the calendar shows. The
 * engine caches its answers per (zone, window, release), so asking again is cheap.
 */
export function zoneUpgrade(window: MaintenanceWindow, timeZone: string, releasedAt: DateTime): ZoneUpgrade {
  const next = nextUpgradeWindow(window, timeZone, releasedAt);
  // start and end stay the engine's lazy getters: only the windows on screen build a DateTime.
  return {
    timeZone,
    startMillis: next.startMillis,
    endMillis: next.endMillis,
    get start() {
      return next.start;
    },
    get end() {
      return next.end;
    },
    notes: notesOf(next, window, releasedAt),
  };
}

function notesOf(next: NextUpgradeWindow, window: MaintenanceWindow, releasedAt: DateTime): UpgradeNote[] {
  const notes: UpgradeNote[] = [];
  if (next.deferredByNotice) {
    // The window passed over lies between the release and the cut-off: fetch its real bounds.
    const cutoff = DateTime.fromMillis(next.noticeCutoffMillis, { zone: next.timeZone });
    const skipped = upgradeWindowsBetween(window, next.timeZone, releasedAt, cutoff).find(
      (candidate) =>
        candidate.nominalDate === next.deferredFromDate && candidate.startMillis >= releasedAt.toMillis(),
    );
    if (skipped) {
      notes.push({
        kind: 'deferred-by-notice',
        skippedStartMillis: skipped.startMillis,
        skippedEndMillis: skipped.endMillis,
        get skippedStart() {
          return skipped.start;
        },
        get skippedEnd() {
          return skipped.end;
        },
      });
    }
  }
  for (const date of next.skippedDates) {
    // A calendar date, not an instant: the zone may have skipped it altogether (Samoa, 2011-12-30).
    notes.push({ kind: 'no-window-week', date: DateTime.fromISO(date, { zone: 'utc' }) });
  }
  if (next.openedLateMinutes > 0) notes.push({ kind: 'opened-late', minutes: next.openedLateMinutes });
  if (next.clockChange === 'shortened')
    notes.push({ kind: 'shortened', minutes: -next.durationChangeMinutes });
  if (next.clockChange === 'lengthened')
    notes.push({ kind: 'lengthened', minutes: next.durationChangeMinutes });
  return notes;
}

/** A per-zone memo for one window and one release: the calendar asks once per zone, not per site. */
export function zoneUpgradeMemo(
  window: MaintenanceWindow,
  releasedAt: DateTime,
): (timeZone: string) => ZoneUpgrade {
  const known = new Map<string, ZoneUpgrade>();
  return (timeZone) => {
    let upgrade = known.get(timeZone);
    if (!upgrade) {
      upgrade = zoneUpgrade(window, timeZone, releasedAt);
      known.set(timeZone, upgrade);
    }
    return upgrade;
  };
}
