// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TIME_ZONES, timeZoneArb } from './testing/schedule-arbitraries';
import { ProbedZoneOffsets, probeZone } from './zone-probe';
import { isInZoneTable, tabledZoneOffsets, ZONE_TABLE_TZ_VERSION } from './zone-table';
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
      });

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

      it('keeps the changes that fall on the edges of the table and of its years', () => {
        // Both edges: 1970-01-01 and 2100-01-01 UTC; a change exactly at a year's start.
        for (const instant of [Date.UTC(1970, 0, 1), Date.UTC(2100, 0, 1), Date.UTC(2000, 0, 1)]) {
          for (const timeZone of ['Europe/London', 'Pacific/Apia', 'America/Santiago']) {
            const from = instant - 3 * 86_400_000;
            const to = instant + 3 * 86_400_000;
            expect(tabled(timeZone).transitionsBetween(from, to)).toEqual(
              probeZone(timeZone).transitionsBetween(from, to),
            );
          }
        }
      });
    },
  );
});
