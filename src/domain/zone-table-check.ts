import { forgetZoneSchedules } from './schedule-cache';
import type { OffsetTransition, ZoneOffsets } from './zone-offsets';
import { tabledZoneOffsets } from './zone-table';
import { tableYearStart } from './zone-table-range';
import {
  hasUncheckedZones,
  runtimeZoneOffsets,
  settleZoneCheck,
  takeUncheckedZone,
} from './zone-transitions';

/*
 * In a browser the engine answers from its zone table without knowing the browser's tz release.
 * This compares, off the critical path, each year of a zone the engine has read from the table
 * with the browser's own data (the data Luxon shows times with). Where they differ the browser
 * wins: the zone is probed from then on, and listeners are told to recompute.
 */

let revision = 0;
const changeListeners = new Set<() => void>();

function sameTransitions(a: readonly OffsetTransition[], b: readonly OffsetTransition[]): boolean {
  return (
    a.length === b.length &&
    a.every((transition, index) => {
      const other = b[index];
      return (
        other !== undefined && transition.at === other.at && transition.offsetAfter === other.offsetAfter
      );
    })
  );
}

/** Whether two sources give the same offsets over [from, to). */
export function sameOffsets(a: ZoneOffsets, b: ZoneOffsets, from: number, to: number): boolean {
  return (
    a.offsetAt(from) === b.offsetAt(from) &&
    sameTransitions(a.transitionsBetween(from, to), b.transitionsBetween(from, to))
  );
}

/**
 * Compares a zone's table years (indexes from 1970) with the runtime's data and records the
 * outcome. Returns whether they agree (a zone the table does not hold agrees trivially).
 */
export function checkZoneAgainstRuntime(timeZone: string, yearIndexes: readonly number[]): boolean {
  const tabled = tabledZoneOffsets(timeZone, () => runtimeZoneOffsets(timeZone));
  if (tabled === undefined) return true;
  let agrees: boolean;
  try {
    const runtime = runtimeZoneOffsets(timeZone);
    // From 1 ms before the year: a change on its first instant is compared too.
    agrees = yearIndexes.every((year) =>
      sameOffsets(tabled, runtime, tableYearStart(year) - 1, tableYearStart(year + 1)),
    );
  } catch {
    // The runtime does not know the zone (older data than the table's), or gives offsets the
    // engine refuses: either way the runtime answers from now on, and reports its own error.
    agrees = false;
  }
  settleZoneCheck(timeZone, yearIndexes, agrees);
  if (!agrees) {
    forgetZoneSchedules(timeZone);
    revision += 1;
    for (const listener of changeListeners) listener();
  }
  return agrees;
}

/**
 * Checks the table years the engine read and nobody checked yet, zone by zone, while
 * `hasTimeLeft()` says so. Returns whether some are left for later.
 */
export function checkUncheckedZones(hasTimeLeft: () => boolean): boolean {
  while (hasUncheckedZones() && hasTimeLeft()) {
    const unchecked = takeUncheckedZone();
    if (unchecked !== undefined) checkZoneAgainstRuntime(unchecked.timeZone, unchecked.yearIndexes);
  }
  return hasUncheckedZones();
}

/** Counts the changes of answers the checks caused; a UI recomputes when it moves. */
export function zoneDataRevision(): number {
  return revision;
}

/** Called when a check found the runtime's data different. Returns the unsubscribe function. */
export function onZoneDataChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export { onUncheckedZone } from './zone-transitions';
