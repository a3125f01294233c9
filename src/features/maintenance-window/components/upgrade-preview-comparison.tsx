import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { WeeklySlot } from '@/domain/upgrade-schedule';
import { apiWeekday } from '@/domain/weekdays';
import { formatDay, formatTime, type DateTime } from '@/lib/date-time';
import { describeMaintenanceWindow } from '../model/describe-maintenance-window';
import type { ReleaseUpgrades } from '../model/release-upgrades';
import type { WindowComparison, WindowPreview } from '../model/upgrade-preview';
import { UpgradePreviewClockChanges } from './upgrade-preview-clock-changes';
import { PreviewHeading, UpgradePreviewRelease } from './upgrade-preview-release';
import type { PreviewColumn } from './upgrade-preview-table';

interface UpgradePreviewComparisonProps {
  saved: WindowPreview | null;
  /** The saved preview's own object while nothing is changed. */
  changed: WindowPreview | null;
  comparison: WindowComparison | null;
  now: DateTime;
  nextRelease: { version: string; releasedAt: DateTime } | null;
  nextReleaseStatus: 'loading' | 'failed' | 'loaded';
  viewerTimeZone: string;
}

function inViewerTime(instant: DateTime, viewerTimeZone: string): string {
  const shown = instant.setZone(viewerTimeZone);
  return `${formatDay(shown)}, ${formatTime(shown)} your time`;
}

const describeSlot = (slot: WeeklySlot) => describeMaintenanceWindow({ ...slot, day: apiWeekday(slot.day) });

/** The saved window's side and, once the form differs, the change's side, each named by the window it was computed for. */
function sidesOf(saved: WindowPreview | null, changed: WindowPreview | null) {
  const sides = saved === null ? [] : [{ label: 'Saved window', preview: saved }];
  if (changed !== null && changed !== saved) sides.push({ label: 'Your change', preview: changed });
  return sides;
}

function columnsOf(
  sides: ReturnType<typeof sidesOf>,
  pick: (preview: WindowPreview) => ReleaseUpgrades | null,
): PreviewColumn[] {
  return sides.flatMap(({ label, preview }) => {
    const upgrades = pick(preview);
    return upgrades === null ? [] : [{ label, windowText: describeSlot(preview.slot), upgrades }];
  });
}

/**
 * The comparison itself: after a release now, after the next known release, and the clock
 * changes ahead. Memoised: typing or choosing in the form re-renders the panel around it, and
 * this only when a new comparison is ready.
 */
export const UpgradePreviewComparison = memo(function UpgradePreviewComparison({
  saved,
  changed,
  comparison,
  now,
  nextRelease,
  nextReleaseStatus,
  viewerTimeZone,
}: UpgradePreviewComparisonProps) {
  const sides = sidesOf(saved, changed);
  return (
    <>
      <UpgradePreviewRelease
        title="If a Socket version were released now"
        subtitle={inViewerTime(now, viewerTimeZone)}
        shifts={comparison?.afterReleaseNow ?? null}
        columns={columnsOf(sides, (side) => side.afterReleaseNow)}
        viewerTimeZone={viewerTimeZone}
      />
      {nextRelease !== null && sides.some(({ preview }) => preview.afterNextRelease !== null) ? (
        <UpgradePreviewRelease
          title={`After the next known release, ${nextRelease.version}`}
          subtitle={`released ${inViewerTime(nextRelease.releasedAt, viewerTimeZone)}`}
          shifts={comparison?.afterNextRelease ?? null}
          columns={columnsOf(sides, (side) => side.afterNextRelease)}
          viewerTimeZone={viewerTimeZone}
        />
      ) : (
        <Box sx={{ mt: 2 }}>
          <PreviewHeading title="After the next known release" />
          <Typography variant="body2">
            {nextReleaseStatus === 'loading' || nextRelease !== null
              ? 'Looking for the next release…'
              : nextReleaseStatus === 'failed'
                ? 'The releases could not be loaded, so the next release cannot be compared.'
                : 'No upcoming Socket release is known yet.'}
          </Typography>
        </Box>
      )}
      <UpgradePreviewClockChanges
        sides={sides.map(({ label, preview }) => ({ label, clockChanges: preview.clockChanges }))}
      />
    </>
  );
});
