import type { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, isoDateOfDay, isoWeekdayOfDay } from './clock-time';
import type { MaintenanceWindow, ParsedMaintenanceWindow } from './maintenance-window';
import { rememberAnswer, scheduleOf, weekOn, type ZoneSchedule } from './schedule-cache';
import { epochMillisOf } from './schedule-instants';
import { ScheduleInputError } from './schedule-errors';
import {
  ComputedNextUpgradeWindow,
  ComputedUpgradeWindow,
  type NextUpgradeWindow,
  type UpgradeWindow,
} from './upgrade-window';
import { MAX_ABS_OFFSET_MS } from './zone-offsets';

export type { MaintenanceWindow } from './maintenance-window';
export type { ClockChange, NextUpgradeWindow, UpgradeWindow } from './upgrade-window';
export type { ClearZoneCachesOptions } from './zone-transitions';
export { clearScheduleCaches } from './schedule-cache';
export { ScheduleInputError, type ScheduleInputErrorCode } from './schedule-errors';
export { SUPPORTED_FROM_MILLIS, SUPPORTED_UNTIL_MILLIS } from './schedule-instants';
export { checkUncheckedZones, onUncheckedZone, onZoneDataChange, zoneDataRevision } from './zone-table-check';

/** A release reaches a site only in a window that opens at least this long after it. */
export const UPGRADE_NOTICE_MS = 48 * HOUR_MS;

/*
 * Bounds that keep every search finite. A slot is under 24 h long and no offset reaches 18 h,
 * so day d's window opens no earlier than 18 h before the reading "d start" taken as UTC, and
 * closes (so also opens) less than 42 h after it. Windows of successive weeks are therefore
 * ordered and disjoint.
 */
const OPENS_BEFORE_NOMINAL_START_AT_MOST = MAX_ABS_OFFSET_MS;
const ENDS_AFTER_NOMINAL_START_LESS_THAN = DAY_MS + MAX_ABS_OFFSET_MS;
/** A slot can vanish for a week (a clock jump, a skipped date), never for a year. */
const MAX_WEEKS_SEARCHED = 53;

/** The first day number with the window's weekday whose nominal start reading is after `reading`. */
function firstNominalDayAfter(reading: number, window: ParsedMaintenanceWindow): number {
  const day = Math.floor((reading - window.startMs) / DAY_MS) + 1;
  return day + ((window.day - isoWeekdayOfDay(day) + 7) % 7);
}

/**
 * The window in which a site upgrades after a release: the first window of the site that opens
 * at or after releasedAt + 48 h (exactly 48 h is enough).
 *
 * @param window the maintenance window, in the site's wall-clock time
 * @param timeZone the site's IANA zone (old aliases such as Asia/Calcutta are accepted)
 * @param releasedAt the release instant (the zone it is expressed in does not matter)
 * @throws ScheduleInputError for an unknown zone, a malformed window or an invalid DateTime
 */
export function nextUpgradeWindow(
  window: MaintenanceWindow,
  timeZone: string,
  releasedAt: DateTime,
): NextUpgradeWindow {
  const schedule = scheduleOf(window, timeZone);
  const releasedAtMillis = epochMillisOf(releasedAt, 'releasedAt');
  let answer = schedule.answers.get(releasedAtMillis);
  if (answer === undefined) {
    answer = findNextUpgradeWindow(schedule, releasedAtMillis);
    rememberAnswer(schedule, releasedAtMillis, answer);
  }
  return answer;
}

function findNextUpgradeWindow(schedule: ZoneSchedule, releasedAtMillis: number): NextUpgradeWindow {
  const { window, zone } = schedule;
  const cutoff = releasedAtMillis + UPGRADE_NOTICE_MS;
  const cutoffReading = cutoff + zone.offsetAt(cutoff);
  const skippedDates: string[] = [];
  let deferredFromDate: string | null = null;
  // Start early enough to see a window that opened after the release but before the cut-off.
  let nominalDay = firstNominalDayAfter(releasedAtMillis - ENDS_AFTER_NOMINAL_START_LESS_THAN, window);
  for (let searched = 0; searched < MAX_WEEKS_SEARCHED; searched += 1, nominalDay += 7) {
    const cached = weekOn(schedule, nominalDay);
    if (cached === null) {
      if (nominalDay * DAY_MS + window.startMs >= cutoffReading) {
        skippedDates.push(isoDateOfDay(nominalDay));
      }
      continue;
    }
    const { week } = cached;
    if (week.startMillis < releasedAtMillis) continue;
    if (week.startMillis < cutoff) {
      deferredFromDate = isoDateOfDay(nominalDay);
      continue;
    }
    return new ComputedNextUpgradeWindow(week, schedule.timeZone, {
      noticeCutoffMillis: cutoff,
      deferredFromDate,
      skippedDates,
    });
  }
  throw new Error(`No upgrade window in ${schedule.timeZone} within a year of the release: engine bug.`);
}

/**
 * Every window of the site that overlaps [from, to) (start < to and end > from), in order.
 * @throws ScheduleInputError as nextUpgradeWindow, and INVALID_RANGE when to is before from
 */
export function upgradeWindowsBetween(
  window: MaintenanceWindow,
  timeZone: string,
  from: DateTime,
  to: DateTime,
): UpgradeWindow[] {
  const schedule = scheduleOf(window, timeZone);
  const fromMillis = epochMillisOf(from, 'from');
  const toMillis = epochMillisOf(to, 'to');
  if (toMillis < fromMillis) {
    throw new ScheduleInputError('INVALID_RANGE', 'The range ends before it starts.');
  }
  const { startMs } = schedule.window;
  const found: UpgradeWindow[] = [];
  if (toMillis === fromMillis) return found;
  for (
    let nominalDay = firstNominalDayAfter(fromMillis - ENDS_AFTER_NOMINAL_START_LESS_THAN, schedule.window);
    nominalDay * DAY_MS + startMs - OPENS_BEFORE_NOMINAL_START_AT_MOST < toMillis;
    nominalDay += 7
  ) {
    const cached = weekOn(schedule, nominalDay);
    if (cached !== null && cached.week.startMillis < toMillis && cached.week.endMillis > fromMillis) {
      found.push((cached.upgradeWindow ??= new ComputedUpgradeWindow(cached.week, schedule.timeZone)));
    }
  }
  return found;
}
