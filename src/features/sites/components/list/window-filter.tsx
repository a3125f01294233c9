import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { WindowFilter as WindowFilterValue } from './sites-list-params';

interface WindowFilterProps {
  value: WindowFilterValue | null;
  onChange: (value: WindowFilterValue | null) => void;
}

/** "Upgrade window": any, the account's, or the site's own. */
export function WindowFilter({ value, onChange }: WindowFilterProps) {
  return (
    <TextField
      select
      fullWidth
      id="sites-window-filter"
      label="Upgrade window"
      value={value ?? 'any'}
      onChange={(event) => {
        const chosen = event.target.value;
        onChange(chosen === 'own' || chosen === 'account' ? chosen : null);
      }}
    >
      <MenuItem value="any">Any</MenuItem>
      <MenuItem value="account">Account's</MenuItem>
      <MenuItem value="own">Own</MenuItem>
    </TextField>
  );
}
