import type { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, dayNumberOfIsoDate, isoDateOfDay } from './clock-time';
import { epochMillisOf } from './schedule-instants';
import type { UpgradeFreeze } from './upgrade-freezes';

/*
 * The rules an account's list of freezes must keep to be saved (DOMAIN.md, "Upgrade freezes"),
 * as one pure function the contract, the mocked backend and the form can all call. The engine
 * itself answers for any well-formed list; these rules are about what an administrator may save.
 */

/** A freeze lasts at most this many days, both ends counted. */
export const MAX_FREEZE_DAYS = 60;

/**
 * The last clocks on Earth to finish a date are 12 h behind UTC (Etc/GMT+12; no zone in use
 * today is further west), so a date is over everywhere once UTC reads 12:00 the day after.
 */
const LAST_CLOCKS_BEHIND_UTC_MS = 12 * HOUR_MS;

export type UpgradeFreezeProblemCode =
  /** The name is empty: explanations name the freeze ("in the Year-end freeze"). */
  | 'FREEZE_NAME_REQUIRED'
  /** A date is not a real "yyyy-MM-dd" date. */
  | 'FREEZE_DATE_INVALID'
  | 'FREEZE_ENDS_BEFORE_START'
  /** Longer than MAX_FREEZE_DAYS. */
  | 'FREEZE_TOO_LONG'
  /** Shares a date with another freeze of the list. */
  | 'FREEZES_OVERLAP'
  /** Wholly in the past and not one already saved: a past freeze may be kept or deleted, not created. */
  | 'FREEZE_IN_PAST';

export interface UpgradeFreezeProblem {
  readonly code: UpgradeFreezeProblemCode;
  /** The freeze's position in the list checked. */
  readonly index: number;
  /** The field to show the message at. */
  readonly field: keyof UpgradeFreeze;
  readonly message: string;
  /** FREEZES_OVERLAP: the position of the earlier freeze it overlaps. */
  readonly otherIndex?: number;
}

export interface UpgradeFreezeCheckOptions {
  /** The instant of the check: what is past depends on it. */
  readonly now: DateTime;
  /**
   * The freezes as saved before this change. One of them kept as it was (same name and dates)
   * may be wholly past; a new or changed freeze may not.
   */
  readonly saved?: readonly UpgradeFreeze[];
}

const sameFreeze = (one: UpgradeFreeze, other: UpgradeFreeze) =>
  one.name === other.name && one.startDate === other.startDate && one.endDate === other.endDate;

/** The instant a freeze ending on `lastDay` is over in every zone: no site can still be in it. */
const overEverywhereAt = (lastDay: number) => (lastDay + 1) * DAY_MS + LAST_CLOCKS_BEHIND_UTC_MS;

/**
 * True once the freeze's last date is over in every zone (a screen can offer only Delete then).
 * @throws ScheduleInputError INVALID_DATETIME / OUT_OF_RANGE when `now` is not a valid DateTime
 */
export function isFreezeOver(freeze: Pick<UpgradeFreeze, 'endDate'>, now: DateTime): boolean {
  const lastDay = dayNumberOfIsoDate(freeze.endDate);
  return lastDay !== null && epochMillisOf(now, 'now') >= overEverywhereAt(lastDay);
}

/** The first clocks on Earth to reach a date are 14 h ahead of UTC (Pacific/Kiritimati). */
const FIRST_CLOCKS_AHEAD_OF_UTC_MS = 14 * HOUR_MS;

/** Where a freeze stands at an instant, all zones together. */
export type FreezeState =
  /** No site's clock has reached its first date yet. */
  | 'upcoming'
  /** Some site's clock may read one of its dates: from the first clocks ahead to the last behind. */
  | 'in-effect'
  /** Its last date is over in every zone (isFreezeOver). */
  | 'over';

/**
 * Whether a freeze is upcoming, in effect somewhere, or over everywhere at `now`.
 * @throws ScheduleInputError INVALID_DATETIME / OUT_OF_RANGE when `now` is not a valid DateTime
 */
export function freezeStateAt(
  freeze: Pick<UpgradeFreeze, 'startDate' | 'endDate'>,
  now: DateTime,
): FreezeState {
  if (isFreezeOver(freeze, now)) return 'over';
  const firstDay = dayNumberOfIsoDate(freeze.startDate);
  const reachedAt =
    firstDay === null ? Number.POSITIVE_INFINITY : firstDay * DAY_MS - FIRST_CLOCKS_AHEAD_OF_UTC_MS;
  return epochMillisOf(now, 'now') >= reachedAt ? 'in-effect' : 'upcoming';
}

/**
 * "yyyy-MM-dd": the date the clocks furthest behind read at `now`, the earliest date a freeze can
 * still end on without being over everywhere.
 * @throws ScheduleInputError INVALID_DATETIME / OUT_OF_RANGE when `now` is not a valid DateTime
 */
export function earliestDateUnderWay(now: DateTime): string {
  return isoDateOfDay(Math.floor((epochMillisOf(now, 'now') - LAST_CLOCKS_BEHIND_UTC_MS) / DAY_MS));
}

/** How many dates a freeze covers, both ends counted; null when a date is not a real date. */
export function freezeLengthInDays(freeze: Pick<UpgradeFreeze, 'startDate' | 'endDate'>): number | null {
  const firstDay = dayNumberOfIsoDate(freeze.startDate);
  const lastDay = dayNumberOfIsoDate(freeze.endDate);
  return firstDay === null || lastDay === null ? null : lastDay - firstDay + 1;
}

/**
 * What one freeze's dates say about themselves, whatever the clock and the other freezes: real
 * dates, the end not before the start, at most MAX_FREEZE_DAYS. Part of `upgradeFreezeProblems`,
 * apart so that a schema without a clock can check it too.
 */
export function freezeDateProblems(
  freeze: Pick<UpgradeFreeze, 'startDate' | 'endDate'>,
  index = 0,
): UpgradeFreezeProblem[] {
  const problems: UpgradeFreezeProblem[] = [];
  const problem = (code: UpgradeFreezeProblemCode, field: keyof UpgradeFreeze, message: string) =>
    problems.push({ code, index, field, message });
  const firstDay = dayNumberOfIsoDate(freeze.startDate);
  const lastDay = dayNumberOfIsoDate(freeze.endDate);
  if (firstDay === null) problem('FREEZE_DATE_INVALID', 'startDate', 'The start is not a valid date.');
  if (lastDay === null) problem('FREEZE_DATE_INVALID', 'endDate', 'The end is not a valid date.');
  if (firstDay === null || lastDay === null) return problems;
  const days = lastDay - firstDay + 1;
  if (days < 1) problem('FREEZE_ENDS_BEFORE_START', 'endDate', 'The end is before the start.');
  else if (days > MAX_FREEZE_DAYS) {
    problem(
      'FREEZE_TOO_LONG',
      'endDate',
      `A freeze lasts at most ${MAX_FREEZE_DAYS} days; this one lasts ${days}.`,
    );
  }
  return problems;
}

/**
 * Every reason the list of freezes cannot be saved, in list order; empty when it can.
 * @throws ScheduleInputError INVALID_DATETIME / OUT_OF_RANGE when `now` is not a valid DateTime
 */
export function upgradeFreezeProblems(
  freezes: readonly UpgradeFreeze[],
  { now, saved = [] }: UpgradeFreezeCheckOptions,
): UpgradeFreezeProblem[] {
  const problems: UpgradeFreezeProblem[] = [];
  const nowMillis = epochMillisOf(now, 'now');
  const wellFormed: { index: number; firstDay: number; lastDay: number }[] = [];
  freezes.forEach((freeze, index) => {
    const problem = (code: UpgradeFreezeProblemCode, field: keyof UpgradeFreeze, message: string) =>
      problems.push({ code, index, field, message });
    if (freeze.name.trim() === '') problem('FREEZE_NAME_REQUIRED', 'name', 'A freeze needs a name.');
    problems.push(...freezeDateProblems(freeze, index));
    const firstDay = dayNumberOfIsoDate(freeze.startDate);
    const lastDay = dayNumberOfIsoDate(freeze.endDate);
    if (firstDay === null || lastDay === null || lastDay < firstDay) return;
    if (nowMillis >= overEverywhereAt(lastDay) && !saved.some((before) => sameFreeze(before, freeze))) {
      problem('FREEZE_IN_PAST', 'endDate', 'The freeze is over: a past freeze can be deleted, not added.');
    }
    wellFormed.push({ index, firstDay, lastDay });
  });
  for (const [position, freeze] of wellFormed.entries()) {
    const earlier = wellFormed
      .slice(0, position)
      .find((other) => other.firstDay <= freeze.lastDay && freeze.firstDay <= other.lastDay);
    if (earlier !== undefined) {
      const name = freezes[earlier.index]?.name ?? '';
      problems.push({
        code: 'FREEZES_OVERLAP',
        index: freeze.index,
        field: 'startDate',
        message: `The freeze overlaps ${name.trim() === '' ? 'another freeze' : `the ${name} freeze`}.`,
        otherIndex: earlier.index,
      });
    }
  }
  return problems.sort((one, other) => one.index - other.index);
}
