import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { formatDay, formatTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import { concurrencyPeak, hourlyConcurrency } from '../model/concurrency';
import { sitesLabel } from '../model/zone-groups';
import { ConcurrencyChart } from './concurrency-chart';

/** Past this many, the peak's zones are summed up instead of listed. */
const LISTED_ZONES = 12;

/** How many sites are down at once: per hour, and the exact peak with the sites that make it. */
export function ConcurrencyView({
  groups,
  displayZone,
}: {
  groups: readonly ZoneGroup[];
  displayZone: string;
}) {
  const theme = useTheme();
  const buckets = useMemo(() => hourlyConcurrency(groups, displayZone), [groups, displayZone]);
  const peak = useMemo(() => concurrencyPeak(groups), [groups]);

  if (!peak || buckets.length === 0) {
    return <Typography>No site has an upgrade window after this release.</Typography>;
  }
  const peakStart = peak.start.setZone(displayZone);
  const peakEnd = peak.end.setZone(displayZone);
  const zones = [...peak.groups].sort((a, b) => b.sites.length - a.sites.length);

  return (
    <Box>
      <Typography variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
        Peak: {peak.sites.toLocaleString('en-GB')} {peak.sites === 1 ? 'site' : 'sites'} upgrading at once
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {formatDay(peakStart, { withYear: true })}, {formatTime(peakStart)} – {formatTime(peakEnd)} (
        {displayZone}), in {zones.length} time {zones.length === 1 ? 'zone' : 'zones'}. Each site is down for
        about 2 minutes of a 20-minute upgrade somewhere in its window; this counts every site whose window is
        open.
      </Typography>
      <ConcurrencyChart
        buckets={buckets}
        peakSites={peak.sites}
        displayZone={displayZone}
        barColor={theme.palette.primary.main}
        peakColor={theme.palette.error.main}
      />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        Sites in their window at the peak
      </Typography>
      <Box component="ul" sx={{ columns: '18em', pl: 2.5, mt: 0.5 }}>
        {zones.slice(0, LISTED_ZONES).map((group) => (
          <Typography component="li" variant="body2" key={group.timeZone}>
            {group.timeZone}: {sitesLabel(group)}
          </Typography>
        ))}
      </Box>
      {zones.length > LISTED_ZONES && (
        <Typography variant="body2" color="text.secondary">
          and {zones.length - LISTED_ZONES} more time zones (see the table view).
        </Typography>
      )}
    </Box>
  );
}
