import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TablePagination from '@mui/material/TablePagination';
import { useNow } from '@/components/time-zone-picker';
import type { AccountSchedule } from './site-list-entry';
import type { SiteSummary } from '@/contract/sites';
import { browserTimeZone } from '@/lib/date-time';
import { lastPage } from './page-past-the-end';
import { SitesCards } from './sites-cards';
import { SitesListMessage, type SitesListMessageProps } from './sites-list-message';
import { PAGE_SIZES } from './sites-list-params';
import { SitesTable } from './sites-table';
import type { SiteSelection } from './use-site-selection';

interface SitesResultsProps extends SitesListMessageProps {
  sites: readonly SiteSummary[] | undefined;
  /** First load: nothing to show yet. */
  loading: boolean;
  /** A new page, sort or search is on its way; the previous sites stay meanwhile. */
  refreshing: boolean;
  /** The account's window and freezes; undefined while they load. */
  schedule: AccountSchedule | undefined;
  /** A phone: cards instead of a table. */
  compact: boolean;
  /** Ticked sites for the bulk action; undefined for a viewer. */
  selection: SiteSelection | undefined;
}

/** One page of sites (a table, or cards on a phone), its loading and empty states, and the pager. */
export function SitesResults(props: SitesResultsProps) {
  const { state, onChange, sites, total, loading, refreshing, schedule, compact, selection } = props;
  const now = useNow();
  const viewerTimeZone = browserTimeZone();
  // Failed, past the end, or nothing matches: a message instead of sites.
  const hasMessage = !loading && (!sites || sites.length === 0);
  const shared = {
    sites,
    loading,
    busy: loading || refreshing,
    message: hasMessage ? <SitesListMessage {...props} /> : null,
    schedule,
    now,
    viewerTimeZone,
    selection,
  };

  return (
    // On a phone the cards are the frames: no frame around them.
    <Paper variant="outlined" sx={compact ? { border: 0, bgcolor: 'transparent' } : undefined}>
      {/* Keeps its height so the list does not jump while a page loads. */}
      <LinearProgress
        sx={{ visibility: refreshing ? 'visible' : 'hidden' }}
        aria-hidden={!refreshing}
        aria-label="Loading sites"
      />
      {compact ? (
        <SitesCards {...shared} />
      ) : (
        <SitesTable {...shared} sort={state.sort} onSort={(sort) => onChange({ sort })} />
      )}
      <TablePagination
        component="div"
        count={total}
        // Past the end, the pager stands on the last page: "Previous" then leads back into the list.
        page={Math.min(Math.max(0, state.page - 1), lastPage(total, state.pageSize) - 1)}
        rowsPerPage={state.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        labelRowsPerPage={compact ? 'Per page' : 'Sites per page'}
        labelDisplayedRows={({ from, to, count }) =>
          sites?.length === 0 ? `0 of ${count}` : `${from}–${to} of ${count}`
        }
        onPageChange={(_event, page) => onChange({ page: page + 1 })}
        onRowsPerPageChange={(event) => onChange({ pageSize: Number(event.target.value) })}
      />
    </Paper>
  );
}
