import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { countOf, SITE, ZONE } from '@/lib/plural';
import type { ZoneGroup } from '../model/calendar-types';
import { sitesInWindow } from '../model/concurrency';
import { groupTitle } from '../model/zone-groups';

/** Past this many, the rest of the zones wait behind a button. */
const LISTED_ZONES = 12;

/** "12 sites, 3 HA" */
export function zoneCountLabel(group: ZoneGroup): string {
  const { sites, haSites } = sitesInWindow([group]);
  return haSites > 0
    ? `${countOf(sites, SITE)}, ${haSites.toLocaleString('en-GB')} HA`
    : countOf(sites, SITE);
}

/** The busiest zones first: they matter most when too many sites are down at once. */
function byBusiest(groups: readonly ZoneGroup[]): ZoneGroup[] {
  return [...groups].sort((a, b) => b.sites.length - a.sites.length || a.timeZone.localeCompare(b.timeZone));
}

/**
 * The zones upgrading at some moment, each opening onto its sites, every site a link to its
 * General page (where its time zone, and so its window, is changed).
 */
export function ConcurrencyZoneList({ groups }: { groups: readonly ZoneGroup[] }) {
  const [showAll, setShowAll] = useState(false);
  const sorted = byBusiest(groups);
  const shown = showAll ? sorted : sorted.slice(0, LISTED_ZONES);
  return (
    <>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {shown.map((group) => (
          <ZoneItem key={group.key} group={group} />
        ))}
      </Box>
      {sorted.length > LISTED_ZONES && (
        <Button size="small" onClick={() => setShowAll((all) => !all)} sx={{ mt: 0.5 }}>
          {showAll
            ? `Show the ${LISTED_ZONES} busiest time zones only`
            : `Show all ${countOf(sorted.length, ZONE)}`}
        </Button>
      )}
    </>
  );
}

function ZoneItem({ group }: { group: ZoneGroup }) {
  const [open, setOpen] = useState(false);
  const sitesId = useId();
  return (
    <li>
      <Button
        size="small"
        color="inherit"
        aria-expanded={open}
        aria-controls={open ? sitesId : undefined}
        onClick={() => setOpen((was) => !was)}
        endIcon={open ? <ExpandLess /> : <ExpandMore />}
        sx={{ textTransform: 'none', fontWeight: 400, justifyContent: 'flex-start', textAlign: 'left' }}
      >
        <span>
          <strong>{groupTitle(group)}</strong>: {zoneCountLabel(group)}
        </span>
      </Button>
      {open && (
        <Typography
          id={sitesId}
          component="ul"
          variant="body2"
          sx={{ m: 0, mb: 1, pl: 4, columns: group.sites.length > 8 ? '14em' : undefined }}
        >
          {group.sites.map((site) => (
            <li key={site.id}>
              <Link component={RouterLink} to={`/network/sites/${encodeURIComponent(site.id)}/general`}>
                {site.name}
              </Link>
              {site.haMode === 'ha' && ' (HA)'}
            </li>
          ))}
        </Typography>
      )}
    </li>
  );
}
