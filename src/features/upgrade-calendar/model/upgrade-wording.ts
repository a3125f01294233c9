import { countriesOfTimeZone } from '@/domain/places';
import { formatUpgradeWindow } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';
import { describeNote } from './upgrade-notes';

export interface UpgradeWording {
  /** Site-local: "Sunday 12 March 2023, 01:00 – 03:00 (JST)" */
  siteTime: string;
  /** The same window in the display zone. */
  displayTime: string;
  notes: string[];
}

/** How a zone's upgrade reads, in the site's time and in the display zone. */
export function describeUpgrade({ upgrade, sites }: ZoneGroup, displayZone: string): UpgradeWording {
  return {
    siteTime: formatUpgradeWindow(upgrade.start, upgrade.end, {
      withYear: true,
      countryCode: sites[0]?.countryCode,
    }),
    displayTime: formatUpgradeWindow(upgrade.start.setZone(displayZone), upgrade.end, {
      withYear: true,
      countryCode: zoneCountry(displayZone),
    }),
    notes: upgrade.notes.map(describeNote),
  };
}

/**
 * The country whose names a zone's abbreviation is looked up in: "JST" is only known in
 * Japanese data, "BST" in British. Undefined for country-less zones (Etc/UTC).
 */
export function zoneCountry(timeZone: string): string | undefined {
  return countriesOfTimeZone(timeZone)[0];
}

/** "Tokyo" for one site, "3 sites" for more. */
export function sitesLabel(group: ZoneGroup): string {
  const [only] = group.sites;
  return group.sites.length === 1 && only ? only.name : `${group.sites.length.toLocaleString('en-GB')} sites`;
}
