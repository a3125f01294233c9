import type { HaMode } from '@/contract/sites';
import type { NextUpgradeWindow, WeeklySlot } from '@/domain/upgrade-schedule';

/** What the calendar needs to know about a site; the contract's Site carries more. */
export interface CalendarSite {
  id: string;
  name: string;
  countryCode: string;
  /** The site's IANA zone, as stored (canonical name). */
  timeZone: string;
  /**
   * 'single': one Socket, down for a few minutes of its upgrade. 'ha': two Sockets, the primary
   * upgrades, then the secondary, and the site only fails over (seconds of interruption).
   */
  haMode: HaMode;
  /** The site's own window; null when it follows the account's. */
  ownWindow: WeeklySlot | null;
}

/**
 * The sites of one zone that share one window (the account's, or one own window), and the upgrade
 * they share: 5,000 sites make ~400 groups, so the engine is asked once per group, never per site.
 */
export interface ZoneGroup {
  /** The zone, and the own window when there is one: unique among the groups. */
  key: string;
  timeZone: string;
  /** The own window its sites share; null for the sites that follow the account's. */
  ownWindow: WeeklySlot | null;
  /** The window its upgrade follows: the own window, or the account's. */
  slot: WeeklySlot;
  /** Sorted by name. */
  sites: readonly CalendarSite[];
  /** The engine's answer, with everything that explains it. */
  upgrade: NextUpgradeWindow;
}
