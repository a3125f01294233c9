import type { SiteSummary } from '@/contract/sites';
import { groupSitesByZone, type ZoneSites } from './zone-sites';

/** A site that keeps its own upgrade window: the account's window does not apply to it. */
export type OwnWindowSite = Pick<SiteSummary, 'id' | 'name'>;

export interface SitesByWindow<T> {
  /** The sites the account's window applies to: the only ones a change of it moves. */
  following: T[];
  /** The others, by name, to be named rather than compared. */
  ownWindow: OwnWindowSite[];
}

/**
 * Splits the account's sites by whose window they follow (`upgradeWindow` set means the site's
 * own): the preview of the account's window compares the first and names the second.
 */
export function splitByOwnWindow<T extends Pick<SiteSummary, 'id' | 'name' | 'upgradeWindow'>>(
  sites: readonly T[],
): SitesByWindow<T> {
  const following: T[] = [];
  const ownWindow: OwnWindowSite[] = [];
  for (const site of sites) {
    if (site.upgradeWindow === null) following.push(site);
    else ownWindow.push({ id: site.id, name: site.name });
  }
  ownWindow.sort((one, other) => one.name.localeCompare(other.name));
  return { following, ownWindow };
}

/** The preview's zones (sites following the account's window only) and the sites it leaves out. */
export function zonesToPreview(
  sites: readonly Pick<SiteSummary, 'id' | 'name' | 'countryCode' | 'timezone' | 'upgradeWindow'>[],
): { zones: ZoneSites[]; ownWindow: OwnWindowSite[] } {
  const { following, ownWindow } = splitByOwnWindow(sites);
  return { zones: groupSitesByZone(following), ownWindow };
}
