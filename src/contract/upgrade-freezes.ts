import { z } from 'zod';
import { DAY_MS, HOUR_MS } from '@/domain/clock-time';
import { instantSchema, requiredText, versionSchema, whenFieldsAreValid, type FieldError } from './common';
import { visibleTextRules } from './visible-text';

/*
 * Upgrade freezes: named date ranges in which no Socket upgrades. The dates are calendar dates,
 * read in each site's own zone (a window that overlaps a frozen local date of its site does not
 * happen), so they carry no time and no zone. Both dates are included: 18 December - 4 January
 * freezes 18 days.
 *
 * The schema checks what one freeze can tell about itself (a name, real dates, the end not
 * before the start, at most 60 days). `freezeRuleErrors` checks what needs the server's knowledge:
 * the other freezes (no overlap, no two with one name) and the server's clock (not wholly in the
 * past). Both give per-field errors, so a form shows each at its field.
 */

export const FREEZE_NAME_MAX = 100;
/** The longest freeze, both dates included. */
export const MAX_FREEZE_DAYS = 60;

/** "2026-12-18": a calendar date, as each site's clock reads it. */
const isoDateSchema = (label: string) =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `${label} is required.`
        : `${label} must be a real date written as YYYY-MM-DD, such as 2026-12-18.`,
  });

/** GET /api/upgrade-freezes (each item), and the answers of its POST and PUT. */
export const upgradeFreezeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** First frozen date, "YYYY-MM-DD". */
  startDate: z.iso.date(),
  /** Last frozen date, included. */
  endDate: z.iso.date(),
  version: versionSchema,
  updatedAt: instantSchema,
  updatedBy: z.string(),
});
export type UpgradeFreeze = z.infer<typeof upgradeFreezeSchema>;

/** GET /api/upgrade-freezes: every freeze, past ones included, by start date. */
export const upgradeFreezesSchema = z.array(upgradeFreezeSchema);

/** The day number (days since 1970-01-01) of a "YYYY-MM-DD" date: plain arithmetic, no zone. */
export function dayNumberOfDate(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** How many dates the freeze covers, both ends included. */
export function freezeLengthInDays(freeze: { startDate: string; endDate: string }): number {
  return dayNumberOfDate(freeze.endDate) - dayNumberOfDate(freeze.startDate) + 1;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "18 December 2026", for messages. */
export function formatFreezeDate(isoDate: string): string {
  return longDate.format(new Date(dayNumberOfDate(isoDate) * DAY_MS));
}

/** POST /api/upgrade-freezes and PUT /api/upgrade-freezes/:id body (the PUT with If-Match). */
export const upgradeFreezeInputSchema = z
  .strictObject({
    /** Trimmed, judged as people see it, stored composed (NFC), like a site's name. */
    name: z
      .string(requiredText('The name'))
      .trim()
      .min(1, 'Enter a name for the freeze.')
      .superRefine(
        visibleTextRules({
          label: 'The name',
          max: FREEZE_NAME_MAX,
          required: 'Enter a name that can be seen: this one has only spaces or invisible characters.',
        }),
      )
      .transform((name) => name.normalize('NFC')),
    startDate: isoDateSchema('The start date'),
    endDate: isoDateSchema('The end date'),
  })
  .superRefine(
    (freeze, ctx) => {
      const days = freezeLengthInDays(freeze);
      if (days < 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `The end date cannot be before the start date (${formatFreezeDate(freeze.startDate)}).`,
        });
      } else if (days > MAX_FREEZE_DAYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `A freeze lasts at most ${MAX_FREEZE_DAYS} days; this one lasts ${days}.`,
        });
      }
    },
    { when: whenFieldsAreValid('startDate', 'endDate') },
  );
/** What a form or client sends. */
export type UpgradeFreezeInput = z.input<typeof upgradeFreezeInputSchema>;
/** What the backend stores: the name trimmed and composed. */
export type UpgradeFreezeValues = z.output<typeof upgradeFreezeInputSchema>;

/**
 * The date the clocks furthest behind show at `now`: UTC-12 (Etc/GMT+12), the last place on Earth
 * where a date is still today. A freeze whose end date is before it is over on every site's clock.
 */
export function earliestDateOnEarth(now: Date): string {
  return new Date(now.getTime() - 12 * HOUR_MS).toISOString().slice(0, 10);
}

/** True when the freeze is over on every site's clock: it can only be deleted, not saved. */
export function isFreezeOver(freeze: { endDate: string }, now: Date): boolean {
  return freeze.endDate < earliestDateOnEarth(now);
}

interface FreezeRuleContext {
  /** Every other freeze of the account (the one being changed left out). */
  others: readonly Pick<UpgradeFreeze, 'name' | 'startDate' | 'endDate'>[];
  /** The server's clock. */
  now: Date;
}

/**
 * The rules only the backend can check, on valid input: not wholly in the past (a new freeze, or a
 * freeze moved there), no overlap with another freeze, a name no other freeze has (any case).
 * Empty when the freeze may be saved.
 */
export function freezeRuleErrors(
  freeze: UpgradeFreezeValues,
  { others, now }: FreezeRuleContext,
): FieldError[] {
  const errors: FieldError[] = [];
  const name = freeze.name.toLowerCase();
  const namesake = others.find((other) => other.name.toLowerCase() === name);
  if (namesake)
    errors.push({ field: 'name', message: `Another freeze is already named "${namesake.name}".` });

  const earliest = earliestDateOnEarth(now);
  if (freeze.endDate < earliest) {
    errors.push({
      field: 'endDate',
      message: `This freeze would be over on every site's clock: it must end on ${formatFreezeDate(earliest)} or later.`,
    });
    return errors;
  }

  // Both ranges include their ends: a freeze ending 4 January overlaps one starting that day.
  const overlapping = others.find(
    (other) => other.startDate <= freeze.endDate && freeze.startDate <= other.endDate,
  );
  if (overlapping) {
    const startsInside = overlapping.startDate <= freeze.startDate && freeze.startDate <= overlapping.endDate;
    errors.push({
      field: startsInside ? 'startDate' : 'endDate',
      message: `These dates overlap "${overlapping.name}" (${formatFreezeDate(overlapping.startDate)} – ${formatFreezeDate(overlapping.endDate)}): freezes cannot overlap.`,
    });
  }
  return errors;
}
