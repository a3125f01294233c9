import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from '@/components/page-header';

export function SystemSettingsPage() {
  return (
    <>
      <PageHeader trail={['Administration']} title="System Settings" />
      <Paper component="section" id="maintenance-window" aria-labelledby="maintenance-window-heading" sx={{ p: 3 }}>
        <Typography variant="h2" id="maintenance-window-heading">
          Maintenance Window
        </Typography>
      </Paper>
    </>
  );
}
