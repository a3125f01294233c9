import Box from '@mui/material/Box';
import ListSubheader from '@mui/material/ListSubheader';
import type { ReactNode } from 'react';

interface TimeZoneGroupProps {
  /** Unique in the page: the group is named by its heading through this id. */
  headingId: string;
  heading: string;
  children: ReactNode;
}

/**
 * One heading's zones in the open list. MUI's own group is a plain list item holding a list,
 * which a listbox may not contain: screen readers lose the heading and axe fails it. This is the
 * grouped listbox of the ARIA practices: a group named by its heading, holding only options.
 */
export function TimeZoneGroup({ headingId, heading, children }: TimeZoneGroupProps) {
  return (
    <Box component="li" role="group" aria-labelledby={headingId}>
      {/* Sticks under the list's top padding while its zones scroll past, as MUI's heading does. */}
      <ListSubheader component="div" id={headingId} role="presentation" sx={{ top: -8 }}>
        {heading}
      </ListSubheader>
      <Box component="ul" role="presentation" sx={{ p: 0, '& .MuiAutocomplete-option': { pl: 3 } }}>
        {children}
      </Box>
    </Box>
  );
}
