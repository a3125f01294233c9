import type { SiteSort } from '@/contract/sites';

/*
 * Every order the list offers, in words, for the "Sort by" menu: on a phone there is no table
 * header to click, and on a laptop screen some sortable columns are left out of the table.
 */
export const SORT_OPTIONS: readonly { sort: SiteSort; label: string }[] = [
  { sort: 'name', label: 'Name, A to Z' },
  { sort: '-name', label: 'Name, Z to A' },
  { sort: 'nextUpgrade', label: 'Next upgrade, soonest first' },
  { sort: '-nextUpgrade', label: 'Next upgrade, latest first' },
  { sort: 'utcOffset', label: 'UTC offset, west to east' },
  { sort: '-utcOffset', label: 'UTC offset, east to west' },
  { sort: 'country', label: 'Country, A to Z' },
  { sort: '-country', label: 'Country, Z to A' },
  { sort: 'timezone', label: 'Time zone name, A to Z' },
  { sort: '-timezone', label: 'Time zone name, Z to A' },
  { sort: 'siteType', label: 'Site type, A to Z' },
  { sort: '-siteType', label: 'Site type, Z to A' },
  { sort: 'connectionType', label: 'Connection type, A to Z' },
  { sort: '-connectionType', label: 'Connection type, Z to A' },
];
