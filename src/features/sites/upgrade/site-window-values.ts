import type { MaintenanceWindow, Weekday } from '@/contract/maintenance-window';
import type { SiteWindow } from '@/contract/site-window';
import { findTimeSlot, TIME_SLOTS } from '@/domain/time-slots';

/*
 * The General page's "Socket upgrade window" part: follow the account's window, or this site's
 * own day and two-hour slot. Its own little form beside the General fields, because it is saved
 * by its own endpoint (PUT /api/sites/:id/upgrade-window) under the same site version.
 */

export type SiteWindowChoice = 'account' | 'own';

export interface SiteWindowFormValues {
  choice: SiteWindowChoice;
  /** The own window's day; kept while "account" is chosen, so switching back restores it. */
  day: Weekday;
  /** The own window's slot start ("02:00"), or "" when the stored one is not one of the 24 slots. */
  timeSlot: string;
}

type WindowTimes = Pick<MaintenanceWindow, 'day' | 'start' | 'end'>;

/** Where "This site's own window" starts when the site has none yet: the account's window, else Sunday 01:00. */
const FALLBACK_START: WindowTimes = { day: 'SUNDAY', start: '01:00', end: '03:00' };

/** The part's values for a stored window (null: the account's), starting an own one from the account's. */
export function toSiteWindowFormValues(
  upgradeWindow: SiteWindow,
  accountWindow: WindowTimes | undefined,
): SiteWindowFormValues {
  const ownStart = upgradeWindow ?? accountWindow ?? FALLBACK_START;
  return {
    choice: upgradeWindow ? 'own' : 'account',
    day: ownStart.day,
    timeSlot: findTimeSlot(ownStart)?.start ?? '',
  };
}

/**
 * What the values ask the server to store: null for the account's window, the own window, or
 * undefined when "own" is chosen without a slot (nothing to save until one is).
 */
export function toSiteWindow(values: SiteWindowFormValues): SiteWindow | undefined {
  if (values.choice === 'account') return null;
  const slot = TIME_SLOTS.find((candidate) => candidate.start === values.timeSlot);
  return slot ? { day: values.day, start: slot.start, end: slot.end } : undefined;
}

/** Same window or both the account's: the day and slot of an unchosen "own" do not count. */
export function sameSiteWindow(a: SiteWindow | undefined, b: SiteWindow | undefined): boolean {
  if (a === undefined || b === undefined || a === null || b === null) return a === b;
  return a.day === b.day && a.start === b.start && a.end === b.end;
}

/** The server's field names (`upgradeWindow.day`, `upgradeWindow.start`) to the part's fields. */
export function siteWindowFieldOf(serverField: string): 'day' | 'timeSlot' | undefined {
  if (serverField === 'upgradeWindow.day') return 'day';
  if (serverField === 'upgradeWindow.start' || serverField === 'upgradeWindow.end') return 'timeSlot';
  return undefined;
}
