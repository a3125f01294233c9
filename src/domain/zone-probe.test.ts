// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { luxonOffsetChanges, timeZoneArb } from './testing/schedule-arbitraries';
import { probeZone } from './zone-probe';

const MINUTE = 60_000;

describe('zone offset transitions probed from Intl', () => {
  const zoneOffsetsFor = probeZone;

  function transitionsIn(timeZone: string, from: string, to: string) {
    return zoneOffsetsFor(timeZone)
      .offsetsBetween(Date.parse(from), Date.parse(to))
      .transitions.map((t) => [
        new Date(t.at).toISOString(),
        t.offsetBefore / MINUTE,
        t.offsetAfter / MINUTE,
      ]);
  }

  it('finds London 2026 clock changes to the second', () => {
    expect(transitionsIn('Europe/London', '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual([
      ['2026-03-29T01:00:00.000Z', 0, 60], // 01:00 GMT -> 02:00 BST
      ['2026-10-25T01:00:00.000Z', 60, 0], // 02:00 BST -> 01:00 GMT
    ]);
  });

  it('finds Lord Howe half-hour changes', () => {
    expect(transitionsIn('Australia/Lord_Howe', '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual([
      ['2026-04-04T15:00:00.000Z', 660, 630], // 02:00 +11 -> 01:30 +10:30
      ['2026-10-03T15:30:00.000Z', 630, 660], // 02:00 +10:30 -> 02:30 +11
    ]);
  });

  it('finds Samoa skipping a whole day', () => {
    expect(transitionsIn('Pacific/Apia', '2011-12-01T00:00Z', '2012-01-31T00:00Z')).toEqual([
      ['2011-12-30T10:00:00.000Z', -600, 840], // Thu 29 Dec 24:00 -10 -> Sat 31 Dec 00:00 +14
    ]);
  });

  it('finds offsets with seconds (Monrovia, 1972)', () => {
    expect(transitionsIn('Africa/Monrovia', '1971-06-01T00:00Z', '1972-06-01T00:00Z')).toEqual([
      ['1972-01-07T00:44:30.000Z', -44.5, 0], // 00:00 -00:44:30 -> 00:44:30 GMT
    ]);
  });

  it('finds no change in a zone without any (Asia/Kathmandu since 1986)', () => {
    expect(transitionsIn('Asia/Kathmandu', '2000-01-01T00:00Z', '2030-01-01T00:00Z')).toEqual([]);
    expect(zoneOffsetsFor('Asia/Kathmandu').offsetAt(Date.parse('2026-06-01T00:00Z'))).toBe(345 * MINUTE);
  });

  it("gives the offset at a span's start, a change exactly there included", () => {
    const london = zoneOffsetsFor('Europe/London');
    const change = Date.parse('2026-03-29T01:00:00Z');
    expect(london.offsetsBetween(change, change + 6 * 3_600_000)).toEqual({
      offsetAtFrom: 60 * MINUTE,
      transitions: [],
    });
    expect(london.offsetsBetween(change - 1_000, change + 6 * 3_600_000)).toEqual({
      offsetAtFrom: 0,
      transitions: [{ at: change, offsetBefore: 0, offsetAfter: 60 * MINUTE }],
    });
    // Monrovia's 1972 change is off the quarter-hour grid: between the grid point below the
    // span's start and the start itself.
    const monrovia = Date.parse('1972-01-07T00:44:30Z');
    expect(zoneOffsetsFor('Africa/Monrovia').offsetsBetween(monrovia + 10_000, monrovia + 60_000)).toEqual({
      offsetAtFrom: 0,
      transitions: [],
    });
  });

  it('agrees with Luxon on any span, on the quarter-hour grid or off it', () => {
    fc.assert(
      fc.property(
        timeZoneArb,
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1_000, max: Date.UTC(2200, 0, 1) / 1_000 }),
        fc.integer({ min: 1, max: 10 * 24 * 3_600 }),
        (timeZone, fromSeconds, lengthSeconds) => {
          const from = fromSeconds * 1_000;
          const to = from + lengthSeconds * 1_000;
          const { offsetAtFrom, transitions } = zoneOffsetsFor(timeZone).offsetsBetween(from, to);
          expect(offsetAtFrom / MINUTE).toBe(DateTime.fromMillis(from, { zone: timeZone }).offset);
          expect(transitions.map((t) => t.at)).toEqual(
            luxonOffsetChanges(timeZone, from, to).filter((at) => at < to),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with Luxon on the offset at any instant in any zone', () => {
    fc.assert(
      fc.property(
        timeZoneArb,
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        (timeZone, instant) => {
          expect(zoneOffsetsFor(timeZone).offsetAt(instant) / MINUTE).toBe(
            DateTime.fromMillis(instant, { zone: timeZone }).offset,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the same changes as a 6-hourly Luxon scan over a whole year', () => {
    fc.assert(
      fc.property(timeZoneArb, fc.integer({ min: 1965, max: 2105 }), (timeZone, year) => {
        const from = Date.UTC(year, 0, 1);
        const to = Date.UTC(year + 1, 0, 1);
        const found = zoneOffsetsFor(timeZone)
          .offsetsBetween(from, to)
          .transitions.map((t) => t.at);
        expect(found).toEqual(luxonOffsetChanges(timeZone, from, to));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
