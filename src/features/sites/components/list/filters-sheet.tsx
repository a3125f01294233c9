import FilterListIcon from '@mui/icons-material/FilterList';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { BottomSheet } from '@/components/bottom-sheet';

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
      <BottomSheet
        open={open}
        onClose={() => setOpen(false)}
        title="Filter and sort"
        onClear={onClear}
        clearDisabled={activeFilters === 0}
        doneLabel="Show sites"
      >
        {children}
      </BottomSheet>
    </>
  );
}
