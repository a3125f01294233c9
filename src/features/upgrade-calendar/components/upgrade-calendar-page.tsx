import Typography from '@mui/material/Typography';
import { PageHeader } from '@/components/page-header';

export function UpgradeCalendarPage() {
  return (
    <>
      <PageHeader trail={['Network']} title="Upgrade calendar" />
      <Typography>The calendar is being built.</Typography>
    </>
  );
}
