// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TIME_ZONES, timeZoneArb } from './testing/schedule-arbitraries';
import { ProbedZoneOffsets, probeZone } from './zone-probe';
import type { ZoneOffsets } from './zone-offsets';
import { isInZoneTable, TabledZoneOffsets, tabledZoneOffsets, ZONE_TABLE_TZ_VERSION } from './zone-table';
import { encodeZoneHistory } from './zone-table-codec';
import { ZONE_TABLE_FROM_MILLIS, ZONE_TABLE_UNTIL_MILLIS } from './zone-table-range';
import { sameOffsets } from './zone-table-check';
import { clearZoneCaches, runtimeTzVersion, zoneOffsetsFor, zoneTableUseFor } from './zone-transitions';

const tabled = (timeZone: string) => {
  const offsets = tabledZoneOffsets(timeZone, () => probeZone(timeZone));
  if (offsets === undefined) throw new Error(`${timeZone} is not in the table`);
  return offsets;
};

afterEach(() => clearZoneCaches({ tableUse: zoneTableUseFor(runtimeTzVersion()) }));

describe('zone table', () => {
  it('holds every zone the runtime lists, the current names and old aliases', () => {
    expect(ALL_TIME_ZONES.filter((timeZone) => !isInZoneTable(timeZone))).toEqual([]);
    for (const alias of ['US/Eastern', 'Asia/Calcutta', 'Europe/Kiev', 'EST5EDT', 'Etc/GMT-14']) {
      expect(isInZoneTable(alias)).toBe(true);
    }
    expect(isInZoneTable('Mars/Olympus_Mons')).toBe(false);
    expect(isInZoneTable('asia/tokyo')).toBe(false); // other spellings are probed, as Intl allows
  });

  it('is used as is when the runtime holds its tz release, checked when it does not say, else not used', () => {
    expect(zoneTableUseFor(ZONE_TABLE_TZ_VERSION)).toBe('trusted');
    expect(zoneTableUseFor(undefined)).toBe('checked');
    expect(zoneTableUseFor('2019a')).toBe('off');

    clearZoneCaches({ tableUse: 'off' });
    expect(zoneOffsetsFor('Asia/Tokyo')).toBeInstanceOf(ProbedZoneOffsets);
    clearZoneCaches({ tableUse: 'trusted' });
    expect(zoneOffsetsFor('Asia/Tokyo')).not.toBeInstanceOf(ProbedZoneOffsets);
    expect(zoneOffsetsFor('asia/tokyo')).toBeInstanceOf(ProbedZoneOffsets);
  });

  it('splits questions across its edges between the table and the runtime, losing no change', () => {
    // No real zone changes on a year's first instant or on the table's edges: a made-up one does.
    const hour = 3_600_000;
    const atFrom = { at: ZONE_TABLE_FROM_MILLIS, offsetBefore: -hour, offsetAfter: 0 };
    const at2001 = { at: Date.UTC(2001, 0, 1), offsetBefore: 0, offsetAfter: hour };
    const lastSecond = { at: ZONE_TABLE_UNTIL_MILLIS - 1_000, offsetBefore: hour, offsetAfter: 2 * hour };
    const before = { at: ZONE_TABLE_FROM_MILLIS - 1_000, offsetBefore: -2 * hour, offsetAfter: -hour };
    const atUntil = { at: ZONE_TABLE_UNTIL_MILLIS, offsetBefore: 2 * hour, offsetAfter: 3 * hour };
    // The runtime holds the same history, and changes at the table's edges on either side.
    const all = [before, atFrom, at2001, lastSecond, atUntil];
    const runtime: ZoneOffsets = {
      timeZone: 'Test/Edges',
      offsetAt: (instant) => all.filter((t) => t.at <= instant).at(-1)?.offsetAfter ?? -2 * hour,
      transitionsBetween: (from, to) => all.filter((t) => t.at > from && t.at < to),
    };
    const encoded = encodeZoneHistory({ initialOffset: -hour, transitions: [atFrom, at2001, lastSecond] });
    const table = new TabledZoneOffsets('Test/Edges', encoded, () => runtime);
    const bounds = all.flatMap(({ at }) => [at - 1_000, at - 1, at, at + 1, at + 1_000]);
    for (const from of bounds) {
      expect(table.offsetAt(from)).toBe(runtime.offsetAt(from));
      for (const to of bounds.filter((to) => to > from)) {
        expect(table.transitionsBetween(from, to)).toEqual(runtime.transitionsBetween(from, to));
      }
    }
  });

  // The table is this runtime's data only if both hold the same tz release; with another
  // release the engine does not use it (above), and `npm run zone-table` rebuilds it.
  describe.runIf(runtimeTzVersion() === ZONE_TABLE_TZ_VERSION)(
    `read from tz ${ZONE_TABLE_TZ_VERSION}`,
    () => {
      it('gives every zone the offsets the runtime gives, 2016 to 2036', () => {
        const from = Date.UTC(2016, 0, 1);
        const to = Date.UTC(2036, 0, 1);
        const differing = ALL_TIME_ZONES.filter(
          (timeZone) => !sameOffsets(tabled(timeZone), probeZone(timeZone), from, to),
        );
        expect(differing).toEqual([]);
      }, 60_000);

      it('gives the runtime offsets over any span, across the table edges too', () => {
        fc.assert(
          fc.property(
            timeZoneArb,
            fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2110, 0, 1) }),
            fc.integer({ min: 1, max: 3 * 365 * 24 }),
            (timeZone, from, hours) => {
              const to = from + hours * 3_600_000;
              const table = tabled(timeZone);
              const runtime = probeZone(timeZone);
              expect(table.transitionsBetween(from, to)).toEqual(runtime.transitionsBetween(from, to));
              expect(table.offsetAt(from)).toBe(runtime.offsetAt(from));
              expect(table.offsetAt(to)).toBe(runtime.offsetAt(to));
            },
          ),
          { numRuns: 300 },
        );
      });
    },
  );
});
