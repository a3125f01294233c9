import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { useSocketReleases } from '@/api/socket-releases/get-socket-releases';
import { useUpgradeFreezes } from '@/api/upgrade-freezes/get-upgrade-freezes';
import { LoadingStatus } from '@/components/loading-status';
import type { MaintenanceWindowInput } from '@/contract/maintenance-window';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import { describeMaintenanceWindow } from '../model/describe-maintenance-window';
import { nextKnownRelease } from '../model/next-known-release';
import { useUpgradePreview } from '../model/use-upgrade-preview';
import type { OwnWindowSite } from '../model/own-window-sites';
import type { ZoneSites } from '../model/zone-sites';
import { UpgradePreviewComparison } from './upgrade-preview-comparison';
import { UpgradePreviewOwnWindow } from './upgrade-preview-own-window';

const NO_FREEZES: readonly UpgradeFreeze[] = [];

interface UpgradePreviewPanelProps {
  /** The saved window: what the form's choice is compared with. */
  saved: MaintenanceWindowInput;
  /** The window chosen in the form, saved or not; null while no valid slot is chosen. */
  choice: MaintenanceWindowInput | null;
  /** The sites following the account's window, by zone; undefined while the sites load. */
  zones: readonly ZoneSites[] | undefined;
  /** The sites with their own window: left out, and named. */
  ownWindowSites: readonly OwnWindowSite[];
  sitesError: boolean;
  /** The release instant "now" the preview assumes. */
  now: DateTime;
  viewerTimeZone: string;
  /** A viewer cannot choose another window: the panel does not invite them to. */
  canEdit: boolean;
}

/**
 * Before saving: the form's window against the saved one, for a release now and for the next
 * release the API announces. Computed per zone in the background: the selects answer at once,
 * and the comparison shown (a memoised component) only re-renders when a new one is ready.
 */
export function UpgradePreviewPanel({
  saved,
  choice,
  zones: sitesZones,
  ownWindowSites,
  sitesError,
  now,
  viewerTimeZone,
  canEdit,
}: UpgradePreviewPanelProps) {
  const releases = useSocketReleases();
  const freezes = useUpgradeFreezes();
  // The engine takes the domain's freeze; the same array while the list does not change.
  const freezeRules = useMemo(
    () => freezes.data?.map(({ name, startDate, endDate }) => ({ name, startDate, endDate })) ?? NO_FREEZES,
    [freezes.data],
  );
  // The preview waits for the freezes (computing it twice would flash other times); without
  // them, once they failed, it goes on and says so.
  const zones = freezes.isPending ? undefined : sitesZones;
  const nextRelease = useMemo(
    () => (releases.data === undefined ? null : nextKnownRelease(releases.data, now)),
    [releases.data, now],
  );
  const preview = useUpgradePreview(saved, choice, zones, now, nextRelease?.releasedAt ?? null, freezeRules);
  const nextReleaseStatus = releases.isPending ? 'loading' : releases.isError ? 'failed' : 'loaded';
  const shown = preview.saved ?? preview.changed;
  const busy = preview.isStale || zones === undefined || releases.isPending;

  return (
    <Box component="section" aria-labelledby="upgrade-preview-heading" aria-busy={busy} sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h3" id="upgrade-preview-heading">
          When sites would upgrade
        </Typography>
        <Typography variant="caption" color="text.secondary" role="status">
          {preview.isStale && shown !== null ? 'Updating the comparison…' : ''}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {preview.isChanged && choice !== null
          ? `Your change, ${describeMaintenanceWindow(choice)}, against the saved window, ${describeMaintenanceWindow(saved)}, in each site's own time.`
          : canEdit
            ? 'Choose another day or time slot to see, before saving, which sites would upgrade earlier or later.'
            : 'When each site upgrades in the saved window, in its own time and in yours.'}
      </Typography>
      <UpgradePreviewOwnWindow sites={ownWindowSites} />
      {freezes.isError && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          The upgrade freezes could not be loaded, so the preview does not take them into account.
        </Alert>
      )}
      {sitesError ? (
        <Alert severity="warning">The sites could not be loaded, so the preview is not available.</Alert>
      ) : zones === undefined || (shown === null && preview.isStale) ? (
        <>
          <LoadingStatus>Loading the preview…</LoadingStatus>
          <Skeleton variant="rounded" height={160} />
        </>
      ) : shown === null ? (
        <Typography variant="body2">Choose a day and a time slot to see when sites would upgrade.</Typography>
      ) : shown.afterReleaseNow.first === null ? (
        // Not "no sites in this account": the sites there may all have a zone this browser does not know.
        <Typography variant="body2">There is no site to preview.</Typography>
      ) : (
        // An inline style: a new class for the faded state would add a style sheet rule mid-click.
        <Box style={{ opacity: preview.isStale ? 0.6 : 1 }}>
          <UpgradePreviewComparison
            saved={preview.saved}
            changed={preview.changed}
            comparison={preview.comparison}
            now={now}
            nextRelease={nextRelease}
            nextReleaseStatus={nextReleaseStatus}
            viewerTimeZone={viewerTimeZone}
          />
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 2 }}>
        <Link component={RouterLink} to="/upgrade-calendar">
          See every site in the upgrade calendar
        </Link>
      </Typography>
    </Box>
  );
}
