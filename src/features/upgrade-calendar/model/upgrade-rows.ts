import { countryName } from '@/domain/places';
import { DateTime, EXPORT_LOCALE, formatDuration } from '@/lib/date-time';
import { explainNextUpgrade, movedByFreezeLabels, upgradeTimes } from '@/lib/upgrade-wording';
import type { CalendarSite, ZoneGroup } from './calendar-types';
import { ownWindowText, slotText } from './zone-groups';
import { buildCsv } from '@/lib/csv';

/** How a zone's upgrade reads in a row: in the site's time, in the display zone, and why. */
export interface UpgradeWording {
  siteTime: string;
  displayTime: string;
  notes: string[];
  /** "Own window: Tuesday 02:00 – 04:00" for sites with their own window. */
  ownWindow: string | undefined;
  /** "Moved by the Year-end freeze", one per freeze that held an earlier window back. */
  movedBy: string[];
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
  endMillis: number;
  lengthMinutes: number;
  /** From the release to the window's opening. */
  afterReleaseMinutes: number;
  /** The 48-hour notice passed over an earlier window. */
  deferredByNotice: boolean;
  /** The freezes that held earlier windows back, by name, in order; empty when none did. */
  freezeNames: string[];
}

/**
 * The wording of each zone's upgrade, built once per zone group and display zone. Keyed by the
 * group object: a new release, window or zone data makes new groups, and so new words. Dates
 * are in the browser's locale unless `locale` says otherwise (the CSV's is fixed).
 */
export function upgradeWordingCache(
  displayZone: string,
  locale?: string,
): (group: ZoneGroup) => UpgradeWording {
  const known = new WeakMap<ZoneGroup, UpgradeWording>();
  return (group) => {
    let wording = known.get(group);
    if (!wording) {
      const times = upgradeTimes(group.upgrade, displayZone, {
        countryCode: group.sites[0]?.countryCode,
        locale,
      });
      wording = {
        siteTime: times.siteTime,
        displayTime: times.otherTime,
        notes: explainNextUpgrade(group.upgrade, locale).map(({ sentence }) => sentence),
        ownWindow: ownWindowText(group),
        movedBy: movedByFreezeLabels(group.upgrade),
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
      endMillis: upgrade.endMillis,
      deferredByNotice: upgrade.deferredWindow !== null,
      freezeNames: [...new Set(upgrade.frozenWindows.map(({ freezeName }) => freezeName))],
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

/** "2023-03-11T16:00:00Z" in UTC, "2023-03-12T01:00:00+09:00" in a zone: ISO 8601, to the second. */
function isoInstant(millis: number, zone: string): string {
  return DateTime.fromMillis(millis, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/** A window's ends as a machine reads them, in UTC and in the site's time with its offset. */
interface WindowInstants {
  startUtc: string;
  endUtc: string;
  startSite: string;
  endSite: string;
}

/**
 * The CSV: the readable columns of the table first, in the order they always had (imports made
 * for them keep working), then what a spreadsheet or a ticketing import computes with: ids and
 * codes, ISO 8601 instants, plain minutes, true/false. A wave is every site whose window opens
 * at the same instant (`groupIntoWaves`), so its UTC opening names it. Columns added later come
 * last: the site's own window, the freezes that moved its upgrade, and whether one did.
 */
export function upgradeRowsCsv(rows: readonly UpgradeRow[], displayZone: string): string {
  const wordingOf = upgradeWordingCache(displayZone, EXPORT_LOCALE);
  const instants = new Map<ZoneGroup, WindowInstants>();
  const instantsOf = (group: ZoneGroup): WindowInstants => {
    let known = instants.get(group);
    if (!known) {
      const { startMillis, endMillis } = group.upgrade;
      known = {
        startUtc: isoInstant(startMillis, 'utc'),
        endUtc: isoInstant(endMillis, 'utc'),
        startSite: isoInstant(startMillis, group.timeZone),
        endSite: isoInstant(endMillis, group.timeZone),
      };
      instants.set(group, known);
    }
    return known;
  };
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
      'Site ID',
      'Country code',
      'HA mode',
      'Start (UTC)',
      'End (UTC)',
      'Start (site time)',
      'End (site time)',
      'Length (minutes)',
      'After the release (minutes)',
      'Deferred by notice',
      'Wave (UTC start)',
      'Own window (site time)',
      'Freeze',
      'Deferred by freeze',
    ],
    rows.map((row) => {
      const wording = wordingOf(row.group);
      const at = instantsOf(row.group);
      return [
        row.site.name,
        row.country,
        row.timeZone,
        wording.siteTime,
        wording.displayTime,
        formatDuration(row.lengthMinutes),
        formatDuration(row.afterReleaseMinutes),
        wording.notes.join('; '),
        row.site.id,
        row.site.countryCode,
        row.site.haMode,
        at.startUtc,
        at.endUtc,
        at.startSite,
        at.endSite,
        String(row.lengthMinutes),
        String(row.afterReleaseMinutes),
        String(row.deferredByNotice),
        at.startUtc,
        row.group.ownWindow ? slotText(row.group.ownWindow) : '',
        row.freezeNames.join('; '),
        String(row.freezeNames.length > 0),
      ];
    }),
  );
}
