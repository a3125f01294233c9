import Link from '@mui/material/Link';
import { Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';

export function SiteGeneralPage() {
  const { siteId } = useParams();
  return (
    <PageHeader
      trail={[
        'Network',
        <Link key="sites" component={RouterLink} to="/network/sites" color="inherit">
          Sites
        </Link>,
        'Site Configuration',
      ]}
      title={`General: ${siteId ?? ''}`}
    />
  );
}
