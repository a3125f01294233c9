import type { SiteSortField } from '@/contract/sites';

/*
 * The Sites table's columns. Site Type, Connection Type, the city and the local time show only on
 * wide screens: on a 1280- or 1440-pixel laptop what an administrator scans (name, country, zone,
 * offset, next upgrade) keeps one line a site without the table scrolling sideways, and the hidden
 * columns stay sortable from "Sort by". With them, the table needs about 1,600 pixels.
 */

export const WIDE_SCREEN = '@media (min-width: 1600px)';

/** For a cell of a wide-screen-only column (header and rows alike). */
export const wideScreenOnly = { display: 'none', [WIDE_SCREEN]: { display: 'table-cell' } } as const;

/** For words inside a cell that only wide screens show. */
export const wideScreenOnlyText = { display: 'none', [WIDE_SCREEN]: { display: 'inline' } } as const;

/** The tick box of a row (administrators only): no wider or taller than a dense row needs. */
export const checkboxCell = { width: 32, pl: '4px !important', pr: '0 !important' } as const;

export interface SitesColumn {
  label: string;
  /** Words added to the label on wide screens, where the column shows more. */
  wideScreenLabel?: string;
  sortField?: SiteSortField;
  wideScreenOnly?: boolean;
}

export const SITES_COLUMNS: readonly SitesColumn[] = [
  { label: 'Name', sortField: 'name' },
  { label: 'Site Type', sortField: 'siteType', wideScreenOnly: true },
  { label: 'Connection Type', sortField: 'connectionType', wideScreenOnly: true },
  // A no-break space: the sort label is a flex box, which drops a plain space at the start of its child.
  { label: 'Country', wideScreenLabel: '\u00a0/ City', sortField: 'country' },
  { label: 'Time Zone', sortField: 'timezone' },
  { label: 'UTC offset', sortField: 'utcOffset' },
  { label: 'Next upgrade if released now', sortField: 'nextUpgrade' },
  { label: 'Your time' },
];
