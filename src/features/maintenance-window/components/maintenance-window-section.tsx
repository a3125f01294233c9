import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useCanEdit } from '@/components/forms/use-can-edit';
import { storedWindowProblem } from '@/contract/maintenance-window';
import { loadingSitesText, useAllSites } from '@/api/sites/get-all-sites';
import { browserTimeZone, DateTime } from '@/lib/date-time';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { zonesToPreview, type OwnWindowSite } from '../model/own-window-sites';
import { MaintenanceWindowExplanation } from './maintenance-window-explanation';
import { MaintenanceWindowForm } from './maintenance-window-form';
import { MaintenanceWindowSkeleton } from './maintenance-window-skeleton';
import { OwnWindowSitesLine } from './own-window-sites-line';
import { UpgradeFreezesSection } from './upgrade-freezes/upgrade-freezes-section';
import { UnrecognisedSitesAlert } from '@/components/unrecognised-sites-alert';
import { LoadErrorAlert } from '@/components/load-error-alert';

const NO_SITES: readonly OwnWindowSite[] = [];

interface MaintenanceWindowSectionProps {
  /** The release instant the preview assumes; the page passes nothing and gets the time it opened. */
  now?: DateTime;
  viewerTimeZone?: string;
}

/** Administration > System Settings > Maintenance Window: the account's upgrade window. */
export function MaintenanceWindowSection(props: MaintenanceWindowSectionProps) {
  // Read once: a preview that moved every second would be hard to read and to test.
  const [now] = useState(() => props.now ?? DateTime.now());
  const viewerTimeZone = props.viewerTimeZone ?? browserTimeZone();
  const maintenanceWindow = useMaintenanceWindow();
  const { canEdit, isPending: rolePending } = useCanEdit();
  // Every site, page after page: the preview looks at each zone (20,000 sites share a few hundred
  // zones). A site whose zone is not recognised is left out of it and listed to be fixed.
  const sites = useAllSites();
  // Sites with their own window do not follow the account's: counted, named, not previewed.
  const bySiteWindow = useMemo(
    () => (sites.sites === undefined ? undefined : zonesToPreview(sites.sites)),
    [sites.sites],
  );
  const windowProblem = maintenanceWindow.data && storedWindowProblem(maintenanceWindow.data);

  return (
    <Paper
      component="section"
      id="maintenance-window"
      aria-labelledby="maintenance-window-heading"
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Typography variant="h2" id="maintenance-window-heading" gutterBottom>
        Maintenance Window
      </Typography>
      <MaintenanceWindowExplanation />
      <OwnWindowSitesLine sites={bySiteWindow?.ownWindow ?? NO_SITES} />
      {maintenanceWindow.isPending || rolePending ? (
        <MaintenanceWindowSkeleton />
      ) : maintenanceWindow.isError ? (
        <LoadErrorAlert
          what="The maintenance window"
          error={maintenanceWindow.error}
          onRetry={() => void maintenanceWindow.refetch()}
          retrying={maintenanceWindow.isFetching}
        />
      ) : (
        <>
          {windowProblem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {windowProblem}
            </Alert>
          )}
          <MaintenanceWindowForm
            saved={maintenanceWindow.data}
            canEdit={canEdit}
            zones={bySiteWindow?.zones}
            ownWindowSites={bySiteWindow?.ownWindow ?? NO_SITES}
            sitesError={sites.error !== null}
            now={now}
            viewerTimeZone={viewerTimeZone}
          />
          {sites.sites === undefined && sites.error === null && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {loadingSitesText(sites)}
            </Typography>
          )}
          <UnrecognisedSitesAlert sites={sites.unrecognised ?? []} leftOutOf="the preview" sx={{ mt: 2 }} />
        </>
      )}
      {!rolePending && <UpgradeFreezesSection canEdit={canEdit} now={now} />}
    </Paper>
  );
}
