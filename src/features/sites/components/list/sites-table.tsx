import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import { useNow } from '@/components/time-zone-picker';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteSummary } from '@/contract/sites';
import { describeError } from '@/lib/api-error';
import { browserTimeZone } from '@/lib/date-time';
import { SiteRow } from './site-row';
import { isPastTheEnd, lastPage, PagePastTheEnd } from './page-past-the-end';
import { PAGE_SIZES, type SitesListState } from './sites-list-params';
import { SitesTableHead } from './sites-table-head';

const COLUMN_COUNT = 6;

interface SitesTableProps {
  state: SitesListState;
  onChange: (change: Partial<SitesListState>) => void;
  sites: readonly SiteSummary[] | undefined;
  total: number;
  /** First load: nothing to show yet. */
  loading: boolean;
  /** A new page, sort or search is on its way; the previous rows stay meanwhile. */
  refreshing: boolean;
  error: unknown;
  onRetry: () => void;
  maintenanceWindow: MaintenanceWindow | undefined;
  filtered: boolean;
  onClearFilters: () => void;
}

function MessageRow({ children }: { children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={COLUMN_COUNT} sx={{ py: 4, textAlign: 'center' }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

export function SitesTable(props: SitesTableProps) {
  const { state, onChange, sites, total, loading, refreshing, error, onRetry, maintenanceWindow } = props;
  const now = useNow();
  const viewerTimeZone = browserTimeZone();

  let body: ReactNode;
  if (loading) {
    body = Array.from({ length: 8 }, (_, row) => (
      <TableRow key={row}>
        {Array.from({ length: COLUMN_COUNT }, (_unused, column) => (
          <TableCell key={column}>
            {row === 0 && column === 0 && <LoadingStatus>Loading the sites…</LoadingStatus>}
            <Skeleton />
          </TableCell>
        ))}
      </TableRow>
    ));
  } else if (error && !sites) {
    body = (
      <MessageRow>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          }
        >
          The sites could not be loaded. {describeError(error)}
        </Alert>
      </MessageRow>
    );
  } else if (sites?.length === 0 && isPastTheEnd(state.page, total, state.pageSize)) {
    body = (
      <MessageRow>
        <PagePastTheEnd
          page={state.page}
          total={total}
          pageSize={state.pageSize}
          onGoToPage={(page) => onChange({ page })}
        />
      </MessageRow>
    );
  } else if (!sites || sites.length === 0) {
    body = (
      <MessageRow>
        <Typography sx={{ mb: props.filtered ? 1 : 0 }}>
          {props.filtered ? 'No site matches this search or filter.' : 'This account has no sites yet.'}
        </Typography>
        {props.filtered && <Button onClick={props.onClearFilters}>Clear search and filters</Button>}
      </MessageRow>
    );
  } else {
    body = sites.map((site) => (
      <SiteRow
        key={site.id}
        site={site}
        maintenanceWindow={maintenanceWindow}
        now={now}
        viewerTimeZone={viewerTimeZone}
      />
    ));
  }

  return (
    <Paper variant="outlined">
      {/* Keeps its height so the table does not jump while a page loads. */}
      <LinearProgress
        sx={{ visibility: refreshing ? 'visible' : 'hidden' }}
        aria-hidden={!refreshing}
        aria-label="Loading sites"
      />
      <TableContainer>
        <Table size="small" aria-label="Sites" aria-busy={loading || refreshing}>
          <SitesTableHead sort={state.sort} onSort={(sort) => onChange({ sort })} />
          <TableBody>{body}</TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={total}
        // Past the end, the pager stands on the last page: "Previous" then leads back into the list.
        page={Math.min(Math.max(0, state.page - 1), lastPage(total, state.pageSize) - 1)}
        rowsPerPage={state.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        labelRowsPerPage="Sites per page"
        labelDisplayedRows={({ from, to, count }) =>
          sites?.length === 0 ? `0 of ${count}` : `${from}–${to} of ${count}`
        }
        onPageChange={(_event, page) => onChange({ page: page + 1 })}
        onRowsPerPageChange={(event) => onChange({ pageSize: Number(event.target.value) })}
      />
    </Paper>
  );
}
