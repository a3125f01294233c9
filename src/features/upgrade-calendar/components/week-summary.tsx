import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { peakConcurrency } from '@/domain/upgrade-waves';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';
import { DateTime, formatUpgradeWindow } from '@/lib/date-time';
import { COUNTRY, countOf, pluralForm, SITE, WAVE, ZONE } from '@/lib/plural';
import type { LaneGrouping } from '../model/calendar-url-state';
import type { WeekLane } from '../model/week-lanes';
import type { WeekRow } from '../model/week-rows';

const millisOf = ({ startMillis, endMillis }: { startMillis: number; endMillis: number }) => ({
  startMillis,
  endMillis,
});

interface WeekSummaryProps {
  lanes: readonly WeekLane[];
  rows: readonly WeekRow[];
  grouping: LaneGrouping;
  displayZone: string;
}

/**
 * One line over the grid: how many sites upgrade this week, in how many zones, and, grouped by
 * wave, in how many waves and how many sites at most are down at once.
 */
export function WeekSummary({ lanes, rows, grouping, displayZone }: WeekSummaryProps) {
  const upgradingLanes = lanes.filter((lane) => lane.upgradeInWeek);
  // A zone whose sites have different windows has several lanes, still one zone.
  const zones = new Set(upgradingLanes.map((lane) => lane.group.timeZone)).size;
  const sites = upgradingLanes.reduce((count, lane) => count + lane.group.sites.length, 0);
  const peak = useMemo(
    () =>
      peakConcurrency(
        lanes
          .filter((lane) => lane.upgradeInWeek)
          .map(({ group }) => ({ ...millisOf(group.upgrade), sites: group.sites.length })),
        (item) => item.sites,
      ),
    [lanes],
  );
  if (sites === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        Times in {displayZone}.
      </Typography>
    );

  const waves = rows.filter((row) => row.kind === 'wave');
  const upgradeWaves = waves.filter((wave) =>
    wave.blocks.some((block) => block.kind !== 'skipped-by-notice' && block.kind !== 'frozen'),
  );
  // Waves a freeze holds back are drawn and named on their rows; these are the notice's.
  const skippedWaves = waves.filter((wave) =>
    wave.blocks.every((block) => block.kind === 'skipped-by-notice'),
  ).length;
  const countries = new Set(
    upgradingLanes.flatMap((lane) => lane.group.sites.map((site) => site.countryCode)),
  );
  const where =
    grouping === 'wave'
      ? `${countOf(zones, ZONE)} and ${countOf(upgradeWaves.length, WAVE)}`
      : grouping === 'country'
        ? countOf(countries.size, COUNTRY)
        : countOf(zones, ZONE);
  const peakText =
    peak &&
    formatUpgradeWindow(
      DateTime.fromMillis(peak.fromMillis, { zone: displayZone }),
      DateTime.fromMillis(peak.untilMillis, { zone: displayZone }),
    );
  return (
    <Typography variant="body2" color="text.secondary">
      {countOf(sites, SITE)} {pluralForm(sites, { one: 'upgrades', other: 'upgrade' })} this week, in {where}
      {peak && grouping === 'wave' ? `; at most ${countOf(peak.count, SITE)} at once, ${peakText}` : ''}.{' '}
      {grouping === 'wave' &&
        skippedWaves > 0 &&
        `${countOf(skippedWaves, WAVE)} more ${pluralForm(skippedWaves, { one: 'opens', other: 'open' })} before the ${UPGRADE_NOTICE_HOURS}-hour notice cut-off and ${pluralForm(skippedWaves, { one: 'is', other: 'are' })} skipped. `}
      Times in {displayZone}.
    </Typography>
  );
}
