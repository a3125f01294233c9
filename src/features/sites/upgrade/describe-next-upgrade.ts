import type { MaintenanceWindow as AccountMaintenanceWindow } from '@/contract/maintenance-window';
import {
  scheduleEngine,
  ScheduleInputError,
  type NextUpgradeWindow,
  type UpgradeFreeze,
} from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import { formatUpgradeWindow, type DateTime } from '@/lib/date-time';
import { explainNextUpgrade } from '@/lib/upgrade-wording';

/*
 * What the account's maintenance window means for one site: the window its Sockets would upgrade
 * in if a version were released at `releasedAt`, in the site's time and in the viewer's, and why
 * (clock changes, the 48-hour notice, weeks without a window). Pure: `releasedAt` is passed in.
 */

export interface NextUpgradeDescription {
  upgradeWindow: NextUpgradeWindow;
  /** "Sunday 12 March, 01:00 – 03:00 (JST)" */
  siteTime: string;
  /** "Saturday 11 March, 17:00 – 19:00" in the viewer's zone. */
  viewerTime: string;
  /** One sentence per thing the engine had to take into account. */
  notes: string[];
}

export interface NextUpgradeInput {
  maintenanceWindow: Pick<AccountMaintenanceWindow, 'day' | 'start' | 'end'>;
  siteTimeZone: string;
  countryCode?: string | undefined;
  releasedAt: DateTime;
  viewerTimeZone: string;
  /** The account's upgrade freezes: a window touching a frozen date of the site does not happen. */
  freezes?: readonly UpgradeFreeze[] | undefined;
}

/** The next upgrade window of a site, described; undefined when the zone or window is not valid. */
export function describeNextUpgrade(input: NextUpgradeInput): NextUpgradeDescription | undefined {
  const { maintenanceWindow, siteTimeZone, countryCode, releasedAt, viewerTimeZone, freezes } = input;
  let upgradeWindow: NextUpgradeWindow;
  try {
    upgradeWindow = scheduleEngine.nextUpgradeWindow(
      {
        day: weekdayNumberFromApi(maintenanceWindow.day),
        start: maintenanceWindow.start,
        end: maintenanceWindow.end,
      },
      siteTimeZone,
      releasedAt,
      freezes === undefined ? {} : { freezes },
    );
  } catch (error) {
    // A zone being typed or a window the engine refuses: nothing to show, not a crash.
    if (error instanceof ScheduleInputError) return undefined;
    throw error;
  }
  const { start, end } = upgradeWindow;
  return {
    upgradeWindow,
    siteTime: formatUpgradeWindow(start, end, { countryCode }),
    viewerTime: formatUpgradeWindow(start.setZone(viewerTimeZone), end.setZone(viewerTimeZone), {
      withZone: false,
    }),
    notes: explainNextUpgrade(upgradeWindow).map((explanation) => explanation.sentence),
  };
}
