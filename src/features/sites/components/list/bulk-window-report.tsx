import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import {
  bulkWindowSummary,
  type BulkWindowOutcome,
  type BulkWindowReportRow,
} from '../../upgrade/bulk-window-results';

const ICONS: Record<BulkWindowOutcome, ReactNode> = {
  saved: <CheckCircleOutline color="success" fontSize="small" />,
  conflict: <WarningAmber color="warning" fontSize="small" />,
  failed: <ErrorOutline color="error" fontSize="small" />,
};

/** Every site sent, with what became of it; the words say it, the icons only repeat it. */
export function BulkWindowReport({ report }: { report: readonly BulkWindowReportRow[] }) {
  return (
    <>
      <Typography role="status" sx={{ fontWeight: 500, mb: 1 }}>
        {bulkWindowSummary(report)}
      </Typography>
      <List dense aria-label="Result for each site" sx={{ maxHeight: 360, overflowY: 'auto' }}>
        {report.map((row) => (
          <ListItem key={row.siteId} disableGutters alignItems="flex-start">
            <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }} aria-hidden>
              {ICONS[row.outcome]}
            </ListItemIcon>
            <ListItemText primary={row.name} secondary={row.text} />
          </ListItem>
        ))}
      </List>
    </>
  );
}
