import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

interface BottomSheetProps {
  open: boolean;
  onClose: () => void;
  /** The sheet's heading, and the dialog's name. */
  title: string;
  /** Clears the filters among the fields; disabled when none is set. */
  onClear: () => void;
  clearDisabled: boolean;
  /** The button that closes the sheet on what it shows ("Show sites"). */
  doneLabel: string;
  /** The fields. */
  children: ReactNode;
}

/**
 * On a phone a page's fields live in a sheet from the bottom (the Sites list's filters, the
 * calendar's settings): a modal dialog named by its heading, with "Clear filters" and a button
 * back to what the fields choose.
 */
export function BottomSheet({
  open,
  onClose,
  title,
  onClear,
  clearDisabled,
  doneLabel,
  children,
}: BottomSheetProps) {
  const headingId = useId();
  return (
    <Drawer
      anchor="bottom"
      open={open}
      onClose={onClose}
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
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 2 }}>
        <Button onClick={onClear} disabled={clearDisabled}>
          Clear filters
        </Button>
        <Button variant="contained" onClick={onClose}>
          {doneLabel}
        </Button>
      </Box>
    </Drawer>
  );
}
