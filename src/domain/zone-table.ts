import { ZoneHistoryReader } from './zone-table-codec';
import { ZONE_TABLE_HISTORIES, ZONE_TABLE_NAMES, ZONE_TABLE_TZ_VERSION } from './zone-table.data';
import { tableYearIndexOf, ZONE_TABLE_FROM_MILLIS, ZONE_TABLE_UNTIL_MILLIS } from './zone-table-range';
import type { OffsetTransition, ZoneOffsets } from './zone-offsets';

/*
 * Zone offsets read from a table built from the tz database (see scripts/generate-zone-table.ts),
 * for the years most questions are about. Why a table: the runtime's Intl is the only other
 * source, and it costs one formatter per zone (~0.13 ms each: ~55 ms for every zone, cold),
 * where decoding a zone's row costs a few microseconds.
 *
 * The table and the runtime can hold different tz releases. In Node the runtime says which it
 * holds, and the table is used only when they are the same; a browser does not say, so there
 * each year of a zone read from the table is later compared with the browser's data
 * (zone-table-check.ts), which wins where they differ.
 */

export { ZONE_TABLE_TZ_VERSION };

let historyIndexByName: Map<string, number> | undefined;

function historyIndexOf(timeZone: string): number | undefined {
  if (historyIndexByName === undefined) {
    historyIndexByName = new Map();
    for (const pair of ZONE_TABLE_NAMES.split(',')) {
      const colon = pair.lastIndexOf(':');
      historyIndexByName.set(pair.slice(0, colon), parseInt(pair.slice(colon + 1), 36));
    }
  }
  return historyIndexByName.get(timeZone);
}

/** Whether the table holds this exact name (aliases included, other spellings not). */
export function isInZoneTable(timeZone: string): boolean {
  return historyIndexOf(timeZone) !== undefined;
}

/**
 * The table's offsets for a zone, falling back to `outside` (created on first need) before 1970
 * and from 2100 on; each year is decoded on first need, and `onYearRead` hears of it. Undefined
 * when the table does not hold the name.
 */
export function tabledZoneOffsets(
  timeZone: string,
  outside: () => ZoneOffsets,
  onYearRead?: (yearIndex: number) => void,
): ZoneOffsets | undefined {
  const index = historyIndexOf(timeZone);
  const encoded = index === undefined ? undefined : ZONE_TABLE_HISTORIES[index];
  return encoded === undefined ? undefined : new TabledZoneOffsets(timeZone, encoded, outside, onYearRead);
}

/** A zone's offsets from one encoded history (zone-table-codec.ts), as the table gives them. */
export class TabledZoneOffsets implements ZoneOffsets {
  readonly timeZone: string;
  readonly #history: ZoneHistoryReader;
  readonly #createOutside: () => ZoneOffsets;
  #outside: ZoneOffsets | undefined;

  constructor(
    timeZone: string,
    encoded: string,
    outside: () => ZoneOffsets,
    onYearRead?: (yearIndex: number) => void,
  ) {
    this.timeZone = timeZone;
    this.#history = new ZoneHistoryReader(encoded, onYearRead);
    this.#createOutside = outside;
  }

  offsetAt(instant: number): number {
    if (!(instant >= ZONE_TABLE_FROM_MILLIS && instant < ZONE_TABLE_UNTIL_MILLIS)) {
      return this.#outsideOffsets().offsetAt(instant);
    }
    const year = this.#history.year(tableYearIndexOf(instant));
    let offset = year.offsetBefore;
    for (let index = 0; index < year.changeAt.length; index += 1) {
      if ((year.changeAt[index] ?? Infinity) > instant) break;
      offset = year.offsetAfter[index] ?? NaN;
    }
    return offset;
  }

  transitionsBetween(from: number, to: number): OffsetTransition[] {
    const found: OffsetTransition[] = [];
    // Before the table: changes before its first instant.
    if (from < ZONE_TABLE_FROM_MILLIS) {
      found.push(...this.#outsideOffsets().transitionsBetween(from, Math.min(to, ZONE_TABLE_FROM_MILLIS)));
    }
    // In the table: changes in [FROM, UNTIL) and in (from, to).
    const tableFrom = Math.max(from, ZONE_TABLE_FROM_MILLIS);
    const tableTo = Math.min(to, ZONE_TABLE_UNTIL_MILLIS);
    if (tableFrom < tableTo) {
      const lastYear = tableYearIndexOf(tableTo - 1);
      for (let yearIndex = tableYearIndexOf(tableFrom); yearIndex <= lastYear; yearIndex += 1) {
        const year = this.#history.year(yearIndex);
        let offsetBefore = year.offsetBefore;
        for (let index = 0; index < year.changeAt.length; index += 1) {
          const at = year.changeAt[index] ?? NaN;
          const offsetAfter = year.offsetAfter[index] ?? NaN;
          if (at > from && at < to) found.push({ at, offsetBefore, offsetAfter });
          offsetBefore = offsetAfter;
        }
      }
    }
    // After the table: changes from its end on (transitions fall on whole seconds).
    if (to > ZONE_TABLE_UNTIL_MILLIS) {
      found.push(
        ...this.#outsideOffsets().transitionsBetween(Math.max(from, ZONE_TABLE_UNTIL_MILLIS - 1), to),
      );
    }
    return found;
  }

  #outsideOffsets(): ZoneOffsets {
    this.#outside ??= this.#createOutside();
    return this.#outside;
  }
}
