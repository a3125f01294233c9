import { MINUTES_PER_DAY, formatClockTime } from './clock-time';

/** One of the 24 two-hour choices of the Maintenance Window form. */
export interface TimeSlot {
  /** "HH:mm", on the hour. */
  readonly start: string;
  /** "HH:mm", two hours later; "00:00" and "01:00" for the slots that end the next day. */
  readonly end: string;
  /** "01:00 – 03:00" (en dash), as the form lists it. */
  readonly label: string;
  /** True for 22:00 and 23:00: the slot ends on the day after the day it is named for. */
  readonly crossesMidnight: boolean;
}

/** Slots are two hours long and start on the hour; the last ones cross midnight. */
export const SLOT_LENGTH_HOURS = 2;
const SLOT_LENGTH_MINUTES = SLOT_LENGTH_HOURS * 60;

export const TIME_SLOTS: readonly TimeSlot[] = Array.from({ length: 24 }, (_, hour) => {
  const startMinutes = hour * 60;
  const endMinutes = (startMinutes + SLOT_LENGTH_MINUTES) % MINUTES_PER_DAY;
  const start = formatClockTime(startMinutes);
  const end = formatClockTime(endMinutes);
  return {
    start,
    end,
    label: `${start} \u2013 ${end}`,
    // end <= start is how a window says it ends the next day (22:00-00:00 included).
    crossesMidnight: endMinutes <= startMinutes,
  };
});

/**
 * The catalogue slot with exactly this start and end ("HH:mm"), or undefined when the pair is
 * not one of the 24 (a custom window from the API, say).
 */
export function findTimeSlot(times: { readonly start: string; readonly end: string }): TimeSlot | undefined {
  return TIME_SLOTS.find((slot) => slot.start === times.start && slot.end === times.end);
}

/** The end of the catalogue slot that starts at `start` ("13:00" -> "15:00", "23:00" -> "01:00"). */
export function slotEndOf(start: string): string | undefined {
  return TIME_SLOTS.find((slot) => slot.start === start)?.end;
}
