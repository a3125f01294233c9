import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import type { AccountSchedule } from './site-list-entry';
import type { SiteSort, SiteSummary } from '@/contract/sites';
import type { DateTime } from '@/lib/date-time';
import { SiteRow } from './site-row';
import { checkboxCell, SITES_COLUMNS, wideScreenOnly } from './sites-columns';
import { SitesTableHead } from './sites-table-head';
import type { SiteSelection } from './use-site-selection';

interface SitesTableProps {
  sort: SiteSort;
  onSort: (sort: SiteSort) => void;
  sites: readonly SiteSummary[] | undefined;
  loading: boolean;
  busy: boolean;
  /** Shown in one wide cell instead of rows: failed, past the end, nothing matches. */
  message: ReactNode;
  /** The account's window and freezes; undefined while they load. */
  schedule: AccountSchedule | undefined;
  now: DateTime;
  viewerTimeZone: string;
  /** Ticked sites for the bulk action; undefined for a viewer. */
  selection: SiteSelection | undefined;
}

/*
 * Dense: one line a site (13 px text, 4 px above and below), so a 1280 x 800 screen shows 15
 * sites and more at once. Secondary words sit on the same line in the secondary colour.
 */
const dense = {
  '& .MuiTableCell-root': { py: 0.5, px: '5px', fontSize: '0.8125rem', lineHeight: 1.45 },
  '& .MuiTableCell-head': { lineHeight: 1.3, verticalAlign: 'bottom', whiteSpace: 'nowrap' },
} as const;

/** The list as a table, for screens wide enough for one. */
export function SitesTable(props: SitesTableProps) {
  const { sites, loading, message, schedule, now, viewerTimeZone, selection } = props;
  const columnCount = SITES_COLUMNS.length + (selection ? 1 : 0);
  const onPage = sites ?? [];
  const tickedOnPage = selection ? onPage.filter((site) => selection.selected.has(site.id)).length : 0;
  let body: ReactNode;
  if (loading) {
    body = Array.from({ length: 12 }, (_, row) => (
      <TableRow key={row}>
        {selection && <TableCell padding="checkbox" sx={checkboxCell} />}
        {SITES_COLUMNS.map(({ label, wideScreenOnly: wideOnly }, column) => (
          <TableCell key={label} sx={wideOnly ? wideScreenOnly : undefined}>
            {row === 0 && column === 0 && <LoadingStatus>Loading the sites…</LoadingStatus>}
            <Skeleton />
          </TableCell>
        ))}
      </TableRow>
    ));
  } else if (message) {
    body = (
      <TableRow>
        <TableCell colSpan={columnCount} sx={{ py: 4, textAlign: 'center' }}>
          {message}
        </TableCell>
      </TableRow>
    );
  } else {
    body = sites?.map((site) => (
      <SiteRow
        key={site.id}
        site={site}
        schedule={schedule}
        now={now}
        viewerTimeZone={viewerTimeZone}
        selected={selection?.selected.has(site.id) ?? false}
        onSelect={selection?.toggle}
      />
    ));
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Sites" aria-busy={props.busy} sx={dense}>
        <SitesTableHead
          sort={props.sort}
          onSort={props.onSort}
          selectPage={
            selection && {
              checked: onPage.length > 0 && tickedOnPage === onPage.length,
              indeterminate: tickedOnPage > 0 && tickedOnPage < onPage.length,
              onChange: (checked) => selection.togglePage(onPage, checked),
            }
          }
        />
        <TableBody>{body}</TableBody>
      </Table>
    </TableContainer>
  );
}
