import type { WeekdayNumbers } from 'luxon';

/** The names the forms show. */
export type WeekdayName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** The enum the vendor API uses. */
export type ApiWeekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export interface Weekday {
  /** ISO weekday, as Luxon numbers it: 1 = Monday ... 7 = Sunday. */
  readonly number: WeekdayNumbers;
  readonly name: WeekdayName;
  readonly apiName: ApiWeekday;
}

/** Monday first, as ISO 8601 and Luxon order the week. */
export const WEEKDAYS: readonly Weekday[] = [
  { number: 1, name: 'Monday', apiName: 'MONDAY' },
  { number: 2, name: 'Tuesday', apiName: 'TUESDAY' },
  { number: 3, name: 'Wednesday', apiName: 'WEDNESDAY' },
  { number: 4, name: 'Thursday', apiName: 'THURSDAY' },
  { number: 5, name: 'Friday', apiName: 'FRIDAY' },
  { number: 6, name: 'Saturday', apiName: 'SATURDAY' },
  { number: 7, name: 'Sunday', apiName: 'SUNDAY' },
];

/** The API's enum in ISO order, for schemas: the one list the contract and the forms use. */
export const API_WEEKDAYS = WEEKDAYS.map((weekday) => weekday.apiName) as [ApiWeekday, ...ApiWeekday[]];

export function isWeekdayNumber(value: unknown): value is WeekdayNumbers {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

export function isApiWeekday(value: unknown): value is ApiWeekday {
  return WEEKDAYS.some((weekday) => weekday.apiName === value);
}

export function isWeekdayName(value: unknown): value is WeekdayName {
  return WEEKDAYS.some((weekday) => weekday.name === value);
}

function weekdayByNumber(number: WeekdayNumbers): Weekday {
  const weekday = WEEKDAYS[number - 1];
  // Unreachable for a WeekdayNumbers; guards callers that bypass the type (JSON, JS).
  if (weekday === undefined) throw new RangeError(`Not an ISO weekday: ${String(number)}`);
  return weekday;
}

export function weekdayName(number: WeekdayNumbers): WeekdayName {
  return weekdayByNumber(number).name;
}

export function apiWeekday(number: WeekdayNumbers): ApiWeekday {
  return weekdayByNumber(number).apiName;
}

export function weekdayNumberFromName(name: WeekdayName): WeekdayNumbers {
  const weekday = WEEKDAYS.find((candidate) => candidate.name === name);
  if (weekday === undefined) throw new RangeError(`Not a weekday name: ${String(name)}`);
  return weekday.number;
}

export function weekdayNumberFromApi(apiName: ApiWeekday): WeekdayNumbers {
  const weekday = WEEKDAYS.find((candidate) => candidate.apiName === apiName);
  if (weekday === undefined) throw new RangeError(`Not an API weekday: ${String(apiName)}`);
  return weekday.number;
}
