import type { Weekday } from '@/contract/maintenance-window';
import { findTimeSlot } from '@/domain/time-slots';
import { isWeekdayNumber, weekdayName, weekdayNumberFromApi } from '@/domain/weekdays';

/** "Monday" for "MONDAY". */
export function dayLabel(day: Weekday): string {
  return weekdayName(weekdayNumberFromApi(day));
}

/** The day after `day`, for slots that end past midnight ("SUNDAY" -> "Monday"). */
export function nextDayLabel(day: Weekday): string {
  const number = (weekdayNumberFromApi(day) % 7) + 1;
  return isWeekdayNumber(number) ? weekdayName(number) : day;
}

/**
 * "Saturday, 23:00 – 01:00 (ends Sunday)": how a window reads in summaries and the conflict
 * dialog. The day named is the day the slot starts, as in the reference product.
 */
export function describeMaintenanceWindow(window: { day: Weekday; start: string; end: string }): string {
  const slot = findTimeSlot(window);
  const times = slot?.label ?? `${window.start} \u2013 ${window.end}`;
  const crossesMidnight = slot?.crossesMidnight ?? window.end <= window.start;
  return `${dayLabel(window.day)}, ${times}${crossesMidnight ? ` (ends ${nextDayLabel(window.day)})` : ''}`;
}
