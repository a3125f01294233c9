import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  earliestDateUnderWay,
  freezeDateProblems,
  upgradeFreezeProblems,
  type UpgradeFreezeProblem,
} from '@/domain/upgrade-freeze-rules';
import type { UpgradeFreeze as DomainUpgradeFreeze } from '@/domain/upgrade-freezes';
import { instantSchema, requiredText, versionSchema, whenFieldsAreValid, type FieldError } from './common';
import { visibleTextRules } from './visible-text';

/*
 * Upgrade freezes: named date ranges in which no Socket upgrades. The dates are calendar dates,
 * read in each site's own zone (a window that overlaps a frozen local date of its site does not
 * happen), so they carry no time and no zone. Both dates are included: 18 December - 4 January
 * freezes 18 days.
 *
 * The rules themselves are the domain's (`upgradeFreezeProblems`, MAX_FREEZE_DAYS): this module
 * only says which of them the schema checks (what one freeze tells about itself) and which need
 * the server's knowledge (the other freezes, the clock), and words each problem for its field.
 */

export const FREEZE_NAME_MAX = 100;

/** "2026-12-18": a calendar date, as each site's clock reads it. */
const isoDateSchema = (label: string) =>
  z.iso.date({
    // An empty date field sends "": a person left it out, whatever the wire format.
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? `Enter ${label.toLowerCase()}.`
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
/** A freeze as the server keeps it: the domain's freeze with its id and version. */
export type StoredUpgradeFreeze = z.infer<typeof upgradeFreezeSchema>;

/** GET /api/upgrade-freezes: every freeze, past ones included, by start date. */
export const upgradeFreezesSchema = z.array(upgradeFreezeSchema);

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "18 December 2026", for the messages of the contract, which the server sends as well. */
export function formatFreezeDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00.000Z`));
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
      for (const problem of freezeDateProblems(freeze)) {
        const message = dateProblemMessage(problem, freeze);
        if (message) ctx.addIssue({ code: 'custom', path: [problem.field], message });
      }
    },
    { when: whenFieldsAreValid('startDate', 'endDate') },
  );
/** What a form or client sends. */
export type UpgradeFreezeInput = z.input<typeof upgradeFreezeInputSchema>;
/** What the backend stores: the name trimmed and composed. */
export type UpgradeFreezeValues = z.output<typeof upgradeFreezeInputSchema>;

interface FreezeRuleContext {
  /** Every other freeze of the account (the one being changed left out). */
  others: readonly Pick<StoredUpgradeFreeze, 'name' | 'startDate' | 'endDate'>[];
  /** The freeze as saved before this change, when it is a change: kept as it was, it may be past. */
  before?: Pick<StoredUpgradeFreeze, 'name' | 'startDate' | 'endDate'>;
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
  { others, before, now }: FreezeRuleContext,
): FieldError[] {
  const errors: FieldError[] = [];
  const name = freeze.name.toLowerCase();
  const namesake = others.find((other) => other.name.toLowerCase() === name);
  if (namesake)
    errors.push({ field: 'name', message: `Another freeze is already named "${namesake.name}".` });

  // The freeze checked last: an overlap is reported at the later freeze, naming the earlier.
  const candidate = others.length;
  const problems = upgradeFreezeProblems([...others, freeze], {
    now: DateTime.fromJSDate(now, { zone: 'utc' }),
    saved: before ? [...others, before] : others,
  }).filter((problem) => problem.index === candidate);
  for (const problem of problems) {
    const error = ruleError(problem, freeze, others, now);
    if (error) errors.push(error);
  }
  return errors;
}

/** The schema's words for a problem with the dates themselves (undefined for one it words itself). */
function dateProblemMessage(
  problem: UpgradeFreezeProblem,
  freeze: Pick<DomainUpgradeFreeze, 'startDate'>,
): string | undefined {
  if (problem.code === 'FREEZE_ENDS_BEFORE_START')
    return `The end date cannot be before the start date (${formatFreezeDate(freeze.startDate)}).`;
  // "A freeze lasts at most 60 days; this one lasts 61.": the domain's words say it all.
  if (problem.code === 'FREEZE_TOO_LONG') return problem.message;
  return undefined;
}

/** The server's words, at the field a person would change, for a rule the schema cannot check. */
function ruleError(
  problem: UpgradeFreezeProblem,
  freeze: Pick<DomainUpgradeFreeze, 'startDate'>,
  others: FreezeRuleContext['others'],
  now: Date,
): FieldError | undefined {
  if (problem.code === 'FREEZE_IN_PAST') {
    const earliest = earliestDateUnderWay(DateTime.fromJSDate(now, { zone: 'utc' }));
    return {
      field: 'endDate',
      message: `This freeze would be over on every site's clock: it must end on ${formatFreezeDate(earliest)} or later.`,
    };
  }
  const other = problem.otherIndex === undefined ? undefined : others[problem.otherIndex];
  if (problem.code === 'FREEZES_OVERLAP' && other) {
    // Shown at the date that falls inside the other freeze; at the end when neither does.
    const startsInside = other.startDate <= freeze.startDate && freeze.startDate <= other.endDate;
    return {
      field: startsInside ? 'startDate' : 'endDate',
      message: `These dates overlap "${other.name}" (${formatFreezeDate(other.startDate)} – ${formatFreezeDate(other.endDate)}): freezes cannot overlap.`,
    };
  }
  return undefined;
}
