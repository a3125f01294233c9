import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useCanEdit } from '@/components/forms/use-can-edit';
import { MAX_SITES_PAGE_SIZE } from '@/contract/sites';
import { useSites } from '@/api/sites/get-sites';
import { describeError } from '@/lib/api-error';
import { browserTimeZone, DateTime } from '@/lib/date-time';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { groupSitesByZone } from '../model/zone-sites';
import { MaintenanceWindowExplanation } from './maintenance-window-explanation';
import { MaintenanceWindowForm } from './maintenance-window-form';
import { MaintenanceWindowSkeleton } from './maintenance-window-skeleton';

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
  // Every site: the preview looks at each zone (5,000 sites share a few hundred zones).
  const sites = useSites({ pageSize: MAX_SITES_PAGE_SIZE });
  const zones = useMemo(
    () => (sites.data === undefined ? undefined : groupSitesByZone(sites.data.items)),
    [sites.data],
  );

  return (
    <Paper
      component="section"
      id="maintenance-window"
      aria-labelledby="maintenance-window-heading"
      sx={{ p: 3 }}
    >
      <Typography variant="h2" id="maintenance-window-heading" gutterBottom>
        Maintenance Window
      </Typography>
      <MaintenanceWindowExplanation />
      {maintenanceWindow.isPending || rolePending ? (
        <MaintenanceWindowSkeleton />
      ) : maintenanceWindow.isError ? (
        <Alert
          severity="error"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => void maintenanceWindow.refetch()}
              loading={maintenanceWindow.isFetching}
            >
              Retry
            </Button>
          }
        >
          The maintenance window could not be loaded. {describeError(maintenanceWindow.error)}
        </Alert>
      ) : (
        <MaintenanceWindowForm
          saved={maintenanceWindow.data}
          canEdit={canEdit}
          zones={zones}
          sitesError={sites.isError}
          now={now}
          viewerTimeZone={viewerTimeZone}
        />
      )}
    </Paper>
  );
}
