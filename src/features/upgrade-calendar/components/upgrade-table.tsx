import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, useState } from 'react';
import { formatDuration, type DateTime } from '@/lib/date-time';
import { countOf, SITE } from '@/lib/plural';
import type { ZoneGroup } from '../model/calendar-types';
import {
  buildUpgradeRows,
  sortUpgradeRows,
  upgradeRowsCsv,
  upgradeWordingCache,
  type SortKey,
} from '../model/upgrade-rows';
import { downloadCsv } from '@/lib/csv';

interface UpgradeTableProps {
  groups: readonly ZoneGroup[];
  displayZone: string;
  releasedAt: DateTime;
}

const COLUMNS: { key: SortKey | undefined; label: (zone: string) => string }[] = [
  { key: 'site', label: () => 'Site' },
  { key: 'country', label: () => 'Country' },
  { key: 'timeZone', label: () => 'Time Zone' },
  { key: 'window', label: () => 'Upgrade window (site time)' },
  { key: undefined, label: (zone) => `Upgrade window (${zone})` },
  { key: 'length', label: () => 'Length' },
  { key: 'afterRelease', label: () => 'After the release' },
  { key: undefined, label: () => 'Notes' },
];

/** Every site's upgrade, sortable and paged; the non-visual equivalent of the week view. */
export function UpgradeTable({ groups, displayZone, releasedAt }: UpgradeTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({
    key: 'window',
    direction: 'asc',
  });
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(50);
  // On a phone the filters are in the Calendar settings sheet, not above the table.
  const compact = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const rows = useMemo(() => buildUpgradeRows(groups, releasedAt), [groups, releasedAt]);
  const wordingOf = useMemo(() => upgradeWordingCache(displayZone), [displayZone]);
  const sorted = useMemo(() => sortUpgradeRows(rows, sort.key, sort.direction), [rows, sort]);
  const lastPage = Math.max(0, Math.ceil(sorted.length / rowsPerPage) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageRows = sorted.slice(shownPage * rowsPerPage, (shownPage + 1) * rowsPerPage);

  const exportCsv = () =>
    downloadCsv(
      `socket-upgrades-${releasedAt.toFormat("yyyyMMdd'T'HHmm'Z'")}.csv`,
      upgradeRowsCsv(sorted, displayZone),
    );

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {countOf(rows.length, SITE)}.{' '}
          {compact ? 'Filter them in Calendar settings.' : 'Filter them with the fields above.'}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          onClick={exportCsv}
          disabled={rows.length === 0}
        >
          Export CSV
        </Button>
      </Box>
      <TableContainer>
        <Table size="small" aria-label="Upgrade window of each site">
          <TableHead>
            <TableRow>
              {COLUMNS.map(({ key, label }) => (
                <TableCell
                  key={label(displayZone)}
                  sortDirection={key && sort.key === key ? sort.direction : false}
                >
                  {key ? (
                    <TableSortLabel
                      active={sort.key === key}
                      direction={sort.key === key ? sort.direction : 'asc'}
                      onClick={() =>
                        setSort((current) => ({
                          key,
                          direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc',
                        }))
                      }
                    >
                      {label(displayZone)}
                    </TableSortLabel>
                  ) : (
                    label(displayZone)
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {pageRows.map((row) => {
              const wording = wordingOf(row.group);
              return (
                <TableRow key={row.site.id} hover>
                  <TableCell component="th" scope="row">
                    {row.site.name}
                  </TableCell>
                  <TableCell>{row.country}</TableCell>
                  <TableCell>{row.timeZone}</TableCell>
                  <TableCell>{wording.siteTime}</TableCell>
                  <TableCell>{wording.displayTime}</TableCell>
                  <TableCell>{formatDuration(row.lengthMinutes)}</TableCell>
                  <TableCell>{formatDuration(row.afterReleaseMinutes)}</TableCell>
                  <TableCell>
                    {wording.ownWindow && (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={wording.ownWindow}
                        sx={{ my: 0.25, mr: 0.5 }}
                      />
                    )}
                    {wording.movedBy.map((label) => (
                      <Chip
                        key={label}
                        size="small"
                        variant="outlined"
                        label={label}
                        // The border carries the colour; the text keeps full contrast.
                        sx={{ my: 0.25, mr: 0.5, borderColor: 'warning.main', borderWidth: 2 }}
                      />
                    ))}
                    {wording.notes.map((note) => (
                      <Chip
                        key={note}
                        size="small"
                        variant="outlined"
                        label={note}
                        sx={{
                          height: 'auto',
                          my: 0.25,
                          '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
                        }}
                      />
                    ))}
                  </TableCell>
                </TableRow>
              );
            })}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length}>No site matches the filters.</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={sorted.length}
        page={shownPage}
        onPageChange={(_event, next) => setPage(next)}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={[25, 50, 100]}
        onRowsPerPageChange={(event) => {
          setRowsPerPage(Number(event.target.value));
          setPage(0);
        }}
      />
    </Box>
  );
}
