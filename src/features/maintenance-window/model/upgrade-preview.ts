import {
  nextUpgradeWindow,
  upgradeWindowsBetween,
  type NextUpgradeWindow,
  type UpgradeWindow,
} from '@/domain/upgrade-schedule';
import type { MaintenanceWindow } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import type { ZoneSites } from './zone-sites';

/** How far ahead the preview looks for clock changes that alter the window. */
export const PREVIEW_HORIZON_WEEKS = 8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What a clock change does to one week's window of a zone. */
export type ClockChangeEffect =
  | { kind: 'shortened' | 'lengthened'; upgradeWindow: UpgradeWindow; minutes: number }
  | { kind: 'opened-late'; upgradeWindow: UpgradeWindow; minutes: number }
  /** The slot never shows on the zone's clock that week ("yyyy-MM-dd", site-local). */
  | { kind: 'no-window'; nominalDate: string };

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

function firstClockChange(windows: readonly UpgradeWindow[]): ClockChangeEffect | null {
  let previous: UpgradeWindow | undefined;
  for (const upgradeWindow of windows) {
    // Windows come one a week; a longer gap means the slot did not exist on the clock that week.
    if (previous !== undefined && upgradeWindow.startMillis - previous.startMillis > WEEK_MS + WEEK_MS / 2) {
      const missing = new Date(Date.parse(previous.nominalDate) + WEEK_MS).toISOString().slice(0, 10);
      return { kind: 'no-window', nominalDate: missing };
    }
    if (upgradeWindow.openedLateMinutes > 0) {
      return { kind: 'opened-late', upgradeWindow, minutes: upgradeWindow.openedLateMinutes };
    }
    if (upgradeWindow.clockChange !== 'none') {
      return {
        kind: upgradeWindow.clockChange,
        upgradeWindow,
        minutes: Math.abs(upgradeWindow.durationChangeMinutes),
      };
    }
    previous = upgradeWindow;
  }
  return null;
}

/** Millis of the effect, to order zones by when it happens. */
function effectMillis(effect: ClockChangeEffect): number {
  return effect.kind === 'no-window' ? Date.parse(effect.nominalDate) : effect.upgradeWindow.startMillis;
}

export function previewZone(window: MaintenanceWindow, zone: ZoneSites, now: DateTime): ZonePreview {
  const nextUpgrade = nextUpgradeWindow(window, zone.timeZone, now);
  const windows = upgradeWindowsBetween(
    window,
    zone.timeZone,
    now,
    now.plus({ weeks: PREVIEW_HORIZON_WEEKS }),
  );
  const clockChange =
    nextUpgrade.skippedDates[0] !== undefined
      ? { kind: 'no-window' as const, nominalDate: nextUpgrade.skippedDates[0] }
      : firstClockChange(windows);
  return { zone, nextUpgrade, clockChange };
}

const KIND_ORDER: readonly ClockChangeKind[] = ['shortened', 'lengthened', 'opened-late', 'no-window'];

/**
 * The few zones worth showing before saving: the soonest and the last to upgrade after a release
 * `now`, and
 * for each way a clock change can alter the window (shorter, longer, opening late, no window),
 * the zone where it happens first in the coming weeks. Ties go to the zone with more sites.
 */
export function computeUpgradePreview(
  window: MaintenanceWindow,
  zones: readonly ZoneSites[],
  now: DateTime,
): UpgradePreview {
  const previews = zones.map((zone) => previewZone(window, zone, now));
  const bySoonest = (a: ZonePreview, b: ZonePreview) =>
    a.nextUpgrade.startMillis - b.nextUpgrade.startMillis || b.zone.siteCount - a.zone.siteCount;
  const ordered = [...previews].sort(bySoonest);
  const soonest = ordered[0] ?? null;
  const latest = ordered.length > 1 ? (ordered[ordered.length - 1] ?? null) : null;

  const withEffect = previews.flatMap((preview) =>
    preview.clockChange === null
      ? []
      : [{ preview, at: effectMillis(preview.clockChange), kind: preview.clockChange.kind }],
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
