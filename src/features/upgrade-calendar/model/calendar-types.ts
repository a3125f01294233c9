import type { HaMode } from '@/contract/sites';
import type { NextUpgradeWindow } from '@/domain/upgrade-schedule';

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
}

/** The sites of one zone, and the upgrade they share (5,000 sites share ~400 zones). */
export interface ZoneGroup {
  timeZone: string;
  /** Sorted by name. */
  sites: readonly CalendarSite[];
  /** The engine's answer, with everything that explains it. */
  upgrade: NextUpgradeWindow;
}
