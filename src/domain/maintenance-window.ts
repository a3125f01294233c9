import type { WeekdayNumbers } from 'luxon';
import { MINUTE_MS, parseClockTime } from './clock-time';
import { ScheduleInputError } from './schedule-errors';
import { isWeekdayNumber } from './weekdays';

/**
 * When Sockets may upgrade, in each site's own wall-clock time.
 * `end <= start` means the window ends on the next day.
 */
export interface MaintenanceWindow {
  /** ISO weekday the window starts on: 1 = Monday ... 7 = Sunday. */
  readonly day: WeekdayNumbers;
  /** "HH:mm" wall-clock time. */
  readonly start: string;
  /** "HH:mm" wall-clock time. */
  readonly end: string;
}

/** A validated window, also in plain numbers. */
export interface ParsedMaintenanceWindow extends MaintenanceWindow {
  readonly startMs: number;
  /** From midnight of the start day, so past 24 h when the window crosses midnight. */
  readonly endMs: number;
}

export function parseMaintenanceWindow(window: MaintenanceWindow): ParsedMaintenanceWindow {
  if (typeof window !== 'object' || window === null) {
    throw new ScheduleInputError('INVALID_WINDOW', 'A maintenance window { day, start, end } is required.');
  }
  const { day, start, end } = window;
  if (!isWeekdayNumber(day)) {
    throw new ScheduleInputError(
      'INVALID_WEEKDAY',
      `Maintenance window day must be an ISO weekday 1 (Monday) to 7 (Sunday), got ${String(day)}.`,
    );
  }
  const startMinutes = parseClockTime(start);
  const endMinutes = parseClockTime(end);
  if (startMinutes === null || endMinutes === null) {
    throw new ScheduleInputError(
      'INVALID_TIME',
      `Maintenance window times must be "HH:mm" from 00:00 to 23:59, got start ${JSON.stringify(start)} and end ${JSON.stringify(end)}.`,
    );
  }
  if (startMinutes === endMinutes) {
    // end <= start means "next day", so equal times would be a 24-hour window: refuse rather
    // than guess whether the caller meant empty or all day.
    throw new ScheduleInputError(
      'EMPTY_WINDOW',
      `Maintenance window start and end are both ${start}; they must differ.`,
    );
  }
  const endDayMinutes = endMinutes < startMinutes ? endMinutes + 24 * 60 : endMinutes;
  return { day, start, end, startMs: startMinutes * MINUTE_MS, endMs: endDayMinutes * MINUTE_MS };
}
