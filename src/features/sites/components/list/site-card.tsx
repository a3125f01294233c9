import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SiteSummary } from '@/contract/sites';
import type { DateTime } from '@/lib/date-time';
import { siteListEntry, type AccountSchedule } from './site-list-entry';
import { upgradeReasons } from './upgrade-reasons';
import { WindowMarker } from './window-marker';
import { ZoneNotRecognised } from './zone-not-recognised';

interface SiteCardProps {
  site: SiteSummary;
  /** The account's window and freezes; undefined while they load. */
  schedule: AccountSchedule | undefined;
  now: DateTime;
  viewerTimeZone: string;
  selected?: boolean;
  /** Ticks the site for the bulk action; undefined for a viewer (no box). */
  onSelect?: ((site: SiteSummary, checked: boolean) => void) | undefined;
}

/**
 * One site on a phone: name, place, zone with its offset, and the next upgrade in its time and
 * the viewer's. Long words (zone names, places) wrap instead of widening the page.
 */
export const SiteCard = memo(function SiteCard({
  site,
  schedule,
  now,
  viewerTimeZone,
  selected = false,
  onSelect,
}: SiteCardProps) {
  const entry = siteListEntry(site, schedule, now, viewerTimeZone);
  const { nextUpgrade, clock } = entry;
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-label={site.name}
      sx={{ px: 1.5, py: 1, overflowWrap: 'anywhere', typography: 'body2' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1 }}>
        {onSelect && (
          <Checkbox
            size="small"
            checked={selected}
            onChange={(event) => onSelect(site, event.target.checked)}
            slotProps={{ input: { 'aria-label': `Select ${site.name}` } }}
            sx={{ ml: -1, my: -0.5 }}
          />
        )}
        <Link component={RouterLink} to={entry.generalPage} sx={{ fontWeight: 600, typography: 'body1' }}>
          {site.name}
        </Link>
        {site.upgradeWindow && <WindowMarker upgradeWindow={site.upgradeWindow} />}
      </Box>
      <Box sx={{ color: 'text.secondary' }}>{[entry.place, entry.country].filter(Boolean).join(', ')}</Box>
      <Box>
        {site.timezone}
        {clock && (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {' · '}
            {clock.offset} · {clock.localTime}
          </Box>
        )}
      </Box>
      {!entry.recognised && <ZoneNotRecognised siteName={site.name} generalPage={entry.generalPage} />}
      <Typography component="div" variant="body2" sx={{ mt: 0.5 }}>
        <Box component="span" sx={{ fontWeight: 500 }}>
          Next upgrade:{' '}
        </Box>
        {nextUpgrade ? (
          <>
            <time dateTime={nextUpgrade.startsAt}>{nextUpgrade.siteTime}</time>
            <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
              {nextUpgrade.viewerTime} your time
            </Box>
          </>
        ) : (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {entry.noUpgradeReason}
          </Box>
        )}
      </Typography>
      {/* Its own window, the notice, a freeze, a clock change: room enough on a card to say so. */}
      {upgradeReasons(entry).map((reason) => (
        <Box key={reason} sx={{ color: 'text.secondary', mt: 0.25 }}>
          {reason}
        </Box>
      ))}
    </Paper>
  );
});
