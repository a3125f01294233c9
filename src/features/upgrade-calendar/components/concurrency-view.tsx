import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { useMemo } from 'react';
import { formatUpgradeWindow } from '@/lib/date-time';
import { countOf, SITE, ZONE } from '@/lib/plural';
import type { ZoneGroup } from '../model/calendar-types';
import { concurrencyPeak, hourlyConcurrency } from '../model/concurrency';
import { HA_MODE_WORDING, IN_WINDOW_NOT_OFFLINE } from '../model/ha-mode';
import { ConcurrencyChart, HA_FILL, SINGLE_FILL } from './concurrency-chart';
import { ConcurrencyZoneList } from './concurrency-zone-list';

const LEGEND_ID = 'concurrency-legend';

/** Who is down when: the peak (how many, when, which), then every hour of the upgrades. */
export function ConcurrencyView({
  groups,
  displayZone,
}: {
  groups: readonly ZoneGroup[];
  displayZone: string;
}) {
  const buckets = useMemo(() => hourlyConcurrency(groups, displayZone), [groups, displayZone]);
  const peak = useMemo(() => concurrencyPeak(groups), [groups]);

  if (!peak || buckets.length === 0) {
    return <Typography>No site has an upgrade window after this release.</Typography>;
  }
  const singles = peak.sites - peak.haSites;
  const peakTime = formatUpgradeWindow(peak.start.setZone(displayZone), peak.end, { withYear: true });
  const peakUtc = formatUpgradeWindow(peak.start.setZone('utc'), peak.end, { withYear: true });

  return (
    <Box>
      <Typography variant="h2" sx={{ fontSize: '1.15rem', mb: 0.5 }}>
        Peak: {countOf(peak.sites, SITE)} in their upgrade window at once
      </Typography>
      <Typography variant="body2">
        <strong>{peakTime}</strong> in {displayZone}
        {peakUtc === peakTime ? '.' : `; ${peakUtc}.`}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {singles.toLocaleString('en-GB')} single-Socket and {peak.haSites.toLocaleString('en-GB')} HA, in{' '}
        {countOf(peak.groups.length, ZONE)}.
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {IN_WINDOW_NOT_OFFLINE} {HA_MODE_WORDING.single.sentence} {HA_MODE_WORDING.ha.sentence}
      </Typography>
      <Box
        id={LEGEND_ID}
        component="ul"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, mb: 1 }}
      >
        <LegendItem swatch={(theme) => ({ background: SINGLE_FILL(theme) })}>
          {HA_MODE_WORDING.single.label}: {HA_MODE_WORDING.single.interruption}
        </LegendItem>
        <LegendItem swatch={(theme) => ({ background: HA_FILL(theme) })}>
          {HA_MODE_WORDING.ha.label}: {HA_MODE_WORDING.ha.interruption}
        </LegendItem>
      </Box>
      <ConcurrencyChart
        buckets={buckets}
        displayZone={displayZone}
        peakMillis={peak.start.toMillis()}
        describedBy={LEGEND_ID}
      />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        Sites in their upgrade window at the peak
      </Typography>
      <ConcurrencyZoneList groups={peak.groups} />
    </Box>
  );
}

function LegendItem({ swatch, children }: { swatch: SxProps<Theme>; children: React.ReactNode }) {
  return (
    <Typography component="li" variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box
        aria-hidden
        sx={[
          { width: 16, height: 16, borderRadius: 0.5, flexShrink: 0 },
          ...(Array.isArray(swatch) ? swatch : [swatch]),
        ]}
      />
      {children}
    </Typography>
  );
}
