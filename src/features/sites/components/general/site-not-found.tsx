import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

/** A site id that matches no site: say so, and lead back to the list. */
export function SiteNotFound({ siteId }: { siteId: string }) {
  return (
    <Alert severity="warning">
      <AlertTitle>Site not found</AlertTitle>
      There is no site with the id “{siteId}”. It may have been deleted, or the link may be wrong.{' '}
      <Link component={RouterLink} to="/network/sites">
        Back to Sites
      </Link>
    </Alert>
  );
}
