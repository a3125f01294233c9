import { clearProbeFormatters, probeZone } from './zone-probe';
import { tabledZoneOffsets, ZONE_TABLE_TZ_VERSION } from './zone-table';
import type { ZoneOffsets } from './zone-offsets';

/*
 * Which source answers for a zone: the table (zone-table.ts) when it can be trusted to match the
 * runtime's data, otherwise probing the runtime's Intl (zone-probe.ts). Both give the same
 * answers when they hold the same tz release; the table needs no Intl formatter per zone, which
 * is most of the cost of a cold run (see zone-table.ts).
 */

export type { OffsetTransition, ZoneOffsets } from './zone-offsets';

/** The runtime's tz release when it says (Node does; browsers do not). */
export function runtimeTzVersion(): string | undefined {
  const versions = (globalThis as { process?: { versions?: { tz?: unknown } } }).process?.versions;
  return typeof versions?.tz === 'string' ? versions.tz : undefined;
}

/**
 * How the table is used: 'trusted' when the runtime holds the same tz release; 'checked' when it
 * does not say which it holds (a browser), so that every year of a zone the engine reads from the
 * table is compared with the runtime's data later (zone-table-check.ts); 'off' when the runtime
 * holds another release.
 */
export type ZoneTableUse = 'trusted' | 'checked' | 'off';

export function zoneTableUseFor(runtimeVersion: string | undefined): ZoneTableUse {
  if (runtimeVersion === undefined) return 'checked';
  return runtimeVersion === ZONE_TABLE_TZ_VERSION ? 'trusted' : 'off';
}

let tableUse = zoneTableUseFor(runtimeTzVersion());
/** The runtime's data: Intl, or a stand-in that tests give. */
let runtimeOffsets: (timeZone: string) => ZoneOffsets = probeZone;
const zoneOffsets = new Map<string, ZoneOffsets>();
/** Per zone, the table years the engine read and nobody compared with the runtime yet. */
const uncheckedYears = new Map<string, Set<number>>();
/** Per zone, the table years found equal to the runtime's: kept across cache clears. */
const checkedYears = new Map<string, Set<number>>();
/** Zones whose runtime data proved different from the table: the runtime answers. */
const runtimeOnly = new Set<string>();
const uncheckedListeners = new Set<() => void>();

function yearRead(timeZone: string, yearIndex: number): void {
  if (checkedYears.get(timeZone)?.has(yearIndex) === true) return;
  let years = uncheckedYears.get(timeZone);
  if (years === undefined) {
    years = new Set();
    uncheckedYears.set(timeZone, years);
  }
  years.add(yearIndex);
  for (const listener of uncheckedListeners) listener();
}

/**
 * The offsets of a zone named as Intl and Luxon accept it (current IANA names and old aliases
 * such as Asia/Calcutta alike). Throws ScheduleInputError UNKNOWN_TIME_ZONE otherwise.
 */
export function zoneOffsetsFor(timeZone: string): ZoneOffsets {
  let offsets = zoneOffsets.get(timeZone);
  if (offsets === undefined) {
    const tabled =
      tableUse === 'off' || runtimeOnly.has(timeZone)
        ? undefined
        : tabledZoneOffsets(
            timeZone,
            () => runtimeOffsets(timeZone),
            tableUse === 'checked' ? (yearIndex) => yearRead(timeZone, yearIndex) : undefined,
          );
    offsets = tabled ?? runtimeOffsets(timeZone);
    zoneOffsets.set(timeZone, offsets);
  }
  return offsets;
}

/** The runtime's own offsets of a zone (zone-table-check.ts compares the table with them). */
export function runtimeZoneOffsets(timeZone: string): ZoneOffsets {
  return runtimeOffsets(timeZone);
}

/** Takes one zone whose table years await comparison with the runtime's data. */
export function takeUncheckedZone(): { timeZone: string; yearIndexes: number[] } | undefined {
  for (const [timeZone, years] of uncheckedYears) {
    uncheckedYears.delete(timeZone);
    return { timeZone, yearIndexes: [...years] };
  }
  return undefined;
}

export function hasUncheckedZones(): boolean {
  return uncheckedYears.size > 0;
}

/** Called whenever the engine reads a table year not compared yet. Returns the unsubscribe. */
export function onUncheckedZone(listener: () => void): () => void {
  uncheckedListeners.add(listener);
  return () => uncheckedListeners.delete(listener);
}

/** Records a comparison: years found equal are trusted; a zone that differs is probed from now on. */
export function settleZoneCheck(timeZone: string, yearIndexes: readonly number[], agrees: boolean): void {
  if (agrees) {
    let years = checkedYears.get(timeZone);
    if (years === undefined) {
      years = new Set();
      checkedYears.set(timeZone, years);
    }
    for (const year of yearIndexes) years.add(year);
  } else {
    runtimeOnly.add(timeZone);
    zoneOffsets.delete(timeZone);
    uncheckedYears.delete(timeZone);
  }
}

export interface ClearZoneCachesOptions {
  /**
   * How to use the table from now on (the runtime decides by default). Given, it also forgets
   * which zones were checked, and sets the runtime's data to `runtime`, or to Intl. For tests
   * and the benchmark.
   */
  readonly tableUse?: ZoneTableUse;
  /** Stands in for the runtime's Intl data (tests: a runtime that differs from the table). */
  readonly runtime?: (timeZone: string) => ZoneOffsets;
}

/**
 * Forgets every zone's offsets and Intl formatter. What was checked against the runtime is kept
 * (it holds until the page reloads), unless `tableUse` is given.
 */
export function clearZoneCaches(options: ClearZoneCachesOptions = {}): void {
  zoneOffsets.clear();
  uncheckedYears.clear();
  if (options.tableUse !== undefined) {
    tableUse = options.tableUse;
    runtimeOffsets = options.runtime ?? probeZone;
    checkedYears.clear();
    runtimeOnly.clear();
  }
  clearProbeFormatters();
}
