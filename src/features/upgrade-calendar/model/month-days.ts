import { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';

export interface UpgradeDay {
  sites: number;
  zones: number;
}

/** Sites and zones whose upgrade opens on each display-zone day ("yyyy-MM-dd"). */
export function upgradesByDay(groups: readonly ZoneGroup[], displayZone: string): Map<string, UpgradeDay> {
  const days = new Map<string, { sites: number; zones: Set<string> }>();
  for (const { upgrade, sites, timeZone } of groups) {
    const day = DateTime.fromMillis(upgrade.startMillis, { zone: displayZone }).toISODate();
    if (!day) continue;
    const known = days.get(day) ?? { sites: 0, zones: new Set<string>() };
    // A zone whose sites have different windows may upgrade twice in a day: still one zone.
    known.zones.add(timeZone);
    days.set(day, { sites: known.sites + sites.length, zones: known.zones });
  }
  return new Map([...days].map(([day, { sites, zones }]) => [day, { sites, zones: zones.size }]));
}

/** The month a week belongs to: the one holding its Thursday (as ISO weeks are numbered). */
export function monthOfWeek(weekStart: DateTime): DateTime {
  return weekStart.plus({ days: 3 }).startOf('month');
}

/** Rows of seven days (Monday first) covering the month, with the days of the months around it. */
export function monthGrid(month: DateTime): DateTime[][] {
  const first = month.startOf('month').startOf('week');
  const last = month.endOf('month');
  const rows: DateTime[][] = [];
  for (let rowStart = first; rowStart <= last; rowStart = rowStart.plus({ weeks: 1 })) {
    rows.push(Array.from({ length: 7 }, (_, index) => rowStart.plus({ days: index })));
  }
  return rows;
}
