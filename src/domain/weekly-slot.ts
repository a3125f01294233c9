import type { WeekdayNumbers } from 'luxon';
import { MINUTE_MS, parseClockTime } from './clock-time';
import { ScheduleInputError } from './schedule-errors';
import { isWeekdayNumber } from './weekdays';

/**
 * When Sockets may upgrade: a day of the week and a time slot, read on each site's own wall
 * clock. `end <= start` means the slot ends on the next day. (The contract's MaintenanceWindow is
 * the account's saved setting; this is the rule the engine applies, for the account or a site.)
 */
export interface WeeklySlot {
  /** ISO weekday the window starts on: 1 = Monday ... 7 = Sunday. */
  readonly day: WeekdayNumbers;
  /** "HH:mm" wall-clock time. */
  readonly start: string;
  /** "HH:mm" wall-clock time. */
  readonly end: string;
}

/** A validated slot, also in plain numbers. */
export interface ParsedWeeklySlot extends WeeklySlot {
  readonly startMs: number;
  /** From midnight of the start day, so past 24 h when the window crosses midnight. */
  readonly endMs: number;
}

export function parseWeeklySlot(slot: WeeklySlot): ParsedWeeklySlot {
  if (typeof slot !== 'object' || slot === null) {
    throw new ScheduleInputError('INVALID_WINDOW', 'A maintenance window { day, start, end } is required.');
  }
  const { day, start, end } = slot;
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
