import FilterListIcon from '@mui/icons-material/FilterList';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';

interface FiltersSheetProps {
  /** How many filters are set, shown on the button so a filtered list never looks complete. */
  activeFilters: number;
  onClear: () => void;
  /** The fields: country, time zone, order. */
  children: ReactNode;
}

/** On a phone the filters and the order live in a sheet from the bottom, opened by one button. */
export function FiltersSheet({ activeFilters, onClear, children }: FiltersSheetProps) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FilterListIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        sx={{ flex: '1 1 auto' }}
      >
        {activeFilters > 0 ? `Filter and sort (${activeFilters})` : 'Filter and sort'}
      </Button>
      <Drawer
        anchor="bottom"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-modal': true,
            'aria-labelledby': headingId,
            sx: { px: 2, pt: 2, pb: 3, borderTopLeftRadius: 12, borderTopRightRadius: 12, maxHeight: '90vh' },
          },
        }}
      >
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.125rem', mb: 2 }}>
          Filter and sort
        </Typography>
        <Stack spacing={2}>{children}</Stack>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 2 }}>
          <Button onClick={onClear} disabled={activeFilters === 0}>
            Clear filters
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            Show sites
          </Button>
        </Box>
      </Drawer>
    </>
  );
}
