import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import type { SxProps, Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import type { SiteSummary } from '@/contract/sites';
import { countOf, IS, pluralForm, SITE } from '@/lib/plural';

/** Enough to fix them one by one; the rest are counted. */
const MAX_LISTED = 20;

/**
 * The sites a view leaves out because their stored zone is not one this browser knows: each
 * named, with a link to its General page where the zone is chosen again.
 */
export function UnrecognisedSitesAlert({
  sites,
  leftOutOf,
  sx,
}: {
  sites: readonly SiteSummary[];
  /** "the calendar", "the preview". */
  leftOutOf: string;
  sx?: SxProps<Theme>;
}) {
  if (sites.length === 0) return null;
  const listed = sites.slice(0, MAX_LISTED);
  return (
    <Alert severity="warning" sx={sx ?? {}}>
      {countOf(sites.length, SITE)} {pluralForm(sites.length, IS)} left out of {leftOutOf}: time zone not
      recognised.
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {listed.map((site) => (
          <li key={site.id}>
            {site.name} ({site.timezone === '' ? 'no time zone' : site.timezone}, time zone not recognised):{' '}
            <Link component={RouterLink} to={`/network/sites/${encodeURIComponent(site.id)}/general`}>
              fix the time zone of {site.name}
            </Link>
          </li>
        ))}
        {sites.length > listed.length && (
          <li>and {(sites.length - listed.length).toLocaleString('en-GB')} more</li>
        )}
      </ul>
    </Alert>
  );
}
