import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { SiteSort } from '@/contract/sites';
import Box from '@mui/material/Box';
import { checkboxCell, SITES_COLUMNS, wideScreenOnly, wideScreenOnlyText } from './sites-columns';

interface SitesTableHeadProps {
  sort: SiteSort;
  onSort: (sort: SiteSort) => void;
  /** The page's select-all box; undefined for a viewer, who has no bulk action. */
  selectPage?: { checked: boolean; indeterminate: boolean; onChange: (checked: boolean) => void } | undefined;
}

export function SitesTableHead({ sort, onSort, selectPage }: SitesTableHeadProps) {
  const descending = sort.startsWith('-');
  const sortedBy = descending ? sort.slice(1) : sort;
  return (
    <TableHead>
      <TableRow>
        {selectPage && (
          <TableCell padding="checkbox" sx={checkboxCell}>
            <Checkbox
              size="small"
              checked={selectPage.checked}
              indeterminate={selectPage.indeterminate}
              onChange={(event) => selectPage.onChange(event.target.checked)}
              slotProps={{ input: { 'aria-label': 'Select all sites on this page' } }}
              sx={{ p: 0.25 }}
            />
          </TableCell>
        )}
        {SITES_COLUMNS.map(({ label, wideScreenLabel, sortField, wideScreenOnly: wideOnly }) => {
          const active = sortField === sortedBy;
          const direction = active && descending ? 'desc' : 'asc';
          const text = (
            <>
              {label}
              {wideScreenLabel && (
                <Box component="span" sx={wideScreenOnlyText}>
                  {wideScreenLabel}
                </Box>
              )}
            </>
          );
          return (
            <TableCell
              key={label}
              sx={{ fontWeight: 600, ...(wideOnly ? wideScreenOnly : {}) }}
              aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
            >
              {sortField ? (
                <TableSortLabel
                  active={active}
                  direction={direction}
                  // The first click sorts ascending; a click on the sorted column turns it round.
                  onClick={() => onSort(active && !descending ? `-${sortField}` : sortField)}
                >
                  {text}
                </TableSortLabel>
              ) : (
                text
              )}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}
