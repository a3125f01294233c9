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
 * does not say which it holds (a browser), so that each zone answered from the table is compared
 * with the runtime's data later (zone-table-check.ts); 'off' when it holds another release.
 */
export type ZoneTableUse = 'trusted' | 'checked' | 'off';

export function zoneTableUseFor(runtimeVersion: string | undefined): ZoneTableUse {
  if (runtimeVersion === undefined) return 'checked';
  return runtimeVersion === ZONE_TABLE_TZ_VERSION ? 'trusted' : 'off';
}

let tableUse = zoneTableUseFor(runtimeTzVersion());
const zoneOffsets = new Map<string, ZoneOffsets>();
/** Zones answered from the table and not yet compared with the runtime's data. */
const unchecked = new Set<string>();
/** Zones compared with the runtime and found equal: not queued again after a cache clear. */
const checkedZones = new Set<string>();
/** Zones whose runtime data proved different from the table: always probed. */
const probedOnly = new Set<string>();
const uncheckedListeners = new Set<() => void>();

/**
 * The offsets of a zone named as Intl and Luxon accept it (current IANA names and old aliases
 * such as Asia/Calcutta alike). Throws ScheduleInputError UNKNOWN_TIME_ZONE otherwise.
 */
export function zoneOffsetsFor(timeZone: string): ZoneOffsets {
  let offsets = zoneOffsets.get(timeZone);
  if (offsets === undefined) {
    const tabled =
      tableUse !== 'off' && !probedOnly.has(timeZone)
        ? tabledZoneOffsets(timeZone, () => probeZone(timeZone))
        : undefined;
    offsets = tabled ?? probeZone(timeZone);
    zoneOffsets.set(timeZone, offsets);
    if (tabled !== undefined && tableUse === 'checked' && !checkedZones.has(timeZone)) {
      unchecked.add(timeZone);
      for (const listener of uncheckedListeners) listener();
    }
  }
  return offsets;
}

/** Takes one zone awaiting comparison with the runtime's data (see zone-table-check.ts). */
export function takeUncheckedZone(): string | undefined {
  for (const zone of unchecked) {
    unchecked.delete(zone);
    return zone;
  }
  return undefined;
}

export function hasUncheckedZones(): boolean {
  return unchecked.size > 0;
}

/** Called whenever a zone joins the unchecked ones. Returns the unsubscribe function. */
export function onUncheckedZone(listener: () => void): () => void {
  uncheckedListeners.add(listener);
  return () => uncheckedListeners.delete(listener);
}

/** Records a zone's comparison: one that differs is probed from now on. */
export function settleZoneCheck(timeZone: string, agrees: boolean): void {
  if (agrees) {
    checkedZones.add(timeZone);
  } else {
    probedOnly.add(timeZone);
    zoneOffsets.delete(timeZone);
  }
}

export interface ClearZoneCachesOptions {
  /** How to use the table from now on (the runtime decides by default); tests and the benchmark. */
  readonly tableUse?: ZoneTableUse;
}

export function clearZoneCaches(options: ClearZoneCachesOptions = {}): void {
  zoneOffsets.clear();
  unchecked.clear();
  if (options.tableUse !== undefined) {
    tableUse = options.tableUse;
    checkedZones.clear();
    probedOnly.clear();
  }
  clearProbeFormatters();
}
