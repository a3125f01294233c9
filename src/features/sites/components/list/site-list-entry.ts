import { storedWindowProblem, type MaintenanceWindow } from '@/contract/maintenance-window';
import { isRecognisedTimeZone, type SiteSummary } from '@/contract/sites';
import { countryName, stateName } from '@/domain/places';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import { windowText } from '../../upgrade/window-text';
import {
  nextUpgradeTexts,
  siteClockTexts,
  type NextUpgradeTexts,
  type SiteClockTexts,
} from './site-time-texts';

/** What the account decides for every site: its window (for those without their own) and freezes. */
export interface AccountSchedule {
  maintenanceWindow: MaintenanceWindow;
  freezes: readonly UpgradeFreeze[];
}

/** What a row of the table and a card on a phone both show of one site. */
export interface SiteListEntry {
  /** Its General page: the name links there, and so does "Fix it" for a zone not recognised. */
  generalPage: string;
  country: string;
  city: string;
  /** "Los Angeles, California", or "" when neither is set. */
  place: string;
  /** False for a stored zone this browser does not know: no clock, no schedule, a link to fix it. */
  recognised: boolean;
  clock: SiteClockTexts | undefined;
  nextUpgrade: NextUpgradeTexts | undefined;
  /** "Tuesday 02:00 – 04:00" when the site has its own window; undefined when it follows the account's. */
  ownWindow: string | undefined;
  /** Why there is no next upgrade to show, when there is none. */
  noUpgradeReason: string | undefined;
}

export function siteListEntry(
  site: SiteSummary,
  schedule: AccountSchedule | undefined,
  now: DateTime,
  viewerTimeZone: string,
): SiteListEntry {
  const recognised = isRecognisedTimeZone(site.timezone);
  const upgradeWindow = site.upgradeWindow ?? schedule?.maintenanceWindow;
  // A window that starts and ends at once has no upgrade time for any site: not this zone's fault.
  const windowUsable = upgradeWindow !== undefined && storedWindowProblem(upgradeWindow) === undefined;
  const nextUpgrade =
    schedule && upgradeWindow && recognised && windowUsable
      ? nextUpgradeTexts(
          upgradeWindow,
          schedule.freezes,
          site.timezone,
          site.countryCode,
          now,
          viewerTimeZone,
        )
      : undefined;
  const noUpgradeReason = nextUpgrade
    ? undefined
    : !schedule
      ? '…'
      : !recognised
        ? 'Needs a recognised time zone'
        : !windowUsable
          ? 'None: the saved window is not valid'
          : 'Not known for this time zone';
  const state = site.stateCode ? stateName(site.stateCode) : undefined;
  return {
    generalPage: `/network/sites/${encodeURIComponent(site.id)}/general`,
    country: countryName(site.countryCode) ?? site.countryCode,
    city: site.cityName,
    place: [site.cityName, state].filter(Boolean).join(', '),
    recognised,
    clock: recognised ? siteClockTexts(site.timezone, site.countryCode, now) : undefined,
    nextUpgrade,
    ownWindow: site.upgradeWindow ? windowText(site.upgradeWindow) : undefined,
    noUpgradeReason,
  };
}
