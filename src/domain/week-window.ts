import { DAY_MS } from './clock-time';
import type { ParsedWeeklySlot } from './weekly-slot';
import { MAX_ABS_OFFSET_MS, type OffsetsOverSpan, type ZoneOffsets } from './zone-offsets';

/** One week's window in plain numbers (epoch and local-epoch ms): what the public objects are built from. */
export interface WeekWindow {
  /** Day number (days since 1970-01-01 in the site's calendar) of the day the slot is named for. */
  readonly nominalDay: number;
  /** The wall-clock readings the slot names: [nominalStartReading, nominalEndReading). */
  readonly nominalStartReading: number;
  readonly nominalEndReading: number;
  readonly startMillis: number;
  readonly endMillis: number;
  readonly offsetAtStart: number;
  readonly offsetAtEnd: number;
  /** The zone's offsets over the span scanned for the window, which holds all of it. */
  readonly offsets: OffsetsOverSpan;
}

/**
 * The rule (DOMAIN.md): the window of day d runs from the first instant at which the site's clock
 * reads a time in [d start, end) to the last such instant. When no instant does, the week has
 * none, and the answer says why (missingWindowIn).
 *
 * While an offset o holds, the clock reads t + o, which lies in [a, b) exactly for
 * t in [a - o, b - o). So the window is the hull of those intervals, each clipped to the stretch of
 * time its offset holds. No Luxon local->UTC resolution is involved: Luxon shifts a skipped time
 * forward by the gap and picks one of two repeated times, and neither is the rule.
 */
export function weekWindowOn(
  zone: ZoneOffsets,
  slot: ParsedWeeklySlot,
  nominalDay: number,
): WeekWindow | MissingWindow {
  const a = nominalDay * DAY_MS + slot.startMs;
  const b = nominalDay * DAY_MS + slot.endMs;
  // The clock reads within [a, b) only within the largest offset of those readings taken as UTC.
  const scanFrom = a - MAX_ABS_OFFSET_MS;
  const scanTo = b + MAX_ABS_OFFSET_MS;
  const offsets = zone.offsetsBetween(scanFrom, scanTo);
  const { transitions } = offsets;

  let offset = offsets.offsetAtFrom;
  let stretchStart = scanFrom;
  let startMillis = Number.POSITIVE_INFINITY;
  let endMillis = Number.NEGATIVE_INFINITY;
  let offsetAtStart = 0;
  let offsetAtEnd = 0;
  for (let index = 0; index <= transitions.length; index += 1) {
    const transition = transitions[index];
    const stretchEnd = transition === undefined ? scanTo : transition.at;
    const first = Math.max(stretchStart, a - offset);
    const last = Math.min(stretchEnd, b - offset);
    if (first < last) {
      // Stretches come in time order: the first non-empty one opens the window (at the jump
      // itself when the start time was skipped), the last one closes it (after a fall-back the
      // clock can show the slot's times a second time, and the window lasts until then).
      if (first < startMillis) {
        startMillis = first;
        offsetAtStart = offset;
      }
      endMillis = last;
      // Closing exactly at a transition (spring-forward past the end) shows the new offset.
      offsetAtEnd = last === stretchEnd && transition !== undefined ? transition.offsetAfter : offset;
    }
    if (transition !== undefined) {
      offset = transition.offsetAfter;
      stretchStart = transition.at;
    }
  }
  if (startMillis === Number.POSITIVE_INFINITY) return missingWindowIn(zone, offsets, nominalDay, slot);
  return {
    nominalDay,
    nominalStartReading: a,
    nominalEndReading: b,
    startMillis,
    endMillis,
    offsetAtStart,
    offsetAtEnd,
    offsets,
  };
}

/** Why a week has no window: the clock change that jumped over the slot, and whether the whole date went with it. */
export interface MissingWindow {
  readonly jumpAtMillis: number;
  readonly dateSkipped: boolean;
}

/**
 * For a week where weekWindowOn found no window. The clock never read [a, b), yet it read times
 * before a earlier and at or after b later; readings only fall back, never jump backwards over
 * two hours and then climb through [a, b) unseen, so one transition took the clock from a reading
 * at or before a straight to one at or after b. That transition is the jump; when its skipped
 * readings cover the whole date (Samoa's 2011-12-30), the date never existed there.
 */
function missingWindowIn(
  zone: ZoneOffsets,
  offsets: OffsetsOverSpan,
  nominalDay: number,
  slot: ParsedWeeklySlot,
): MissingWindow {
  const dayStart = nominalDay * DAY_MS;
  const a = dayStart + slot.startMs;
  const b = dayStart + slot.endMs;
  const jump = offsets.transitions.find(
    (transition) =>
      transition.at + transition.offsetBefore <= a && transition.at + transition.offsetAfter >= b,
  );
  if (jump === undefined)
    throw new Error(`No clock jump explains the missing window in ${zone.timeZone}: engine bug.`);
  return {
    jumpAtMillis: jump.at,
    dateSkipped: jump.at + jump.offsetBefore <= dayStart && jump.at + jump.offsetAfter >= dayStart + DAY_MS,
  };
}

/**
 * The site-local days a window touches, as pairs of first and last day number, flattened: a day
 * is touched when some instant of [start, end) reads it on the site's clock (DOMAIN.md, "Upgrade
 * freezes"). A window from 23:00 to 01:00 touches two days; one ending at 00:00 does not touch
 * the next. One pair per stretch of constant offset inside the window, since after a clock
 * change the readings can go back to the day before (a fall-back just after midnight).
 */
export function localDayRangesOf(week: WeekWindow): number[] {
  const { startMillis, endMillis } = week;
  const ranges: number[] = [];
  const addStretch = (from: number, to: number, offset: number) => {
    // Readings [from + offset, to + offset); to is exclusive, and instants are whole milliseconds.
    ranges.push(Math.floor((from + offset) / DAY_MS), Math.floor((to - 1 + offset) / DAY_MS));
  };
  let from = startMillis;
  let offset = week.offsetAtStart;
  for (const transition of week.offsets.transitions) {
    if (transition.at <= startMillis) continue;
    if (transition.at >= endMillis) break;
    addStretch(from, transition.at, offset);
    from = transition.at;
    offset = transition.offsetAfter;
  }
  addStretch(from, endMillis, offset);
  return ranges;
}
