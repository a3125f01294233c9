import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { countOf, HAS, ITS, pluralForm, SITE } from '@/lib/plural';
import type { OwnWindowSite } from '../model/own-window-sites';

/**
 * "2 sites have their own window": the account's window is not every site's, and a change of it
 * does not move those. The link opens the Sites list filtered to them (its Window filter).
 */
export function OwnWindowSitesLine({ sites }: { sites: readonly OwnWindowSite[] }) {
  if (sites.length === 0) return null;
  const count = sites.length;
  return (
    <Typography variant="body2" sx={{ mb: 2 }}>
      {countOf(count, SITE)} {pluralForm(count, HAS)} {pluralForm(count, ITS)} own window, which a change here
      does not move.{' '}
      <Link component={RouterLink} to="/network/sites?window=own">
        See them in the Sites list
      </Link>
    </Typography>
  );
}
