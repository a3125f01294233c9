import type { UpgradeWindow, WeekWithoutWindow } from '@/domain/upgrade-schedule';
import type { ZoneGroup } from './calendar-types';
import type { CalendarWeek } from './week';

/** A row of the week view: the sites of one zone and what their week holds. */
export interface WeekLane {
  group: ZoneGroup;
  /** The zone's real upgrade falls (at least partly) in the week. */
  upgradeInWeek: boolean;
  /** The window the 48-hour notice made the zone pass over, when it falls in the week. */
  deferredWindow: UpgradeWindow | undefined;
  /** A week without a window whose clock jump falls in the week. */
  weekWithoutWindow: WeekWithoutWindow | undefined;
  /** Windows in the week that a freeze held back (each names its freeze in frozenBy). */
  frozenWindows: readonly UpgradeWindow[];
}

/**
 * The lanes of a week: every zone whose upgrade, passed-over window, frozen window or week
 * without a window falls in it, in upgrade order. Zones with nothing that week are left out. Everything is placed
 * by instant, as the engine gave it.
 */
export function lanesForWeek(groups: readonly ZoneGroup[], week: CalendarWeek): WeekLane[] {
  const lanes: WeekLane[] = [];
  const weekStart = week.start.toMillis();
  const weekEnd = week.end.toMillis();
  const overlaps = ({ startMillis, endMillis }: UpgradeWindow) =>
    startMillis < weekEnd && endMillis > weekStart;
  for (const group of groups) {
    const { upgrade } = group;
    const upgradeInWeek = overlaps(upgrade);
    const deferredWindow =
      upgrade.deferredWindow !== null && overlaps(upgrade.deferredWindow)
        ? upgrade.deferredWindow
        : undefined;
    const weekWithoutWindow = upgrade.weeksWithoutWindow.find(
      ({ jumpAtMillis }) => jumpAtMillis >= weekStart && jumpAtMillis < weekEnd,
    );
    const frozenWindows = upgrade.frozenWindows
      .map((frozen) => frozen.upgradeWindow)
      .filter((window) => overlaps(window));
    if (upgradeInWeek || deferredWindow || weekWithoutWindow || frozenWindows.length > 0) {
      lanes.push({ group, upgradeInWeek, deferredWindow, weekWithoutWindow, frozenWindows });
    }
  }
  return lanes;
}

/** How many sites upgrade in the week (for the summary line). */
export function sitesUpgradingIn(lanes: readonly WeekLane[]): number {
  return lanes.reduce((count, lane) => count + (lane.upgradeInWeek ? lane.group.sites.length : 0), 0);
}
