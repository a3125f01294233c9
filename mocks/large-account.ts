import { CONNECTION_TYPES, SITE_TYPES, type Site } from '@/contract/sites';
import { countriesOfTimeZone, listTimeZones } from '@/domain/places';
import type { MockData } from './mock-data';

/*
 * The `large` and `very-large` scenarios: the demo account grown to 5,000 or 20,000 sites spread
 * over every zone that has a country, so the list, the calendar and the preview meet a big
 * account. Generated the same way every time (no randomness), kept in memory only.
 */

export const LARGE_ACCOUNT_SITES = 5_000;
export const VERY_LARGE_ACCOUNT_SITES = 20_000;

/** The item at `index`, going round the list. */
function cycle<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('cycle() needs a non-empty list');
  return item;
}

/** The seed's sites and generated ones, `siteCount` in all; the first 5,000 are the `large` account's. */
export function createLargeAccount(seed: MockData, siteCount: number = LARGE_ACCOUNT_SITES): MockData {
  const zones = listTimeZones().filter((zone) => countriesOfTimeZone(zone).length > 0);
  const recentVersions = seed.socketReleases.slice(0, 2).map((release) => release.version);
  const generated: Site[] = [];
  for (let index = 1; seed.sites.length + generated.length < siteCount; index++) {
    const zone = cycle(zones, index);
    const city = cycle(zone.split('/').reverse(), 0).replaceAll('_', ' ');
    // Mostly branches, like a real account; every tenth site is of another type.
    const siteType = index % 10 === 0 ? cycle(SITE_TYPES, 1 + (index % 3)) : 'Branch';
    const number = String(index).padStart(4, '0');
    generated.push({
      id: `site-${number}`,
      name: `${city} ${siteType} ${number}`,
      description: '',
      siteType,
      connectionType: cycle(CONNECTION_TYPES, index),
      countryCode: cycle(countriesOfTimeZone(zone), 0),
      stateCode: null,
      cityName: city,
      address: '',
      timezone: zone,
      // One site in seven has not upgraded to the latest release yet.
      socketVersion: cycle(recentVersions, index % 7 === 0 ? 1 : 0),
      haMode: index % 4 === 0 ? 'ha' : 'single',
      upgradeWindow: null,
      version: 1,
      updatedAt: '2026-05-11T09:00:00.000Z',
      updatedBy: seed.maintenanceWindow.updatedBy,
    });
  }
  return { ...seed, sites: [...seed.sites, ...generated] };
}
