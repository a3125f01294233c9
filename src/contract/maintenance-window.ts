import { z } from 'zod';
import { SLOT_LENGTH_HOURS, slotEndOf } from '@/domain/time-slots';
import { API_WEEKDAYS } from '@/domain/weekdays';
import { instantSchema, requiredText, versionSchema, whenFieldsAreValid } from './common';

export const weekdaySchema = z.enum(API_WEEKDAYS, {
  error: 'Choose a day of the week, from MONDAY to SUNDAY.',
});
export type Weekday = z.infer<typeof weekdaySchema>;

/** The 24 choices, "00:00 – 02:00" ... "23:00 – 01:00": the form's catalogue is the contract's. */
export { TIME_SLOTS } from '@/domain/time-slots';

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

/*
 * A stored window that starts and ends at the same time has no length, so no upgrade time can be
 * worked out for any site. The response is still accepted (the form must load it so an
 * administrator can choose a slot and save it again); the screens that compute schedules ask this
 * first and say it once, rather than "not known" on every site.
 */
export function storedWindowProblem(window: Pick<MaintenanceWindow, 'start' | 'end'>): string | undefined {
  if (window.start !== window.end) return undefined;
  return `The saved maintenance window starts and ends at ${window.start}, so no upgrade time can be worked out. Choose a day and a time slot in System Settings and save it again.`;
}

/** PUT /api/account/maintenance-window body (If-Match: the version edited). */
export const maintenanceWindowInputSchema = z
  .strictObject(
    {
      day: weekdaySchema,
      start: z
        .string(requiredText('The start time'))
        .regex(/^([01]\d|2[0-3]):00$/, 'The window starts on the hour: choose a start from 00:00 to 23:00.'),
      end: z.string(requiredText('The end time')).regex(wallClockTime, 'Give the end time as HH:mm.'),
    },
    // A site's window (./site-window.ts) is this object or null: say what is expected when it is neither.
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'Give the window as { day, start, end }.' : undefined,
    },
  )
  .superRefine(
    (window, ctx) => {
      const expected = slotEndOf(window.start);
      if (expected !== undefined && window.end !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `A window lasts ${SLOT_LENGTH_HOURS} hours: starting at ${window.start}, it ends at ${expected}.`,
        });
      }
    },
    { when: whenFieldsAreValid('start', 'end') },
  );
export type MaintenanceWindowInput = z.infer<typeof maintenanceWindowInputSchema>;
