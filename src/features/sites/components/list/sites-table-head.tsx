import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { SiteSort } from '@/contract/sites';

type SortKey = Exclude<SiteSort, `-${string}`>;

const COLUMNS: { label: string; sortKey?: SortKey; width: string }[] = [
  { label: 'Name', sortKey: 'name', width: '15%' },
  { label: 'Site Type', sortKey: 'siteType', width: '9%' },
  { label: 'Connection Type', sortKey: 'connectionType', width: '9%' },
  { label: 'Country / City', sortKey: 'country', width: '15%' },
  { label: 'Time Zone', sortKey: 'timezone', width: '18%' },
  { label: 'Next upgrade window if released now', width: '34%' },
];

interface SitesTableHeadProps {
  sort: SiteSort;
  onSort: (sort: SiteSort) => void;
}

export function SitesTableHead({ sort, onSort }: SitesTableHeadProps) {
  const descending = sort.startsWith('-');
  const sortedBy = descending ? sort.slice(1) : sort;
  return (
    <TableHead>
      <TableRow>
        {COLUMNS.map(({ label, sortKey, width }) => {
          const active = sortKey === sortedBy;
          const direction = active && descending ? 'desc' : 'asc';
          return (
            <TableCell
              key={label}
              sx={{ width, fontWeight: 600 }}
              aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
            >
              {sortKey ? (
                <TableSortLabel
                  active={active}
                  direction={direction}
                  // The first click sorts ascending; a click on the sorted column turns it round.
                  onClick={() => onSort(active && !descending ? `-${sortKey}` : sortKey)}
                >
                  {label}
                </TableSortLabel>
              ) : (
                label
              )}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}
