import type { ReleaseUpgrades } from './release-upgrades';

/** Sites whose upgrade moves one way, and by how much (the least and the most, in minutes). */
export interface UpgradeShift {
  siteCount: number;
  zoneCount: number;
  leastMinutes: number;
  mostMinutes: number;
}

/** How a change of window moves each site's upgrade after one release. */
export interface UpgradeShifts {
  earlier: UpgradeShift | null;
  later: UpgradeShift | null;
  unchangedSiteCount: number;
}

function widen(shift: UpgradeShift | null, siteCount: number, minutes: number): UpgradeShift {
  if (shift === null) return { siteCount, zoneCount: 1, leastMinutes: minutes, mostMinutes: minutes };
  return {
    siteCount: shift.siteCount + siteCount,
    zoneCount: shift.zoneCount + 1,
    leastMinutes: Math.min(shift.leastMinutes, minutes),
    mostMinutes: Math.max(shift.mostMinutes, minutes),
  };
}

/**
 * Zone by zone, how much earlier or later the upgrade opens after the same release under the
 * changed window than under the saved one. Both sides must come from the same zones.
 */
export function compareUpgrades(saved: ReleaseUpgrades, changed: ReleaseUpgrades): UpgradeShifts {
  if (saved.releasedAtMillis !== changed.releasedAtMillis || saved.zones.length !== changed.zones.length) {
    throw new RangeError('Only upgrades after the same release, for the same zones, can be compared.');
  }
  let earlier: UpgradeShift | null = null;
  let later: UpgradeShift | null = null;
  let unchangedSiteCount = 0;
  saved.zones.forEach((before, index) => {
    const after = changed.zones[index];
    if (after === undefined || after.zone.timeZone !== before.zone.timeZone) {
      throw new RangeError('Only upgrades after the same release, for the same zones, can be compared.');
    }
    const minutes = (after.startMillis - before.startMillis) / 60_000;
    const { siteCount } = before.zone;
    if (minutes < 0) earlier = widen(earlier, siteCount, -minutes);
    else if (minutes > 0) later = widen(later, siteCount, minutes);
    else unchangedSiteCount += siteCount;
  });
  return { earlier, later, unchangedSiteCount };
}
