import type { CalendarSite, ZoneGroup, ZoneUpgrade } from './calendar-types';

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
  upgradeOf: (timeZone: string) => ZoneUpgrade,
): ZoneGroup[] {
  const groups: ZoneGroup[] = [];
  for (const [timeZone, zoneSites] of sitesByZone(sites)) {
    groups.push({ timeZone, sites: zoneSites, upgrade: upgradeOf(timeZone) });
  }
  return groups.sort(
    (a, b) => a.upgrade.startMillis - b.upgrade.startMillis || a.timeZone.localeCompare(b.timeZone),
  );
}
