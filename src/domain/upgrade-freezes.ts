import { DAY_MS, dayNumberOfIsoDate } from './clock-time';
import { ScheduleInputError } from './schedule-errors';
import { SUPPORTED_FROM_MILLIS, SUPPORTED_UNTIL_MILLIS } from './schedule-instants';

/**
 * A named stretch of calendar dates in which no site upgrades (DOMAIN.md, "Upgrade freezes").
 * The dates are local dates, read in each site's own zone: a freeze of 24-26 December holds
 * from midnight on the 24th in Tokyo and from midnight on the 24th in New York alike.
 */
export interface UpgradeFreeze {
  /** Shown to people: "Year-end". */
  readonly name: string;
  /** "yyyy-MM-dd", the first frozen date. */
  readonly startDate: string;
  /** "yyyy-MM-dd", the last frozen date (inclusive). */
  readonly endDate: string;
}

/** A freeze in the engine's plain day numbers (days since 1970-01-01 in the site's calendar). */
export interface ParsedFreeze {
  readonly name: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** The freezes a question was asked with, checked, in the order given. */
export interface ParsedFreezes {
  readonly freezes: readonly ParsedFreeze[];
  /** Tells one list of freezes from another, for the engine's answers cache. */
  readonly key: string;
}

const FIRST_SUPPORTED_DAY = Math.floor(SUPPORTED_FROM_MILLIS / DAY_MS);
const LAST_SUPPORTED_DAY = Math.floor(SUPPORTED_UNTIL_MILLIS / DAY_MS) - 1;

function invalid(message: string): never {
  throw new ScheduleInputError('INVALID_FREEZE', message);
}

function supportedDayOf(text: unknown, what: string): number {
  const day = dayNumberOfIsoDate(text);
  if (day === null) invalid(`${what} must be a "yyyy-MM-dd" date, got ${JSON.stringify(text)}.`);
  if (day < FIRST_SUPPORTED_DAY || day > LAST_SUPPORTED_DAY) {
    invalid(`${what} (${String(text)}) is outside the supported years 1800-2499.`);
  }
  return day;
}

/**
 * What the engine needs to answer under freezes: well-formed dates, an end not before the start.
 * The rules for saving a freeze (60 days at most, no overlaps, not wholly past) are
 * `upgradeFreezeProblems`'s: the engine answers for any well-formed list, overlapping or long.
 * Null when there are none, so that a question without freezes costs what it always did.
 * @throws ScheduleInputError INVALID_FREEZE
 */
export function parseUpgradeFreezes(freezes: unknown): ParsedFreezes | null {
  if (freezes === undefined) return null;
  if (!Array.isArray(freezes)) invalid('freezes must be a list of { name, startDate, endDate }.');
  if (freezes.length === 0) return null;
  const parsed = freezes.map((freeze: unknown, index): ParsedFreeze => {
    const what = `freezes[${index}]`;
    if (typeof freeze !== 'object' || freeze === null)
      invalid(`${what} must be { name, startDate, endDate }.`);
    const { name, startDate, endDate } = freeze as Partial<Record<keyof UpgradeFreeze, unknown>>;
    if (typeof name !== 'string') invalid(`${what}.name must be a string.`);
    const firstDay = supportedDayOf(startDate, `${what}.startDate`);
    const lastDay = supportedDayOf(endDate, `${what}.endDate`);
    if (lastDay < firstDay)
      invalid(`${what} ends (${String(endDate)}) before it starts (${String(startDate)}).`);
    return { name, firstDay, lastDay };
  });
  return {
    freezes: parsed,
    key: JSON.stringify(parsed.map(({ name, firstDay, lastDay }) => [name, firstDay, lastDay])),
  };
}

/**
 * The freeze that holds a window back, given the local days the window touches (pairs of first
 * and last day, flattened): the one covering its earliest frozen day; of freezes covering that
 * same day (the saving rules forbid it, the engine does not), the first listed. Null if none.
 */
export function freezeCovering(freezes: ParsedFreezes, dayRanges: readonly number[]): ParsedFreeze | null {
  let found: ParsedFreeze | null = null;
  let foundDay = Number.POSITIVE_INFINITY;
  for (let index = 0; index < dayRanges.length; index += 2) {
    const first = dayRanges[index] ?? 0;
    const last = dayRanges[index + 1] ?? -1;
    for (const freeze of freezes.freezes) {
      const from = Math.max(first, freeze.firstDay);
      if (from <= Math.min(last, freeze.lastDay) && from < foundDay) {
        found = freeze;
        foundDay = from;
      }
    }
  }
  return found;
}
