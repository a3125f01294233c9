import TuneIcon from '@mui/icons-material/Tune';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { BottomSheet } from '@/components/bottom-sheet';

interface CalendarSettingsSheetProps {
  /** What the calendar shows now (release, zone, filters), so the page says it without the fields. */
  summary: ReactNode;
  /** How many site filters are set, shown on the button so a filtered calendar never looks complete. */
  activeFilters: number;
  onClearFilters: () => void;
  /** The fields: release, display zone, site filters. */
  children: ReactNode;
}

/**
 * On a phone the calendar's fields take a screen and more: they live in a sheet from the bottom
 * (as the Sites list's filters do), and the page keeps one line saying what they are set to.
 */
export function CalendarSettingsSheet({
  summary,
  activeFilters,
  onClearFilters,
  children,
}: CalendarSettingsSheetProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="body2" component="div" sx={{ flex: '1 1 180px', minWidth: 0 }}>
          {summary}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<TuneIcon />}
          onClick={() => setOpen(true)}
          aria-haspopup="dialog"
        >
          {activeFilters > 0 ? `Calendar settings (${activeFilters})` : 'Calendar settings'}
        </Button>
      </Box>
      <BottomSheet
        open={open}
        onClose={() => setOpen(false)}
        title="Calendar settings"
        onClear={onClearFilters}
        clearDisabled={activeFilters === 0}
        doneLabel="Show the calendar"
      >
        {children}
      </BottomSheet>
    </>
  );
}
