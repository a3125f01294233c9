import { DateTime } from 'luxon';
import { ScheduleInputError } from './schedule-errors';

/** Instants the engine answers for: wide enough for any release or calendar the console shows. */
export const SUPPORTED_FROM_MILLIS = Date.UTC(1800, 0, 1);
export const SUPPORTED_UNTIL_MILLIS = Date.UTC(2500, 0, 1);

/** Epoch millis of a valid Luxon DateTime in the supported years; its zone plays no part. */
export function epochMillisOf(value: DateTime, name: string): number {
  if (!DateTime.isDateTime(value)) {
    throw new ScheduleInputError('INVALID_DATETIME', `${name} must be a Luxon DateTime.`);
  }
  if (!value.isValid) {
    throw new ScheduleInputError(
      'INVALID_DATETIME',
      `${name} is an invalid DateTime (${value.invalidReason ?? 'unknown reason'}).`,
    );
  }
  const millis = value.toMillis();
  if (millis < SUPPORTED_FROM_MILLIS || millis >= SUPPORTED_UNTIL_MILLIS) {
    throw new ScheduleInputError(
      'OUT_OF_RANGE',
      `${name} (${new Date(millis).toISOString()}) is outside the supported years 1800-2499.`,
    );
  }
  return millis;
}
