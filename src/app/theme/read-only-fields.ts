import type { Components, Theme } from '@mui/material/styles';

/**
 * An outlined field a person may read but not change (a viewer's form): a select whose root MUI
 * marks read-only, or a text field or autocomplete whose own input is read-only (not the hidden
 * inputs MUI keeps beside a select or a growing text area, which are always read-only).
 */
const READ_ONLY =
  '&.Mui-readOnly, &:has(> input[readonly]:not([aria-hidden])), &:has(> textarea[readonly]:not([aria-hidden]))';

/**
 * Read-only fields look like what they are, a label over a value: no border while not focused
 * (a keyboard still sees where focus is), no dropdown arrow or clear button offering a change,
 * and no text cursor.
 */
export const readOnlyOutlinedInput: Components<Theme>['MuiOutlinedInput'] = {
  styleOverrides: {
    root: {
      [READ_ONLY]: {
        '&:not(.Mui-focused) .MuiOutlinedInput-notchedOutline': { borderColor: 'transparent' },
        '& .MuiSelect-icon, & .MuiAutocomplete-endAdornment': { display: 'none' },
        '& .MuiInputBase-input': { cursor: 'default' },
      },
    },
  },
};
