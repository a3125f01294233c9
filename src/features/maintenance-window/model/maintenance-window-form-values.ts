import { z } from 'zod';
import type { MaintenanceWindow, MaintenanceWindowInput } from '@/contract/maintenance-window';
import { API_WEEKDAYS } from '@/domain/weekdays';
import { findTimeSlot, TIME_SLOTS } from '@/domain/time-slots';

/**
 * What the form edits: the API's weekday ("SATURDAY") and the start of one of the 24 two-hour
 * slots ("23:00"). An empty string is "nothing chosen", which only happens when the saved window
 * is not one of the slots the form offers.
 */
export const maintenanceWindowFormSchema = z.object({
  day: z.enum(API_WEEKDAYS, { error: 'Choose the day of the week.' }),
  timeSlot: z
    .string()
    .refine((start) => TIME_SLOTS.some((slot) => slot.start === start), { error: 'Choose a time slot.' }),
  /**
   * The version these values were loaded from, sent as If-Match; never edited. Kept in the form
   * (like a hidden input) so it moves together with the values it belongs to.
   */
  version: z.int(),
});

export type MaintenanceWindowFormValues = z.input<typeof maintenanceWindowFormSchema>;

export function toFormValues(maintenanceWindow: MaintenanceWindow): MaintenanceWindowFormValues {
  // A window saved outside the console (another client, an older rule) may not be one of the
  // 24 slots: leave the slot unchosen rather than pretend it is the nearest one.
  const timeSlot = findTimeSlot(maintenanceWindow)?.start ?? '';
  return { day: maintenanceWindow.day, timeSlot, version: maintenanceWindow.version };
}

export function toMaintenanceWindowInput(
  values: Pick<MaintenanceWindowFormValues, 'day' | 'timeSlot'>,
): MaintenanceWindowInput {
  const slot = TIME_SLOTS.find((candidate) => candidate.start === values.timeSlot);
  if (slot === undefined) throw new RangeError(`Not a time slot: ${values.timeSlot}`);
  return { day: values.day, start: slot.start, end: slot.end };
}

/** Server field names ("start", "end") to the form field that shows them. */
export function formFieldOf(serverField: string): 'day' | 'timeSlot' | 'root' {
  if (serverField === 'day') return 'day';
  if (serverField === 'start' || serverField === 'end') return 'timeSlot';
  return 'root';
}
