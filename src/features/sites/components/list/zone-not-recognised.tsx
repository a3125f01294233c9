import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

interface ZoneNotRecognisedProps {
  siteName: string;
  /** The site's General page, where its Time Zone is chosen. */
  generalPage: string;
}

/** Said under a zone this browser does not know: the site has no schedule until someone picks a zone. */
export function ZoneNotRecognised({ siteName, generalPage }: ZoneNotRecognisedProps) {
  return (
    <Box component="span" sx={{ display: 'block' }}>
      Time zone not recognised.{' '}
      <Link component={RouterLink} to={generalPage} aria-label={`Fix the time zone of ${siteName}`}>
        Fix it
      </Link>
    </Box>
  );
}
