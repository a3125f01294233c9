import {
  scheduleEngine,
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

/** The zones whose window a clock change alters in the coming weeks, under one window. */
export interface ClockChangesAhead {
  siteCount: number;
  zoneCount: number;
  /** For each way a clock change alters the window, the zone where it happens first. */
  examples: { zone: ZoneSites; effect: ClockChangeEffect }[];
}

function effectOf(upgradeWindow: UpgradeWindow): ClockChangeEffect | null {
  const atMillis = upgradeWindow.startMillis;
  if (upgradeWindow.openedLateMinutes > 0) return { kind: 'opened-late', upgradeWindow, atMillis };
  if (upgradeWindow.clockChange === 'none') return null;
  return { kind: upgradeWindow.clockChange, upgradeWindow, atMillis };
}

/** The first week in the horizon whose window a clock change alters or removes, as the engine says. */
export function firstClockChange(
  slot: WeeklySlot,
  timeZone: string,
  now: DateTime,
): ClockChangeEffect | null {
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

const KIND_ORDER: readonly ClockChangeKind[] = ['shortened', 'lengthened', 'opened-late', 'no-window'];

/**
 * The zones whose window a clock change alters or removes in the coming weeks (each zone's
 * first such change, from firstClockChange), counted, with one example of each kind (shorter,
 * longer, opening late, no window): the earliest, ties to the zone with more sites.
 */
export function summariseClockChanges(
  affected: readonly { zone: ZoneSites; effect: ClockChangeEffect }[],
): ClockChangesAhead {
  const examples = KIND_ORDER.flatMap((kind) => {
    const first = affected
      .filter(({ effect }) => effect.kind === kind)
      .sort((a, b) => a.effect.atMillis - b.effect.atMillis || b.zone.siteCount - a.zone.siteCount)[0];
    return first === undefined ? [] : [first];
  });
  return {
    siteCount: affected.reduce((sum, { zone }) => sum + zone.siteCount, 0),
    zoneCount: affected.length,
    examples,
  };
}
