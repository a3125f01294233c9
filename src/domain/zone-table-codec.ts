import { SECOND_MS } from './clock-time';
import type { OffsetTransition } from './zone-offsets';
import { tableYearStart, ZONE_TABLE_YEAR_COUNT } from './zone-table-range';

/*
 * One zone's offsets over the table's years, as text small enough to ship for every zone
 * (1970-2099, all zones: ~23 kB gzip). tz offsets and transitions fall on whole seconds, so
 * everything is counted in seconds, in base 36:
 *
 *   "<offsets, comma-separated>|<year>;<year>;...;<year>"   (one <year> per table year)
 *   <year> = <offset digit> then, per transition, " <seconds since the year's start><offset digit>"
 *
 * An offset digit is an index into the offset list: the first says the offset in force just
 * before the year starts, the others the offset from each transition on. London, offsets "0,2s0"
 * (0 and 3,600 s), in 2026: "0 4h6s01 fa2s00": GMT at new year; 7,520,400 s in (29 March
 * 01:00 UTC) to offset 1, +1 h; 25,664,400 s in (25 October 01:00 UTC) back to offset 0.
 *
 * Years are separate so that a question about 2026 decodes 2026, not 130 years: a cold run
 * decodes a year of every zone, and that must cost microseconds.
 */

/** What the generator encodes: the offset in force before the table starts, and every change. */
export interface ZoneHistory {
  readonly initialOffset: number;
  /** Every offset change in the table's years, in order. */
  readonly transitions: readonly OffsetTransition[];
}

/** A zone's offsets may take at most this many distinct values (one base-36 digit). */
const MAX_OFFSETS = 36;

export function encodeZoneHistory(history: ZoneHistory): string {
  const offsets = [history.initialOffset];
  const digitOf = (offset: number): string => {
    if (offset % SECOND_MS !== 0) throw new Error(`Offset ${offset} ms is not whole seconds.`);
    let index = offsets.indexOf(offset);
    if (index < 0) index = offsets.push(offset) - 1;
    if (index >= MAX_OFFSETS) throw new Error(`More than ${MAX_OFFSETS} distinct offsets.`);
    return index.toString(36);
  };
  const years: string[] = [];
  let offset = history.initialOffset;
  let next = 0;
  for (let year = 0; year < ZONE_TABLE_YEAR_COUNT; year += 1) {
    const yearStart = tableYearStart(year);
    const yearEnd = tableYearStart(year + 1);
    let text = digitOf(offset);
    for (let transition = history.transitions[next]; transition !== undefined && transition.at < yearEnd;) {
      if (transition.at < yearStart || transition.at % SECOND_MS !== 0) {
        throw new Error(`Transition at ${transition.at} is out of order or not on a whole second.`);
      }
      text += ` ${((transition.at - yearStart) / SECOND_MS).toString(36)}${digitOf(transition.offsetAfter)}`;
      offset = transition.offsetAfter;
      next += 1;
      transition = history.transitions[next];
    }
    years.push(text);
  }
  if (next !== history.transitions.length) throw new Error('Transitions after the table years.');
  return `${offsets.map((value) => (value / SECOND_MS).toString(36)).join(',')}|${years.join(';')}`;
}

/** One year of a zone, decoded. */
export interface DecodedYear {
  /** The offset (ms) in force just before the year starts. */
  readonly offsetBefore: number;
  /** Instants (epoch ms) of the year's offset changes, ascending. */
  readonly changeAt: readonly number[];
  /** The offset (ms) from each change on. */
  readonly offsetAfter: readonly number[];
}

const SPACE = 32;

/** Value of a base-36 digit's character code (0-9, a-z); NaN for anything else. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return NaN;
}

function malformed(encoded: string): Error {
  return new Error(`Malformed zone history ${JSON.stringify(encoded.slice(0, 40))}...`);
}

/** Reads a zone's encoded history year by year, each year on first need. */
export class ZoneHistoryReader {
  readonly #encoded: string;
  readonly #offsets: readonly number[];
  /** Where each year's text starts in the encoded string. */
  readonly #yearStarts: Int32Array;
  readonly #years: (DecodedYear | undefined)[];
  readonly #onDecode: ((yearIndex: number) => void) | undefined;

  /** `onDecode` hears of each year the first time it is read (zone-transitions.ts checks them). */
  constructor(encoded: string, onDecode?: (yearIndex: number) => void) {
    this.#encoded = encoded;
    this.#onDecode = onDecode;
    const bar = encoded.indexOf('|');
    this.#offsets = encoded
      .slice(0, Math.max(bar, 0))
      .split(',')
      .map((text) => parseInt(text, 36) * SECOND_MS);
    if (bar < 0 || this.#offsets.some(Number.isNaN)) throw malformed(encoded);
    this.#yearStarts = new Int32Array(ZONE_TABLE_YEAR_COUNT + 1);
    let position = bar + 1;
    for (let year = 0; year < ZONE_TABLE_YEAR_COUNT; year += 1) {
      if (position <= 0) throw malformed(encoded);
      this.#yearStarts[year] = position;
      position = encoded.indexOf(';', position) + 1;
    }
    if (position !== 0) throw malformed(encoded); // more years than the table's
    this.#yearStarts[ZONE_TABLE_YEAR_COUNT] = encoded.length + 1;
    this.#years = new Array<DecodedYear | undefined>(ZONE_TABLE_YEAR_COUNT);
  }

  year(index: number): DecodedYear {
    let year = this.#years[index];
    if (year === undefined) {
      year = this.#decodeYear(index);
      this.#years[index] = year;
      this.#onDecode?.(index);
    }
    return year;
  }

  #decodeYear(index: number): DecodedYear {
    const encoded = this.#encoded;
    const start = this.#yearStarts[index] ?? NaN;
    const end = (this.#yearStarts[index + 1] ?? NaN) - 1;
    const offsetBefore = this.#offsets[digitValue(encoded.charCodeAt(start))];
    if (offsetBefore === undefined || !(end > start)) throw malformed(encoded);
    const yearStart = tableYearStart(index);
    const changeAt: number[] = [];
    const offsetAfter: number[] = [];
    let value = 0;
    let lastDigit = NaN;
    // Each token is the seconds' digits then one offset digit: value = seconds * 36 + digit.
    for (let position = start + 2; position <= end; position += 1) {
      const code = position < end ? encoded.charCodeAt(position) : SPACE;
      if (code !== SPACE) {
        lastDigit = digitValue(code);
        value = value * 36 + lastDigit;
        continue;
      }
      const offset = this.#offsets[lastDigit];
      if (offset === undefined || Number.isNaN(value)) throw malformed(encoded);
      changeAt.push(yearStart + ((value - lastDigit) / 36) * SECOND_MS);
      offsetAfter.push(offset);
      value = 0;
      lastDigit = NaN;
    }
    return { offsetBefore, changeAt, offsetAfter };
  }
}
