import type { MaintenanceWindow as AccountMaintenanceWindow } from '@/contract/maintenance-window';
import { nextUpgradeWindow, ScheduleInputError, type NextUpgradeWindow } from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import { DateTime, formatDay, formatDuration, formatUpgradeWindow } from '@/lib/date-time';

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
}

// The engine names site-local calendar dates ("2023-03-05"); this is that date's name.
const dayOf = (isoDate: string) => formatDay(DateTime.fromISO(isoDate, { zone: 'utc' }));

function notesOf(upgradeWindow: NextUpgradeWindow): string[] {
  const notes: string[] = [];
  const change = Math.abs(upgradeWindow.durationChangeMinutes);
  if (upgradeWindow.clockChange === 'shortened') {
    notes.push(`A clock change that night makes this window ${formatDuration(change)} shorter.`);
  } else if (upgradeWindow.clockChange === 'lengthened') {
    notes.push(`A clock change that night makes this window ${formatDuration(change)} longer.`);
  }
  if (upgradeWindow.openedLateMinutes > 0) {
    notes.push(
      `The clock skips the start time that night, so the window opens ${formatDuration(upgradeWindow.openedLateMinutes)} late.`,
    );
  }
  if (upgradeWindow.deferredFromDate !== null) {
    notes.push(
      `The window of ${dayOf(upgradeWindow.deferredFromDate)} opens less than 48 hours after the release, so the upgrade waits a week.`,
    );
  }
  for (const date of upgradeWindow.skippedDates) {
    notes.push(`No window on ${dayOf(date)}: the site's clock skips that time.`);
  }
  return notes;
}

/** The next upgrade window of a site, described; undefined when the zone or window is not valid. */
export function describeNextUpgrade(input: NextUpgradeInput): NextUpgradeDescription | undefined {
  const { maintenanceWindow, siteTimeZone, countryCode, releasedAt, viewerTimeZone } = input;
  let upgradeWindow: NextUpgradeWindow;
  try {
    upgradeWindow = nextUpgradeWindow(
      {
        day: weekdayNumberFromApi(maintenanceWindow.day),
        start: maintenanceWindow.start,
        end: maintenanceWindow.end,
      },
      siteTimeZone,
      releasedAt,
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
    notes: notesOf(upgradeWindow),
  };
}
