import type { NextUpgradeWindow } from '@/domain/upgrade-schedule';
import { countOf, SITE } from '@/lib/plural';
import type { CalendarSite, ZoneGroup } from './calendar-types';

/** Sites by their zone, each list sorted by site name. */
export function sitesByZone(sites: readonly CalendarSite[]): Map<string, CalendarSite[]> {
  const byZone = new Map<string, CalendarSite[]>();
  for (const site of sites) {
    const zoneSites = byZone.get(site.timeZone);
    if (zoneSites) zoneSites.push(site);
    else byZone.set(site.timeZone, [site]);
  }
  for (const zoneSites of byZone.values()) zoneSites.sort((a, b) => a.name.localeCompare(b.name));
  return byZone;
}

/**
 * One group per zone, in upgrade order (then by zone name). `upgradeOf` is asked once per zone:
 * the schedule depends on the zone, never on the site.
 */
export function groupByZone(
  sites: readonly CalendarSite[],
  upgradeOf: (timeZone: string) => NextUpgradeWindow,
): ZoneGroup[] {
  const groups: ZoneGroup[] = [];
  for (const [timeZone, zoneSites] of sitesByZone(sites)) {
    groups.push({ timeZone, sites: zoneSites, upgrade: upgradeOf(timeZone) });
  }
  return groups.sort(
    (a, b) => a.upgrade.startMillis - b.upgrade.startMillis || a.timeZone.localeCompare(b.timeZone),
  );
}

/** "Tokyo" for one site, "3 sites" for more. */
export function sitesLabel(group: ZoneGroup): string {
  const [only] = group.sites;
  return group.sites.length === 1 && only ? only.name : countOf(group.sites.length, SITE);
}
