import type { DateTime } from '@/lib/date-time';

/** What the calendar needs to know about a site; the contract's Site carries more. */
export interface CalendarSite {
  id: string;
  name: string;
  countryCode: string;
  /** The site's IANA zone, as stored (canonical name). */
  timeZone: string;
}

/** Why an upgrade window is not simply "the slot, the first week after the release". */
export type UpgradeNote =
  /** The 48-hour notice made the site skip this window (site zone). */
  | {
      kind: 'deferred-by-notice';
      skippedStart: DateTime;
      skippedEnd: DateTime;
      skippedStartMillis: number;
      skippedEndMillis: number;
    }
  | { kind: 'shortened'; minutes: number }
  | { kind: 'lengthened'; minutes: number }
  | { kind: 'opened-late'; minutes: number }
  /**
   * The slot never showed on the site's clock that week. `date` is the site-local calendar date,
   * held at midnight UTC because the zone itself may have skipped that date.
   */
  | { kind: 'no-window-week'; date: DateTime };

/**
 * A zone's real upgrade after a release. Every site in the zone shares it, so it is computed
 * once per zone (5,000 sites share ~400 zones).
 */
export interface ZoneUpgrade {
  timeZone: string;
  /*
   * The same instants in epoch milliseconds. Building a DateTime in a zone costs about half a
   * millisecond the first time; with hundreds of zones, sorting and counting use these.
   */
  startMillis: number;
  endMillis: number;
  /** In the site zone. */
  start: DateTime;
  /** In the site zone. */
  end: DateTime;
  notes: readonly UpgradeNote[];
}

/** The sites of one zone, and their shared upgrade. */
export interface ZoneGroup {
  timeZone: string;
  /** Sorted by name. */
  sites: readonly CalendarSite[];
  upgrade: ZoneUpgrade;
}
