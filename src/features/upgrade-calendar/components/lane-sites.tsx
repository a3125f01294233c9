import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatCount } from '@/lib/plural';
import type { CalendarSite } from '../model/calendar-types';

/** Past this many, a lane lists the first ones and points to the table for the rest. */
const LISTED_SITES = 25;

interface LaneSitesProps {
  sites: readonly CalendarSite[];
  id?: string;
  /** How many to list before pointing to the table: fewer for each zone of a wave. */
  listed?: number;
  /** Left indent, in theme spacing units (under the lane's own label by default). */
  indent?: number;
  label?: string;
}

/** A lane's sites, each a link to its General page. */
export function LaneSites({ sites, id, listed = LISTED_SITES, indent = 5, label }: LaneSitesProps) {
  const rest = sites.length - listed;
  return (
    <Typography id={id} component="div" variant="body2" sx={{ pl: indent, pb: 1 }}>
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 16, columns: '14em' }}>
        {sites.slice(0, listed).map((site) => (
          <li key={site.id}>
            <Link component={RouterLink} to={`/network/sites/${encodeURIComponent(site.id)}/general`}>
              {site.name}
            </Link>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Typography variant="body2" color="text.secondary">
          and {formatCount(rest)} more (see the table view).
        </Typography>
      )}
    </Typography>
  );
}
