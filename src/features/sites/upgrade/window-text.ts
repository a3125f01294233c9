import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { findTimeSlot } from '@/domain/time-slots';
import { weekdayName, weekdayNumberFromApi } from '@/domain/weekdays';

/** "Tuesday 02:00 – 04:00": a window's day and slot, as the forms name them. */
export function windowText({ day, start, end }: Pick<MaintenanceWindow, 'day' | 'start' | 'end'>): string {
  return `${weekdayName(weekdayNumberFromApi(day))} ${findTimeSlot({ start, end })?.label ?? `${start} – ${end}`}`;
}

/** "Tue 02:00 – 04:00": the same, short enough for a column of a dense table. */
export function shortWindowText({
  day,
  start,
  end,
}: Pick<MaintenanceWindow, 'day' | 'start' | 'end'>): string {
  return `${weekdayName(weekdayNumberFromApi(day)).slice(0, 3)} ${findTimeSlot({ start, end })?.label ?? `${start} – ${end}`}`;
}
