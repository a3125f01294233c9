import { storedWindowProblem } from '@/contract/maintenance-window';
import { isRecognisedTimeZone, type SiteSummary } from '@/contract/sites';
import { countryName } from '@/domain/places';
import { buildCsv } from '@/lib/csv';
import { EXPORT_LOCALE, formatOffset, type DateTime } from '@/lib/date-time';
import { explainNextUpgrade, upgradeTimes } from '@/lib/upgrade-wording';
import { describeNextUpgrade } from '../../upgrade/describe-next-upgrade';
import { windowText } from '../../upgrade/window-text';
import type { AccountSchedule } from './site-list-entry';

/*
 * The Sites list as a CSV: one row per site, in the list's order, with its next upgrade window
 * if a version were released at `releasedAt` (in its own window or the account's, under the
 * account's freezes). Words for people first (the console's wording),
 * then columns for programs: ids, codes, and ISO 8601 instants in UTC and in the site's time.
 */

/** One zone's answer under one window, shared by every site of that zone, country and window. */
interface ZoneColumns {
  readable: [offset: string, windowUsed: string, siteTime: string, viewerTime: string, notes: string];
  machine: [startUtc: string, endUtc: string, startLocal: string, endLocal: string];
}

const iso = (instant: DateTime) => instant.toISO({ suppressMilliseconds: true }) ?? '';

function zoneColumns(
  site: SiteSummary,
  { maintenanceWindow, freezes }: AccountSchedule,
  releasedAt: DateTime,
  viewerTimeZone: string,
): ZoneColumns {
  const offset = isRecognisedTimeZone(site.timezone)
    ? formatOffset(releasedAt.setZone(site.timezone).offset)
    : '';
  const siteWindow = site.upgradeWindow ?? maintenanceWindow;
  const windowUsed = `${windowText(siteWindow)} (${site.upgradeWindow ? 'own' : 'account'})`;
  const none = (reason: string): ZoneColumns => ({
    readable: [offset, windowUsed, '', '', reason],
    machine: ['', '', '', ''],
  });
  if (!isRecognisedTimeZone(site.timezone)) return none('Time zone not recognised: fix it on the site.');
  const problem = storedWindowProblem(siteWindow);
  if (problem) return none(problem);
  const description = describeNextUpgrade({
    maintenanceWindow: siteWindow,
    siteTimeZone: site.timezone,
    countryCode: site.countryCode,
    releasedAt,
    viewerTimeZone,
    freezes,
  });
  if (!description) return none('Not known for this time zone.');
  const { upgradeWindow } = description;
  // Worded in the exports' one locale, whatever the browser's (the list itself follows the browser).
  const times = upgradeTimes(upgradeWindow, viewerTimeZone, {
    countryCode: site.countryCode,
    locale: EXPORT_LOCALE,
  });
  const notes = explainNextUpgrade(upgradeWindow, EXPORT_LOCALE).map(({ sentence }) => sentence);
  return {
    readable: [offset, windowUsed, times.siteTime, times.otherTime, notes.join(' ')],
    machine: [
      iso(upgradeWindow.start.toUTC()),
      iso(upgradeWindow.end.toUTC()),
      iso(upgradeWindow.start),
      iso(upgradeWindow.end.setZone(upgradeWindow.start.zone)),
    ],
  };
}

export interface SitesCsvInput {
  /** In the order they are to be listed. */
  sites: readonly SiteSummary[];
  schedule: AccountSchedule;
  releasedAt: DateTime;
  viewerTimeZone: string;
}

export function sitesCsv({ sites, schedule, releasedAt, viewerTimeZone }: SitesCsvInput): string {
  // 5,000 sites share a few hundred zones: each zone's words are built once.
  const byZone = new Map<string, ZoneColumns>();
  const columnsOf = (site: SiteSummary) => {
    const own = site.upgradeWindow;
    const key = `${site.timezone}|${site.countryCode}|${own ? `${own.day} ${own.start}-${own.end}` : 'account'}`;
    let columns = byZone.get(key);
    if (!columns) {
      columns = zoneColumns(site, schedule, releasedAt, viewerTimeZone);
      byZone.set(key, columns);
    }
    return columns;
  };
  const releasedAtUtc = iso(releasedAt.toUTC());
  return buildCsv(
    [
      'Site',
      'Site type',
      'Connection type',
      'Country',
      'City',
      'Time zone',
      'UTC offset now',
      'Upgrade window',
      'Next upgrade (site time)',
      `Next upgrade (your time, ${viewerTimeZone})`,
      'Notes',
      'Site ID',
      'Country code',
      'Next upgrade start (UTC)',
      'Next upgrade end (UTC)',
      'Next upgrade start (site time)',
      'Next upgrade end (site time)',
      'If released at (UTC)',
    ],
    sites.map((site) => {
      const { readable, machine } = columnsOf(site);
      const [offset, ...upgrade] = readable;
      return [
        site.name,
        site.siteType,
        site.connectionType,
        countryName(site.countryCode) ?? site.countryCode,
        site.cityName,
        site.timezone,
        offset,
        ...upgrade,
        site.id,
        site.countryCode,
        ...machine,
        releasedAtUtc,
      ];
    }),
  );
}

/** "sites-next-upgrades-20261118T0900Z.csv": what it holds and when it was worked out. */
export function sitesCsvFileName(releasedAt: DateTime): string {
  return `sites-next-upgrades-${releasedAt.toUTC().toFormat("yyyyMMdd'T'HHmm'Z'")}.csv`;
}
