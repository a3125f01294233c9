// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeZoneHistory, ZoneHistoryReader, type ZoneHistory } from './zone-table-codec';
import {
  tableYearIndexOf,
  tableYearStart,
  ZONE_TABLE_FROM_MILLIS,
  ZONE_TABLE_UNTIL_MILLIS,
} from './zone-table-range';

const SECOND = 1_000;

/** Histories as tz makes them: whole seconds, a few distinct offsets, changes in the table's years. */
const historyArb: fc.Arbitrary<ZoneHistory> = fc
  .record({
    offsets: fc.uniqueArray(fc.integer({ min: -64_000, max: 64_000 }), { minLength: 1, maxLength: 6 }),
    instants: fc.uniqueArray(
      fc.integer({ min: ZONE_TABLE_FROM_MILLIS / SECOND, max: ZONE_TABLE_UNTIL_MILLIS / SECOND - 1 }),
      { maxLength: 40 },
    ),
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ offsets, instants, picks }) => {
    const seconds = offsets.map((offset) => offset * SECOND);
    const initialOffset = seconds[0] ?? 0;
    let before = initialOffset;
    const transitions = [...instants]
      .sort((a, b) => a - b)
      .map((instant, index) => {
        const after = seconds[(picks[index] ?? 0) % seconds.length] ?? 0;
        const transition = { at: instant * SECOND, offsetBefore: before, offsetAfter: after };
        before = after;
        return transition;
      });
    return { initialOffset, transitions };
  });

function readAll(encoded: string): ZoneHistory['transitions'] {
  const reader = new ZoneHistoryReader(encoded);
  const found: ZoneHistory['transitions'][number][] = [];
  for (let yearIndex = 0; tableYearStart(yearIndex) < ZONE_TABLE_UNTIL_MILLIS; yearIndex += 1) {
    const year = reader.year(yearIndex);
    let offsetBefore = year.offsetBefore;
    year.changeAt.forEach((at, index) => {
      const offsetAfter = year.offsetAfter[index] ?? NaN;
      found.push({ at, offsetBefore, offsetAfter });
      offsetBefore = offsetAfter;
    });
  }
  return found;
}

describe('zone table encoding', () => {
  it('reads back every history it writes, year by year', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        expect(readAll(encodeZoneHistory(history))).toEqual(history.transitions);
        expect(new ZoneHistoryReader(encodeZoneHistory(history)).year(0).offsetBefore).toBe(
          history.initialOffset,
        );
      }),
    );
  });

  it('keeps changes on the first instant of the table and of a year, and on its last second', () => {
    const transitions = [
      { at: ZONE_TABLE_FROM_MILLIS, offsetBefore: -3_600_000, offsetAfter: 0 },
      { at: Date.UTC(2001, 0, 1), offsetBefore: 0, offsetAfter: 1_800_000 },
      { at: ZONE_TABLE_UNTIL_MILLIS - SECOND, offsetBefore: 1_800_000, offsetAfter: 0 },
    ];
    const encoded = encodeZoneHistory({ initialOffset: -3_600_000, transitions });
    expect(readAll(encoded)).toEqual(transitions);
    const reader = new ZoneHistoryReader(encoded);
    expect(reader.year(0).offsetBefore).toBe(-3_600_000);
    expect(reader.year(31).offsetBefore).toBe(0); // 2001: just before its first instant
    expect(reader.year(32).offsetBefore).toBe(1_800_000);
  });

  it('writes London 2026 as documented', () => {
    const encoded = encodeZoneHistory({
      initialOffset: 0,
      transitions: [
        { at: Date.parse('2026-03-29T01:00Z'), offsetBefore: 0, offsetAfter: 3_600_000 },
        { at: Date.parse('2026-10-25T01:00Z'), offsetBefore: 3_600_000, offsetAfter: 0 },
      ],
    });
    expect(encoded.split('|')[0]).toBe('0,2s0');
    expect(encoded.split('|')[1]?.split(';')[2026 - 1970]).toBe('0 4h6s01 fa2s00');
  });

  it('refuses what it cannot write exactly', () => {
    const at = Date.parse('2026-03-29T01:00Z');
    expect(() =>
      encodeZoneHistory({
        initialOffset: 0,
        transitions: [{ at: at + 1, offsetBefore: 0, offsetAfter: 3_600_000 }],
      }),
    ).toThrow(/whole second/);
    expect(() =>
      encodeZoneHistory({ initialOffset: 0, transitions: [{ at, offsetBefore: 0, offsetAfter: 3_600_500 }] }),
    ).toThrow(/whole seconds/);
    expect(() =>
      encodeZoneHistory({
        initialOffset: 0,
        transitions: [{ at: ZONE_TABLE_UNTIL_MILLIS, offsetBefore: 0, offsetAfter: 3_600_000 }],
      }),
    ).toThrow(/after the table/);
  });

  it('reports damaged text instead of reading wrong offsets', () => {
    const good = encodeZoneHistory({ initialOffset: 0, transitions: [] });
    expect(() => new ZoneHistoryReader('0')).toThrow(/Malformed/);
    expect(() => new ZoneHistoryReader(good.replace(';', ''))).toThrow(/Malformed/); // a year short
    expect(() => new ZoneHistoryReader(`${good};0`)).toThrow(/Malformed/); // a year too many
    expect(() => new ZoneHistoryReader(good.replace('|0;', '|0 zz9;')).year(0)).toThrow(/Malformed/);
  });

  it('finds the year of any instant of the table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: ZONE_TABLE_FROM_MILLIS, max: ZONE_TABLE_UNTIL_MILLIS - 1 }),
        (instant) => {
          expect(tableYearIndexOf(instant)).toBe(new Date(instant).getUTCFullYear() - 1970);
        },
      ),
    );
    expect(tableYearIndexOf(Date.UTC(2100, 0, 1) - 1)).toBe(129);
    expect(tableYearIndexOf(Date.UTC(2001, 0, 1))).toBe(31);
    expect(tableYearIndexOf(Date.UTC(2001, 0, 1) - 1)).toBe(30);
  });
});
