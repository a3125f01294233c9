import type { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';
import { overlapsWeek, type CalendarWeek } from './week';

/** A row of the week view: the sites of one zone and what their week holds. */
export interface WeekLane {
  group: ZoneGroup;
  /** The zone's real upgrade falls (at least partly) in the week. */
  upgradeInWeek: boolean;
  /** A window the 48-hour notice made the zone skip, when it falls in the week. */
  skippedByNotice: { start: DateTime; end: DateTime } | undefined;
  /** The site-local date on which the slot never showed, when it falls in the week. */
  noWindowDate: DateTime | undefined;
}

/**
 * The lanes of a week: every zone whose upgrade, skipped window or window-less date falls in it,
 * in upgrade order. Zones with nothing that week are left out.
 */
export function lanesForWeek(groups: readonly ZoneGroup[], week: CalendarWeek): WeekLane[] {
  const lanes: WeekLane[] = [];
  const weekStart = week.start.toMillis();
  const weekEnd = week.end.toMillis();
  for (const group of groups) {
    const { upgrade } = group;
    const upgradeInWeek = upgrade.startMillis < weekEnd && upgrade.endMillis > weekStart;
    let skippedByNotice: WeekLane['skippedByNotice'];
    let noWindowDate: DateTime | undefined;
    for (const note of upgrade.notes) {
      if (
        note.kind === 'deferred-by-notice' &&
        note.skippedStartMillis < weekEnd &&
        note.skippedEndMillis > weekStart
      ) {
        skippedByNotice = { start: note.skippedStart, end: note.skippedEnd };
      }
      if (
        note.kind === 'no-window-week' &&
        overlapsWeek(week, note.date.startOf('day'), note.date.endOf('day'))
      ) {
        noWindowDate = note.date;
      }
    }
    if (upgradeInWeek || skippedByNotice || noWindowDate) {
      lanes.push({ group, upgradeInWeek, skippedByNotice, noWindowDate });
    }
  }
  return lanes;
}

/** How many sites upgrade in the week (for the summary line). */
export function sitesUpgradingIn(lanes: readonly WeekLane[]): number {
  return lanes.reduce((count, lane) => count + (lane.upgradeInWeek ? lane.group.sites.length : 0), 0);
}
