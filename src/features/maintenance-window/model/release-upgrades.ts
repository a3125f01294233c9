import {
  scheduleEngine,
  type NextUpgradeWindow,
  type UpgradeFreeze,
  type WeeklySlot,
} from '@/domain/upgrade-schedule';
import { peakConcurrency, type ConcurrencyPeak, type Timed } from '@/domain/upgrade-waves';
import type { DateTime } from '@/lib/date-time';
import type { ZoneSites } from './zone-sites';

/** The sites of one zone and the window they upgrade in after a release (its instants copied for the sweeps). */
export interface UpgradingZone extends Timed {
  zone: ZoneSites;
  nextUpgrade: NextUpgradeWindow;
}

/** When every zone upgrades after one release under one window: one side of the comparison. */
export interface ReleaseUpgrades {
  releasedAtMillis: number;
  /** In the order of the zones given, so two windows' answers line up zone by zone. */
  zones: UpgradingZone[];
  /** The zone whose window opens first (ties: the one with more sites); null without zones. */
  first: UpgradingZone | null;
  /** The zone whose window opens last; null with fewer than two zones. */
  last: UpgradingZone | null;
  /** Sites whose window that week opens less than 48 hours after the release, so they wait a week. */
  deferredSiteCount: number;
  /** Sites a freeze holds back: a window of theirs after the release touched a frozen date. */
  frozenSiteCount: number;
  /** The freezes that hold them back, by name, in the order first met. */
  frozenBy: string[];
  /** The most sites in their window at one instant, and when; null without zones. */
  peak: ConcurrencyPeak<UpgradingZone> | null;
}

/** One engine answer serves every site of the zone: they all upgrade in the same window. */
export function upgradingZone(
  slot: WeeklySlot,
  zone: ZoneSites,
  releasedAt: DateTime,
  freezes: readonly UpgradeFreeze[],
): UpgradingZone {
  const nextUpgrade = scheduleEngine.nextUpgradeWindow(slot, zone.timeZone, releasedAt, { freezes });
  return { zone, nextUpgrade, startMillis: nextUpgrade.startMillis, endMillis: nextUpgrade.endMillis };
}

// At the same instant the zone with more sites is the one named.
function opensFirst(a: UpgradingZone, b: UpgradingZone): boolean {
  return (
    a.startMillis < b.startMillis || (a.startMillis === b.startMillis && a.zone.siteCount > b.zone.siteCount)
  );
}

function opensLast(a: UpgradingZone, b: UpgradingZone): boolean {
  return (
    a.startMillis > b.startMillis || (a.startMillis === b.startMillis && a.zone.siteCount > b.zone.siteCount)
  );
}

/** The first and last to upgrade, who waits a week and the peak, from every zone's answer. */
export function summariseUpgrades(upgrading: UpgradingZone[], releasedAt: DateTime): ReleaseUpgrades {
  let first: UpgradingZone | null = null;
  let last: UpgradingZone | null = null;
  let deferredSiteCount = 0;
  let frozenSiteCount = 0;
  const frozenBy = new Set<string>();
  for (const candidate of upgrading) {
    if (first === null || opensFirst(candidate, first)) first = candidate;
    if (last === null || opensLast(candidate, last)) last = candidate;
    if (candidate.nextUpgrade.deferredWindow !== null) deferredSiteCount += candidate.zone.siteCount;
    const { frozenWindows } = candidate.nextUpgrade;
    if (frozenWindows.length > 0) frozenSiteCount += candidate.zone.siteCount;
    for (const { freezeName } of frozenWindows) frozenBy.add(freezeName);
  }
  return {
    releasedAtMillis: releasedAt.toMillis(),
    zones: upgrading,
    first,
    last: upgrading.length > 1 ? last : null,
    deferredSiteCount,
    frozenSiteCount,
    frozenBy: [...frozenBy],
    peak: peakConcurrency(upgrading, (item) => item.zone.siteCount) ?? null,
  };
}
