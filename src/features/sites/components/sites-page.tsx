import Typography from '@mui/material/Typography';
import { PageHeader } from '@/components/page-header';

export function SitesPage() {
  return (
    <>
      <PageHeader trail={['Network']} title="Sites" />
      <Typography>The list of sites is being built.</Typography>
    </>
  );
}
