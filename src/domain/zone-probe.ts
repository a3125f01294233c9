import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './clock-time';
import { ScheduleInputError } from './schedule-errors';
import { MAX_ABS_OFFSET_MS, type OffsetTransition, type ZoneOffsets } from './zone-offsets';

/*
 * A zone's UTC offset as a step function of the instant, found by asking Intl for the offset at
 * chunk boundaries and binary-searching between two boundaries whose offsets differ.
 *
 * Why probing: neither Intl nor Luxon exposes a zone's transitions, and the engine must agree
 * with the Intl data the browser (and Luxon) uses.
 *
 * The one assumption: no zone changes its offset twice within one chunk. Two changes that cancel
 * out (A -> B -> A) inside a chunk would be invisible at its ends. In tzdata from 1800 to 2200 the
 * closest two offset changes of any zone are 3.99 days apart (Africa/Freetown, 1939); since 1970,
 * 6.96 days (Brazil's Noronha/Recife/Boa_Vista in October 2000, Gaza's predicted Ramadan breaks).
 * Three days leaves a margin and keeps a year at ~122 probes. Should a zone ever break it, a
 * change that does not cancel is still found (the search below recurses), and the property tests
 * against the minute-by-minute oracle are there to notice.
 */
const CHUNK_MS = 3 * DAY_MS;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/** A zone's chunk caches are dropped past this many chunks (~400 years) to bound memory. */
const MAX_CHUNKS_PER_ZONE = 50_000;

const NO_TRANSITIONS: readonly OffsetTransition[] = Object.freeze([]);

const GMT_OFFSET = /^([+\-\u2212])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads the offset out of a "longOffset" rendering such as "14 GMT+05:45" or "3 GMT". */
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

/** The offsets of one zone, probed lazily and cached chunk by chunk. */
export class ProbedZoneOffsets implements ZoneOffsets {
  readonly timeZone: string;
  readonly #formatter: Intl.DateTimeFormat;
  readonly #boundaryOffsets = new Map<number, number>();
  readonly #chunkTransitions = new Map<number, readonly OffsetTransition[]>();
  readonly #offsetOfText = new Map<string, number>();

  constructor(timeZone: string, formatter: Intl.DateTimeFormat) {
    this.timeZone = timeZone;
    this.#formatter = formatter;
  }

  /** The offset (ms) in force at an instant. */
  offsetAt(instant: number): number {
    const chunk = Math.floor(instant / CHUNK_MS);
    let offset = this.#boundaryOffset(chunk);
    for (const transition of this.#transitionsInChunk(chunk)) {
      if (transition.at > instant) break;
      offset = transition.offsetAfter;
    }
    return offset;
  }

  /** Transitions strictly inside (from, to), in order. */
  transitionsBetween(from: number, to: number): OffsetTransition[] {
    const found: OffsetTransition[] = [];
    const lastChunk = Math.floor(to / CHUNK_MS);
    for (let chunk = Math.floor(from / CHUNK_MS); chunk <= lastChunk; chunk += 1) {
      for (const transition of this.#transitionsInChunk(chunk)) {
        if (transition.at > from && transition.at < to) found.push(transition);
      }
    }
    return found;
  }

  #probe(instant: number): number {
    const formatted = this.#formatter.format(instant);
    // A zone shows a handful of distinct texts ("1 GMT+09:00"...): each is read once.
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

  #boundaryOffset(chunk: number): number {
    let offset = this.#boundaryOffsets.get(chunk);
    if (offset === undefined) {
      if (this.#boundaryOffsets.size >= MAX_CHUNKS_PER_ZONE) this.#boundaryOffsets.clear();
      offset = this.#probe(chunk * CHUNK_MS);
      this.#boundaryOffsets.set(chunk, offset);
    }
    return offset;
  }

  /** Transitions at instants in (chunk start, chunk end]. */
  #transitionsInChunk(chunk: number): readonly OffsetTransition[] {
    let transitions = this.#chunkTransitions.get(chunk);
    if (transitions === undefined) {
      const from = chunk * CHUNK_MS;
      const to = from + CHUNK_MS;
      const offsetAtFrom = this.#boundaryOffset(chunk);
      const offsetAtTo = this.#boundaryOffset(chunk + 1);
      transitions =
        offsetAtFrom === offsetAtTo
          ? NO_TRANSITIONS
          : this.#findTransitions(from, offsetAtFrom, to, offsetAtTo);
      if (this.#chunkTransitions.size >= MAX_CHUNKS_PER_ZONE) this.#chunkTransitions.clear();
      this.#chunkTransitions.set(chunk, transitions);
    }
    return transitions;
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
      // Nearly every change falls on a quarter hour UTC: bisect on that grid (9 probes over a
      // chunk instead of 18), then one probe tells whether the change is exactly on the grid point.
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
    // Only the offset is read. Intl requires some date field besides the zone name: an hour is
    // the cheapest to render. en-US writes Latin digits and "GMT".
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      timeZoneName: 'longOffset',
    });
    return new ProbedZoneOffsets(timeZone, formatter);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ScheduleInputError('UNKNOWN_TIME_ZONE', `Unknown time zone ${JSON.stringify(timeZone)}.`);
  }
}
