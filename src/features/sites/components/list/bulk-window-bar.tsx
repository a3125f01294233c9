import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { countOf, SITE } from '@/lib/plural';

interface BulkWindowBarProps {
  count: number;
  onSetWindow: () => void;
  onClear: () => void;
}

/** What can be done to the ticked sites: shown only while some are ticked. */
export function BulkWindowBar({ count, onSetWindow, onClear }: BulkWindowBarProps) {
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label="Selected sites"
      sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', px: 2, py: 1, mb: 1.5 }}
    >
      <Typography variant="body2" role="status" sx={{ fontWeight: 500, mr: 'auto' }}>
        {countOf(count, SITE)} selected
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
        <Button onClick={onClear}>Clear selection</Button>
        <Button variant="contained" onClick={onSetWindow} aria-haspopup="dialog">
          Set upgrade window…
        </Button>
      </Box>
    </Paper>
  );
}
