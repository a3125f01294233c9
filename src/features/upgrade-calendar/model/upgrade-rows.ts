import { countryName } from '@/domain/places';
import { formatDuration, type DateTime } from '@/lib/date-time';
import { explainNextUpgrade, upgradeTimes } from '@/lib/upgrade-wording';
import type { CalendarSite, ZoneGroup } from './calendar-types';
import { buildCsv } from './csv';

/** How a zone's upgrade reads in a row: in the site's time, in the display zone, and why. */
export interface UpgradeWording {
  siteTime: string;
  displayTime: string;
  notes: string[];
}

/**
 * One site's upgrade for the table and the CSV export. The words (see `upgradeWordingCache`) are
 * built only for the rows shown: zone names take about a millisecond per zone to look up.
 */
export interface UpgradeRow {
  site: CalendarSite;
  group: ZoneGroup;
  country: string;
  timeZone: string;
  startMillis: number;
  lengthMinutes: number;
  /** From the release to the window's opening. */
  afterReleaseMinutes: number;
}

/**
 * The wording of each zone's upgrade, built once per zone group and display zone. Keyed by the
 * group object: a new release, window or zone data makes new groups, and so new words.
 */
export function upgradeWordingCache(displayZone: string): (group: ZoneGroup) => UpgradeWording {
  const known = new WeakMap<ZoneGroup, UpgradeWording>();
  return (group) => {
    let wording = known.get(group);
    if (!wording) {
      const times = upgradeTimes(group.upgrade, displayZone, { countryCode: group.sites[0]?.countryCode });
      wording = {
        siteTime: times.siteTime,
        displayTime: times.otherTime,
        notes: explainNextUpgrade(group.upgrade).map(({ sentence }) => sentence),
      };
      known.set(group, wording);
    }
    return wording;
  };
}

/** Rows for every site; the words are built once per zone, since its sites share them. */
export function buildUpgradeRows(groups: readonly ZoneGroup[], releasedAt: DateTime): UpgradeRow[] {
  const rows: UpgradeRow[] = [];
  for (const group of groups) {
    const { timeZone, sites, upgrade } = group;
    const shared = {
      group,
      timeZone,
      startMillis: upgrade.startMillis,
      lengthMinutes: Math.round((upgrade.endMillis - upgrade.startMillis) / 60_000),
      afterReleaseMinutes: Math.round((upgrade.startMillis - releasedAt.toMillis()) / 60_000),
    };
    for (const site of sites) {
      rows.push({ ...shared, site, country: countryName(site.countryCode) ?? site.countryCode });
    }
  }
  return rows;
}

export const SORT_KEYS = ['site', 'country', 'timeZone', 'window', 'length', 'afterRelease'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const compareBy: Record<SortKey, (a: UpgradeRow, b: UpgradeRow) => number> = {
  site: (a, b) => a.site.name.localeCompare(b.site.name),
  country: (a, b) => a.country.localeCompare(b.country),
  timeZone: (a, b) => a.timeZone.localeCompare(b.timeZone),
  window: (a, b) => a.startMillis - b.startMillis,
  length: (a, b) => a.lengthMinutes - b.lengthMinutes,
  afterRelease: (a, b) => a.afterReleaseMinutes - b.afterReleaseMinutes,
};

/** Sorted copy; ties go by window, then site name, so the order is stable across renders. */
export function sortUpgradeRows(
  rows: readonly UpgradeRow[],
  key: SortKey,
  direction: 'asc' | 'desc',
): UpgradeRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compareBy[key](a, b) || compareBy.window(a, b) || compareBy.site(a, b),
  );
}

export function upgradeRowsCsv(rows: readonly UpgradeRow[], displayZone: string): string {
  const wordingOf = upgradeWordingCache(displayZone);
  return buildCsv(
    [
      'Site',
      'Country',
      'Time zone',
      'Upgrade window (site time)',
      `Upgrade window (${displayZone})`,
      'Length',
      'After the release',
      'Notes',
    ],
    rows.map((row) => {
      const wording = wordingOf(row.group);
      return [
        row.site.name,
        row.country,
        row.timeZone,
        wording.siteTime,
        wording.displayTime,
        formatDuration(row.lengthMinutes),
        formatDuration(row.afterReleaseMinutes),
        wording.notes.join('; '),
      ];
    }),
  );
}
