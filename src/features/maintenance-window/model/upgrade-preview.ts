import {
  scheduleEngine,
  type NextUpgradeWindow,
  type UpgradeWindow,
  type WeekWithoutWindow,
  type WeeklySlot,
} from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import type { ZoneSites } from './zone-sites';

/** How far ahead the preview looks for clock changes that alter the window. */
export const PREVIEW_HORIZON_WEEKS = 8;

/** What a clock change does to one week's window of a zone: alters it, or leaves no window. */
export type ClockChangeEffect =
  | { kind: 'shortened' | 'lengthened' | 'opened-late'; upgradeWindow: UpgradeWindow; atMillis: number }
  | { kind: 'no-window'; weekWithoutWindow: WeekWithoutWindow; atMillis: number };

export type ClockChangeKind = ClockChangeEffect['kind'];

export interface ZonePreview {
  zone: ZoneSites;
  /** The upgrade that a release at `now` would get. */
  nextUpgrade: NextUpgradeWindow;
  /** The first week in the horizon whose window a clock change alters, if any. */
  clockChange: ClockChangeEffect | null;
}

export interface UpgradePreview {
  /** The zone that upgrades first after a release now. */
  soonest: ZonePreview | null;
  /** The zone that upgrades last: with the soonest, how long a release takes to reach every site. */
  latest: ZonePreview | null;
  /** One zone per kind of clock-change effect, the earliest of each kind. */
  affected: ZonePreview[];
  /** How many zones (and sites) a clock change affects in the horizon, all kinds together. */
  affectedZoneCount: number;
  affectedSiteCount: number;
  zoneCount: number;
}

function effectOf(upgradeWindow: UpgradeWindow): ClockChangeEffect | null {
  const atMillis = upgradeWindow.startMillis;
  if (upgradeWindow.openedLateMinutes > 0) return { kind: 'opened-late', upgradeWindow, atMillis };
  if (upgradeWindow.clockChange === 'none') return null;
  return { kind: upgradeWindow.clockChange, upgradeWindow, atMillis };
}

/** The first week in the horizon whose window a clock change alters or removes, as the engine says. */
function firstClockChange(slot: WeeklySlot, timeZone: string, now: DateTime): ClockChangeEffect | null {
  const horizon = now.plus({ weeks: PREVIEW_HORIZON_WEEKS });
  const altered = scheduleEngine
    .upgradeWindowsBetween(slot, timeZone, now, horizon)
    .map(effectOf)
    .find((effect) => effect !== null);
  const [missing] = scheduleEngine.weeksWithoutWindowBetween(slot, timeZone, now, horizon);
  const removed: ClockChangeEffect | undefined =
    missing === undefined
      ? undefined
      : { kind: 'no-window', weekWithoutWindow: missing, atMillis: missing.jumpAtMillis };
  if (altered === undefined) return removed ?? null;
  return removed !== undefined && removed.atMillis < altered.atMillis ? removed : altered;
}

export function previewZone(slot: WeeklySlot, zone: ZoneSites, now: DateTime): ZonePreview {
  return {
    zone,
    nextUpgrade: scheduleEngine.nextUpgradeWindow(slot, zone.timeZone, now),
    clockChange: firstClockChange(slot, zone.timeZone, now),
  };
}

const KIND_ORDER: readonly ClockChangeKind[] = ['shortened', 'lengthened', 'opened-late', 'no-window'];

/**
 * The few zones worth showing before saving: the soonest and the last to upgrade after a release
 * `now`, and
 * for each way a clock change can alter the window (shorter, longer, opening late, no window),
 * the zone where it happens first in the coming weeks. Ties go to the zone with more sites.
 */
export function computeUpgradePreview(
  slot: WeeklySlot,
  zones: readonly ZoneSites[],
  now: DateTime,
): UpgradePreview {
  const previews = zones.map((zone) => previewZone(slot, zone, now));
  const bySoonest = (a: ZonePreview, b: ZonePreview) =>
    a.nextUpgrade.startMillis - b.nextUpgrade.startMillis || b.zone.siteCount - a.zone.siteCount;
  const ordered = [...previews].sort(bySoonest);
  const soonest = ordered[0] ?? null;
  const latest = ordered.length > 1 ? (ordered[ordered.length - 1] ?? null) : null;

  const withEffect = previews.flatMap((preview) =>
    preview.clockChange === null
      ? []
      : [{ preview, at: preview.clockChange.atMillis, kind: preview.clockChange.kind }],
  );
  const affected: ZonePreview[] = [];
  for (const kind of KIND_ORDER) {
    const first = withEffect
      .filter((candidate) => candidate.kind === kind)
      .sort((a, b) => a.at - b.at || b.preview.zone.siteCount - a.preview.zone.siteCount)[0];
    if (first !== undefined) affected.push(first.preview);
  }
  return {
    soonest,
    latest,
    affected,
    affectedZoneCount: withEffect.length,
    affectedSiteCount: withEffect.reduce((sum, { preview }) => sum + preview.zone.siteCount, 0),
    zoneCount: zones.length,
  };
}
