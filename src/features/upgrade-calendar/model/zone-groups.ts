import type { NextUpgradeWindow, WeeklySlot } from '@/domain/upgrade-schedule';
import { findTimeSlot } from '@/domain/time-slots';
import { weekdayName } from '@/domain/weekdays';
import { countOf, SITE } from '@/lib/plural';
import type { CalendarSite, ZoneGroup } from './calendar-types';

/** "Tuesday 02:00 – 04:00": a window's day and slot, as the forms name them. */
export function slotText({ day, start, end }: WeeklySlot): string {
  return `${weekdayName(day)} ${findTimeSlot({ start, end })?.label ?? `${start} – ${end}`}`;
}

/** "Own window: Tuesday 02:00 – 04:00", for a group whose sites have their own window. */
export function ownWindowText(group: Pick<ZoneGroup, 'ownWindow'>): string | undefined {
  return group.ownWindow ? `Own window: ${slotText(group.ownWindow)}` : undefined;
}

/** "Asia/Tokyo", or "Asia/Tokyo (own window: Tuesday 02:00 – 04:00)" when the zone has several groups. */
export function groupTitle(group: Pick<ZoneGroup, 'timeZone' | 'ownWindow'>): string {
  return group.ownWindow ? `${group.timeZone} (own window: ${slotText(group.ownWindow)})` : group.timeZone;
}

function sameSlot(a: WeeklySlot, b: WeeklySlot): boolean {
  return a.day === b.day && a.start === b.start && a.end === b.end;
}

/**
 * The own window a site really has: none when it follows the account's, or when its own is the
 * account's (the same schedule, so the same group).
 */
function ownWindowOf(site: CalendarSite, accountSlot: WeeklySlot): WeeklySlot | null {
  return site.ownWindow && !sameSlot(site.ownWindow, accountSlot) ? site.ownWindow : null;
}

function groupKey(timeZone: string, ownWindow: WeeklySlot | null): string {
  return ownWindow ? `${timeZone} own ${ownWindow.day} ${ownWindow.start}-${ownWindow.end}` : timeZone;
}

interface SitesOfGroup {
  timeZone: string;
  ownWindow: WeeklySlot | null;
  sites: CalendarSite[];
}

/** Sites by their zone and window (own or the account's), each list sorted by site name. */
export function sitesByZoneAndWindow(
  sites: readonly CalendarSite[],
  accountSlot: WeeklySlot,
): Map<string, SitesOfGroup> {
  const byKey = new Map<string, SitesOfGroup>();
  for (const site of sites) {
    const ownWindow = ownWindowOf(site, accountSlot);
    const key = groupKey(site.timeZone, ownWindow);
    const known = byKey.get(key);
    if (known) known.sites.push(site);
    else byKey.set(key, { timeZone: site.timeZone, ownWindow, sites: [site] });
  }
  for (const { sites: groupSites } of byKey.values()) groupSites.sort((a, b) => a.name.localeCompare(b.name));
  return byKey;
}

/**
 * One group per zone and window, in upgrade order (then by zone name, the account's window
 * first). `upgradeOf` is asked once per group: the schedule depends on the zone and the window,
 * never on the site.
 */
export function groupByZone(
  sites: readonly CalendarSite[],
  accountSlot: WeeklySlot,
  upgradeOf: (timeZone: string, slot: WeeklySlot) => NextUpgradeWindow,
): ZoneGroup[] {
  const groups: ZoneGroup[] = [];
  for (const [key, { timeZone, ownWindow, sites: groupSites }] of sitesByZoneAndWindow(sites, accountSlot)) {
    const slot = ownWindow ?? accountSlot;
    groups.push({ key, timeZone, ownWindow, slot, sites: groupSites, upgrade: upgradeOf(timeZone, slot) });
  }
  return groups.sort(
    (a, b) =>
      a.upgrade.startMillis - b.upgrade.startMillis ||
      a.timeZone.localeCompare(b.timeZone) ||
      Number(a.ownWindow !== null) - Number(b.ownWindow !== null) ||
      a.key.localeCompare(b.key),
  );
}

/** "Tokyo" for one site, "3 sites" for more. */
export function sitesLabel(group: ZoneGroup): string {
  const [only] = group.sites;
  return group.sites.length === 1 && only ? only.name : countOf(group.sites.length, SITE);
}
