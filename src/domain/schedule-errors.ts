/** Why the schedule engine refused its input. The UI can map each code to a field message. */
export type ScheduleInputErrorCode =
  | 'UNKNOWN_TIME_ZONE'
  | 'INVALID_WINDOW'
  | 'INVALID_WEEKDAY'
  | 'INVALID_TIME'
  | 'EMPTY_WINDOW'
  | 'INVALID_DATETIME'
  | 'OUT_OF_RANGE'
  | 'INVALID_RANGE'
  | 'INVALID_FREEZE';

/**
 * Thrown for input the engine cannot answer for. The engine never guesses: a bad zone, slot or
 * instant is an error, not a silently wrong window.
 */
export class ScheduleInputError extends Error {
  readonly code: ScheduleInputErrorCode;

  constructor(code: ScheduleInputErrorCode, message: string) {
    super(message);
    this.name = 'ScheduleInputError';
    this.code = code;
  }
}
