import { useDeferredValue, useMemo } from 'react';
import { scheduleEngine } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { LaneGrouping } from '../model/calendar-url-state';
import type { ZoneGroup } from '../model/calendar-types';
import type { LastWeekWindowOf } from '../model/wave-changes';
import type { CalendarWeek } from '../model/week';
import { lanesForWeek } from '../model/week-lanes';
import { rowsForWeek, withWaveChanges, type WeekRow } from '../model/week-rows';

const DAY_MS = 86_400_000;
const NO_ROWS: WeekRow[] = [];

/** Last week's window of a lane, for the slot its group follows (its own window or the account's). */
const lastWeekWindowOf: LastWeekWindowOf = ({ lane, startMillis }) => {
  // Last week's window opens about 7 days earlier (a clock change moves it by hours at most).
  const from = DateTime.fromMillis(startMillis - 8 * DAY_MS, { zone: 'utc' });
  const to = DateTime.fromMillis(startMillis - DAY_MS, { zone: 'utc' });
  try {
    return scheduleEngine.upgradeWindowsBetween(lane.group.slot, lane.group.timeZone, from, to).at(-1);
  } catch {
    // Before the engine's supported years: no comparison, so no split or merge to tell.
    return undefined;
  }
};

/**
 * The week's lanes (one per zone) and its rows in the chosen grouping. Each is computed once per
 * change of what it depends on: moving a week redoes the lanes, switching the grouping only the
 * rows, and rendering (a scroll of the virtual list) neither.
 */
export function useWeekRows(groups: readonly ZoneGroup[], week: CalendarWeek, grouping: LaneGrouping) {
  const lanes = useMemo(() => lanesForWeek(groups, week), [groups, week]);
  const rows = useMemo(() => rowsForWeek(grouping, lanes), [grouping, lanes]);
  // The waves are drawn first; what clock changes did to them since last week (a week more of
  // every zone from the engine) follows in a background render, once they are on screen.
  const settledRows = useDeferredValue(rows, NO_ROWS);
  const rowsWithChanges = useMemo(
    () => (settledRows === rows && grouping === 'wave' ? withWaveChanges(rows, lastWeekWindowOf) : undefined),
    [settledRows, rows, grouping],
  );
  return { lanes, rows: rowsWithChanges ?? rows };
}
