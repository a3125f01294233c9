import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SiteSort } from '@/contract/sites';
import { SORT_OPTIONS } from './sort-options';

interface SortMenuProps {
  value: SiteSort;
  onChange: (sort: SiteSort) => void;
}

/** "Sort by": every order of the list, where a column header cannot be clicked. */
export function SortMenu({ value, onChange }: SortMenuProps) {
  return (
    <TextField
      select
      label="Sort by"
      value={value}
      onChange={(event) => {
        const chosen = SORT_OPTIONS.find((option) => option.sort === event.target.value);
        if (chosen) onChange(chosen.sort);
      }}
      fullWidth
    >
      {SORT_OPTIONS.map(({ sort, label }) => (
        <MenuItem key={sort} value={sort}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}
