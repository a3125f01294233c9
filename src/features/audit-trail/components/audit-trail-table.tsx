import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import type { Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import type { AuditEntry } from '@/contract/audit-log';
import { CHANGE, countOf, PAGE } from '@/lib/plural';
import { AUDIT_PAGE_SIZES, type AuditTrailState } from '../model/audit-trail-params';
import { AuditEntryRow } from './audit-entry-row';
import { LoadErrorAlert } from '@/components/load-error-alert';

const COLUMNS = ['When', 'Administrator', 'Changed', 'Before → after'];

interface AuditTrailTableProps {
  state: AuditTrailState;
  onChange: (change: Partial<AuditTrailState>) => void;
  entries: readonly AuditEntry[] | undefined;
  total: number;
  /** First load: nothing to show yet. */
  loading: boolean;
  /** Another page or filter is on its way; the previous rows stay meanwhile. */
  refreshing: boolean;
  error: unknown;
  onRetry: () => void;
  /** Said instead of asking the server (a date range that ends before it starts). */
  blockedBy: string | undefined;
  filtered: boolean;
  onClearFilters: () => void;
  viewerTimeZone: string;
}

function MessageRow({ children }: { children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={COLUMNS.length} sx={{ py: 4, textAlign: 'center' }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

/**
 * On a phone four columns leave each a few words a line and every row a screen tall: each change
 * stacks its cells instead (when, who, what, before and after), the column names kept for
 * assistive technology only. Still a table, so it reads as one.
 */
const stackedOnAPhone = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& thead': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    },
    '& tbody tr': {
      display: 'flex',
      flexDirection: 'column',
      gap: 0.5,
      py: 1.5,
      px: 2,
      borderBottom: 1,
      borderColor: 'divider',
    },
    '& tbody td, & tbody th': { display: 'block', border: 'none', p: 0 },
  },
});

const lastPage = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

export function AuditTrailTable(props: AuditTrailTableProps) {
  const { state, onChange, entries, total, loading, refreshing, error, onRetry, viewerTimeZone } = props;

  let body: ReactNode;
  if (props.blockedBy) {
    body = (
      <MessageRow>
        <Typography>{props.blockedBy}</Typography>
      </MessageRow>
    );
  } else if (loading) {
    body = Array.from({ length: 6 }, (_, row) => (
      <TableRow key={row}>
        {COLUMNS.map((column, index) => (
          <TableCell key={column}>
            {row === 0 && index === 0 && <LoadingStatus>Loading the audit trail…</LoadingStatus>}
            <Skeleton />
          </TableCell>
        ))}
      </TableRow>
    ));
  } else if (error && !entries) {
    body = (
      <MessageRow>
        <LoadErrorAlert what="The audit trail" error={error} onRetry={onRetry} />
      </MessageRow>
    );
  } else if (entries?.length === 0 && total > 0) {
    const last = lastPage(total, state.pageSize);
    body = (
      <MessageRow>
        <Typography sx={{ mb: 1 }}>
          There is no page {state.page}: {countOf(total, CHANGE)} fit on {countOf(last, PAGE)}.
        </Typography>
        <Button onClick={() => onChange({ page: last })}>Go to the last page</Button>
      </MessageRow>
    );
  } else if (!entries || entries.length === 0) {
    body = (
      <MessageRow>
        <Typography sx={{ mb: props.filtered ? 1 : 0 }}>
          {props.filtered ? 'No change matches these filters.' : 'No change has been saved yet.'}
        </Typography>
        {props.filtered && <Button onClick={props.onClearFilters}>Clear filters</Button>}
      </MessageRow>
    );
  } else {
    body = entries.map((entry) => (
      <AuditEntryRow key={entry.id} entry={entry} viewerTimeZone={viewerTimeZone} />
    ));
  }

  return (
    <Paper variant="outlined">
      {/* Keeps its height so the table does not jump while a page loads. */}
      <LinearProgress
        sx={{ visibility: refreshing ? 'visible' : 'hidden' }}
        aria-hidden={!refreshing}
        aria-label="Loading the audit trail"
      />
      <TableContainer>
        <Table size="small" aria-label="Audit trail" aria-busy={loading || refreshing} sx={stackedOnAPhone}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{body}</TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={props.blockedBy ? 0 : total}
        // Past the end, the pager stands on the last page: "Previous" then leads back into the list.
        page={Math.min(Math.max(0, state.page - 1), lastPage(total, state.pageSize) - 1)}
        rowsPerPage={state.pageSize}
        rowsPerPageOptions={[...AUDIT_PAGE_SIZES]}
        labelRowsPerPage="Changes per page"
        // On a phone MUI's spacing pushed the "next page" button past the edge.
        sx={(theme) => ({
          [theme.breakpoints.down('sm')]: {
            '& .MuiTablePagination-toolbar': { pl: 1.5, pr: 0.5 },
            '& .MuiTablePagination-input': { mr: 1 },
            '& .MuiTablePagination-actions': { ml: 1 },
          },
        })}
        labelDisplayedRows={({ from, to, count }) =>
          entries?.length === 0 ? `0 of ${count}` : `${from}–${to} of ${count}`
        }
        onPageChange={(_event, page) => onChange({ page: page + 1 })}
        onRowsPerPageChange={(event) => onChange({ pageSize: Number(event.target.value) })}
      />
    </Paper>
  );
}
