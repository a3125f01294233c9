import { z } from 'zod';
import { TIME_SLOTS } from '@/domain/time-slots';
import { instantSchema, requiredText, versionSchema, whenFieldsAreValid } from './common';

/** In ISO order: `WEEKDAYS.indexOf(day) + 1` is the ISO weekday (1 = Monday) the engine uses. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export const weekdaySchema = z.enum(WEEKDAYS, { error: 'Choose a day of the week, from MONDAY to SUNDAY.' });
export type Weekday = z.infer<typeof weekdaySchema>;

export function isoWeekday(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1;
}

/** Slots are two hours long and start on the hour; the last ones cross midnight. */
export const SLOT_HOURS = 2;

/** The 24 choices, "00:00 – 02:00" ... "23:00 – 01:00": the form's catalogue is the contract's. */
export { TIME_SLOTS };

/** "03:00" for "01:00", "01:00" for "23:00". */
export function slotEnd(start: string): string {
  const hour = (Number(start.slice(0, 2)) + SLOT_HOURS) % 24;
  return `${String(hour).padStart(2, '0')}:00`;
}

const wallClockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/** GET /api/account/maintenance-window, and the 200 of its PUT. Local time of each site. */
export const maintenanceWindowSchema = z.object({
  day: weekdaySchema,
  start: z.string().regex(wallClockTime),
  end: z.string().regex(wallClockTime),
  version: versionSchema,
  updatedAt: instantSchema,
  /** The name of the person who saved it last. */
  updatedBy: z.string(),
});
export type MaintenanceWindow = z.infer<typeof maintenanceWindowSchema>;

/** PUT /api/account/maintenance-window body (If-Match: the version edited). */
export const maintenanceWindowInputSchema = z
  .strictObject({
    day: weekdaySchema,
    start: z
      .string(requiredText('The start time'))
      .regex(/^([01]\d|2[0-3]):00$/, 'The window starts on the hour: choose a start from 00:00 to 23:00.'),
    end: z.string(requiredText('The end time')).regex(wallClockTime, 'Give the end time as HH:mm.'),
  })
  .superRefine(
    (window, ctx) => {
      const expected = slotEnd(window.start);
      if (window.end !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `A window lasts ${SLOT_HOURS} hours: starting at ${window.start}, it ends at ${expected}.`,
        });
      }
    },
    { when: whenFieldsAreValid('start', 'end') },
  );
export type MaintenanceWindowInput = z.infer<typeof maintenanceWindowInputSchema>;
