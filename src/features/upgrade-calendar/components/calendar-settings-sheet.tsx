import TuneIcon from '@mui/icons-material/Tune';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';

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
  const headingId = useId();
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
          Calendar settings
        </Typography>
        <Stack spacing={2}>{children}</Stack>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 2 }}>
          <Button onClick={onClearFilters} disabled={activeFilters === 0}>
            Clear filters
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            Show the calendar
          </Button>
        </Box>
      </Drawer>
    </>
  );
}
