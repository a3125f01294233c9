import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './clock-time';
import { ScheduleInputError } from './schedule-errors';
import {
  MAX_ABS_OFFSET_MS,
  type OffsetsOverSpan,
  type OffsetTransition,
  type ZoneOffsets,
} from './zone-offsets';

/*
 * A zone's UTC offset as a step function of the instant, found by asking Intl for the offset at
 * both ends of the span a caller asks about and binary-searching between two ends that differ.
 *
 * Why probing: neither Intl nor Luxon exposes a zone's transitions, and the engine must agree
 * with the Intl data the browser (and Luxon) uses.
 *
 * The one assumption: no zone changes its offset twice within one span of at most three days.
 * Two changes that cancel out (A -> B -> A) inside a span would be invisible at its ends. In
 * tzdata from 1800 to 2200 the closest two offset changes of any zone are 3.99 days apart
 * (Africa/Freetown, 1939); since 1970, 6.96 days (Brazil's Noronha/Recife/Boa_Vista in October
 * 2000, Gaza's predicted Ramadan breaks). The engine asks about one week's window at a time, a
 * span of 38 hours (the slot and 18 hours either side), so a year costs two probes a week; a
 * longer span is cut into pieces of three days, and a span starting off the quarter-hour grid
 * starts its first piece at the grid point below. Should a zone ever break the assumption, a change
 * that does not cancel is still found (the search below recurses), and the property tests
 * against the minute-by-minute oracle are there to notice.
 */
const MAX_SPAN_MS = 3 * DAY_MS;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

const NO_TRANSITIONS: readonly OffsetTransition[] = Object.freeze([]);

const GMT_OFFSET = /^([+\-\u2212])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads the offset out of a "longOffset" rendering such as "30 GMT+05:45", or "GMT" alone for UTC. */
function parseGmtOffset(formatted: string, timeZone: string): number {
  const gmt = formatted.lastIndexOf('GMT');
  const text = gmt < 0 ? null : formatted.slice(gmt + 3);
  if (text === '') return 0;
  const match = text === null ? null : GMT_OFFSET.exec(text);
  if (match === null) {
    throw new Error(`Cannot read a UTC offset from ${JSON.stringify(formatted)} (${timeZone}).`);
  }
  const magnitude =
    Number(match[2]) * HOUR_MS + Number(match[3]) * MINUTE_MS + Number(match[4] ?? 0) * SECOND_MS;
  return match[1] === '+' ? magnitude : -magnitude;
}

/**
 * The offsets of one zone, read from Intl on demand. Nothing is remembered but the offset each
 * text stands for: the engine keeps what it works out from the offsets, so it asks about each
 * week's span once.
 */
export class ProbedZoneOffsets implements ZoneOffsets {
  readonly timeZone: string;
  readonly #formatter: Intl.DateTimeFormat;
  readonly #offsetOfText = new Map<string, number>();

  constructor(timeZone: string, formatter: Intl.DateTimeFormat) {
    this.timeZone = timeZone;
    this.#formatter = formatter;
  }

  /** The offset (ms) in force at an instant. */
  offsetAt(instant: number): number {
    return this.#probe(instant);
  }

  /** The offset at `from` and the transitions strictly inside (from, to), in order. */
  offsetsBetween(from: number, to: number): OffsetsOverSpan {
    let transitions: OffsetTransition[] | undefined;
    // Pieces end on the quarter-hour grid the search below bisects on; the engine's spans
    // usually lie on it, so the first piece's start is `from` itself.
    const end = Math.ceil(to / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    let low = Math.floor(from / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    let offsetAtLow = this.#probe(low);
    // Moved only by changes at or before `from`: the offset in force at `from`.
    let offsetAtFrom = offsetAtLow;
    do {
      const high = Math.min(low + MAX_SPAN_MS, end);
      const offsetAtHigh = this.#probe(high);
      if (offsetAtHigh !== offsetAtLow) {
        for (const transition of this.#findTransitions(low, offsetAtLow, high, offsetAtHigh)) {
          if (transition.at <= from) offsetAtFrom = transition.offsetAfter;
          else if (transition.at < to) (transitions ??= []).push(transition);
        }
      }
      low = high;
      offsetAtLow = offsetAtHigh;
    } while (low < end);
    return { offsetAtFrom, transitions: transitions ?? NO_TRANSITIONS };
  }

  #probe(instant: number): number {
    const formatted = this.#formatter.format(instant);
    // A zone shows few distinct texts (the minute, 0-59, before each of its offsets): each is parsed once.
    let offset = this.#offsetOfText.get(formatted);
    if (offset === undefined) {
      offset = parseGmtOffset(formatted, this.timeZone);
      if (Math.abs(offset) >= MAX_ABS_OFFSET_MS) {
        throw new Error(
          `${this.timeZone} has offset ${offset / MINUTE_MS} min at ${new Date(instant).toISOString()}, beyond the engine's ±18 h bound.`,
        );
      }
      this.#offsetOfText.set(formatted, offset);
    }
    return offset;
  }

  /**
   * Where the offset leaves `offsetAtLow`, to the second (tz transitions fall on whole seconds);
   * repeated from there while the offset still differs from the far end's.
   */
  #findTransitions(low: number, offsetAtLow: number, high: number, offsetAtHigh: number) {
    const transitions: OffsetTransition[] = [];
    let searchFrom = low;
    let offsetBefore = offsetAtLow;
    while (offsetBefore !== offsetAtHigh) {
      // Nearly every change falls on a quarter hour UTC: bisect on that grid (8 probes over a
      // week's span instead of 18), then one probe tells whether the change is exactly on the grid point.
      let change = this.#bisect(searchFrom, high, offsetBefore, offsetAtHigh, QUARTER_HOUR_MS);
      const justBefore = change.at - SECOND_MS;
      const offsetJustBefore = this.#probe(justBefore);
      if (offsetJustBefore !== offsetBefore) {
        change = this.#bisect(
          change.at - QUARTER_HOUR_MS,
          justBefore,
          offsetBefore,
          offsetJustBefore,
          SECOND_MS,
        );
      }
      transitions.push({ at: change.at, offsetBefore, offsetAfter: change.offsetAfter });
      searchFrom = change.at;
      offsetBefore = change.offsetAfter;
    }
    return transitions;
  }

  /**
   * Narrows (before, after], where the offset is `offsetBefore` at before and differs at after, to
   * one step of a grid both ends lie on. Returns the end of that step and its offset.
   */
  #bisect(before: number, after: number, offsetBefore: number, offsetAtAfter: number, step: number) {
    let offsetAfter = offsetAtAfter;
    while (after - before > step) {
      const middle = before + Math.floor((after - before) / (2 * step)) * step;
      const offset = this.#probe(middle);
      if (offset === offsetBefore) {
        before = middle;
      } else {
        after = middle;
        offsetAfter = offset;
      }
    }
    return { at: after, offsetAfter };
  }
}

/**
 * The offsets of a zone named as Intl accepts it (current IANA names and old aliases such as
 * Asia/Calcutta alike), probed from the runtime's own time-zone data: the data Luxon formats
 * times with. Building the zone's Intl formatter (~0.13 ms, whatever the options) is most of a
 * cold zone's cost, so callers keep the prober (the engine keeps one per zone).
 * Throws ScheduleInputError UNKNOWN_TIME_ZONE.
 */
export function probeZone(timeZone: string): ProbedZoneOffsets {
  // An absent timeZone would silently mean the host's zone: refuse it before Intl sees it.
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new ScheduleInputError('UNKNOWN_TIME_ZONE', 'A site time zone (an IANA name) is required.');
  }
  try {
    // Only the offset is read. Intl requires some date field besides the zone name: the minute
    // renders about 10 % faster than the hour or a date. en-US writes Latin digits and "GMT".
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      minute: 'numeric',
      timeZoneName: 'longOffset',
    });
    return new ProbedZoneOffsets(timeZone, formatter);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ScheduleInputError('UNKNOWN_TIME_ZONE', `Unknown time zone ${JSON.stringify(timeZone)}.`);
  }
}
