import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatCount } from '@/lib/plural';
import type { OwnWindowSite } from '../model/own-window-sites';

/** Enough names to recognise them; the rest are counted. */
const MAX_NAMED = 5;

/**
 * The sites the preview leaves out because the account's window does not apply to them, named
 * (each a link to its page, where its own window is set).
 */
export function UpgradePreviewOwnWindow({ sites }: { sites: readonly OwnWindowSite[] }) {
  if (sites.length === 0) return null;
  const named = sites.slice(0, MAX_NAMED);
  const more = sites.length - named.length;
  return (
    <Typography variant="body2" sx={{ mb: 1 }}>
      Left out of the preview, with their own window:{' '}
      {named.map((site, index) => (
        <Fragment key={site.id}>
          {index > 0 && (index === named.length - 1 && more === 0 ? ' and ' : ', ')}
          <Link component={RouterLink} to={`/network/sites/${encodeURIComponent(site.id)}/general`}>
            {site.name}
          </Link>
        </Fragment>
      ))}
      {more > 0 && ` and ${formatCount(more)} more`}.
    </Typography>
  );
}
