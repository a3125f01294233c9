import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { CalendarSite } from '../model/calendar-types';

/** Past this many, a lane lists the first ones and points to the table for the rest. */
const LISTED_SITES = 25;

export function LaneSites({ sites, id }: { sites: readonly CalendarSite[]; id: string }) {
  const rest = sites.length - LISTED_SITES;
  return (
    <Typography id={id} component="div" variant="body2" sx={{ pl: 5, pb: 1 }}>
      <ul style={{ margin: 0, paddingLeft: 16, columns: '14em' }}>
        {sites.slice(0, LISTED_SITES).map((site) => (
          <li key={site.id}>
            <Link component={RouterLink} to={`/network/sites/${encodeURIComponent(site.id)}/general`}>
              {site.name}
            </Link>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Typography variant="body2" color="text.secondary">
          and {rest.toLocaleString('en-GB')} more (see the table view).
        </Typography>
      )}
    </Typography>
  );
}
