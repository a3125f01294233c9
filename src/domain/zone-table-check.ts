import { DAY_MS } from './clock-time';
import { forgetZoneSchedules } from './schedule-cache';
import { ScheduleInputError } from './schedule-errors';
import type { OffsetTransition, ZoneOffsets } from './zone-offsets';
import { probeZone } from './zone-probe';
import { tabledZoneOffsets } from './zone-table';
import { hasUncheckedZones, settleZoneCheck, takeUncheckedZone } from './zone-transitions';

/*
 * In a browser the engine answers from its zone table without knowing the browser's tz release.
 * This compares, zone by zone and off the critical path, the table with the browser's own data
 * (the data Luxon shows times with), over the reach of the calendar and the previews. Where they
 * differ the browser wins: the zone is probed from then on, and listeners are told to recompute.
 */

/** The compared span around now: the calendar's and previews' usual reach. */
const CHECK_BEFORE_MS = 400 * DAY_MS;
const CHECK_AFTER_MS = 800 * DAY_MS;

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
 * Compares a zone's table row with the runtime's data around `now` (epoch ms) and records the
 * outcome. Returns whether they agree (a zone the table does not hold agrees trivially).
 * `runtimeOffsets` reads the runtime's data; tests pass a stand-in for a runtime that differs.
 */
export function checkZoneAgainstRuntime(
  timeZone: string,
  now: number,
  runtimeOffsets: (timeZone: string) => ZoneOffsets = probeZone,
): boolean {
  const tabled = tabledZoneOffsets(timeZone, () => runtimeOffsets(timeZone));
  if (tabled === undefined) return true;
  let agrees: boolean;
  try {
    agrees = sameOffsets(tabled, runtimeOffsets(timeZone), now - CHECK_BEFORE_MS, now + CHECK_AFTER_MS);
  } catch (error) {
    // The runtime does not know the zone at all (older data than the table's).
    if (!(error instanceof ScheduleInputError)) throw error;
    agrees = false;
  }
  settleZoneCheck(timeZone, agrees);
  if (!agrees) {
    forgetZoneSchedules(timeZone);
    revision += 1;
    for (const listener of changeListeners) listener();
  }
  return agrees;
}

/**
 * Checks the zones answered from the table and not yet checked, while `hasTimeLeft()` says so.
 * Returns whether some are left for later.
 */
export function checkUncheckedZones(
  now: number,
  hasTimeLeft: () => boolean,
  runtimeOffsets: (timeZone: string) => ZoneOffsets = probeZone,
): boolean {
  while (hasUncheckedZones() && hasTimeLeft()) {
    const zone = takeUncheckedZone();
    if (zone !== undefined) checkZoneAgainstRuntime(zone, now, runtimeOffsets);
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
