import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { LoadingStatus } from '@/components/loading-status';
import type { MaintenanceWindowInput } from '@/contract/maintenance-window';
import { formatDay, formatTime, type DateTime } from '@/lib/date-time';
import { PREVIEW_HORIZON_WEEKS, type UpgradePreview, type ZonePreview } from '../model/upgrade-preview';
import { useUpgradePreview } from '../model/use-upgrade-preview';
import type { ZoneSites } from '../model/zone-sites';
import { UpgradePreviewTable } from './upgrade-preview-table';

interface UpgradePreviewPanelProps {
  /** The window chosen in the form, saved or not; null while no valid slot is chosen. */
  choice: MaintenanceWindowInput | null;
  /** Undefined while the sites load. */
  zones: readonly ZoneSites[] | undefined;
  sitesError: boolean;
  /** The release instant the preview assumes. */
  now: DateTime;
  viewerTimeZone: string;
}

function summary(preview: UpgradePreview): string {
  if (preview.affectedZoneCount === 0) {
    return `No clock change alters this window in the next ${PREVIEW_HORIZON_WEEKS} weeks.`;
  }
  const sites = preview.affectedSiteCount === 1 ? '1 site' : `${preview.affectedSiteCount} sites`;
  return `In the next ${PREVIEW_HORIZON_WEEKS} weeks a clock change alters this window in ${preview.affectedZoneCount} of ${preview.zoneCount} time zones (${sites}).`;
}

/** Soonest first, then each clock-change example, then the last to upgrade; each zone once. */
function previewRows(preview: UpgradePreview): ZonePreview[] {
  const rows = [preview.soonest, ...preview.affected, preview.latest].filter(
    (row): row is ZonePreview => row !== null,
  );
  return rows.filter((row, index) => rows.indexOf(row) === index);
}

/** What the chosen window means before it is saved: when the next upgrades would happen. */
export function UpgradePreviewPanel({
  choice,
  zones,
  sitesError,
  now,
  viewerTimeZone,
}: UpgradePreviewPanelProps) {
  const { preview, isStale } = useUpgradePreview(choice, zones, now);
  const nowText = `${formatDay(now.setZone(viewerTimeZone))}, ${formatTime(now.setZone(viewerTimeZone))}`;
  const rows = preview === null ? [] : previewRows(preview);

  return (
    <Box
      component="section"
      aria-labelledby="upgrade-preview-heading"
      aria-busy={isStale || zones === undefined}
      sx={{ mt: 3 }}
    >
      <Typography variant="h3" id="upgrade-preview-heading" gutterBottom>
        When sites would upgrade
      </Typography>
      <Typography variant="body2" color="text.secondary" id="upgrade-preview-caption" sx={{ mb: 1 }}>
        If a Socket version were released now ({nowText} your time), with the window chosen above.
      </Typography>
      {sitesError ? (
        <Alert severity="warning">The sites could not be loaded, so the preview is not available.</Alert>
      ) : zones === undefined ? (
        <>
          <LoadingStatus>Loading the preview…</LoadingStatus>
          <Skeleton variant="rounded" height={120} />
        </>
      ) : choice === null ? (
        <Typography variant="body2">Choose a day and a time slot to see when sites would upgrade.</Typography>
      ) : preview === null || preview.soonest === null ? (
        // Not "no sites in this account": the sites there may all have a zone this browser does not know.
        <Typography variant="body2">There is no site to preview.</Typography>
      ) : (
        <Box sx={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 120ms', overflowX: 'auto' }}>
          <UpgradePreviewTable
            rows={rows}
            soonestZone={preview.soonest.zone.timeZone}
            latestZone={preview.latest?.zone.timeZone}
            viewerTimeZone={viewerTimeZone}
            captionId="upgrade-preview-caption"
          />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {summary(preview)}
          </Typography>
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        <Link component={RouterLink} to="/upgrade-calendar">
          See every site in the upgrade calendar
        </Link>
      </Typography>
    </Box>
  );
}
