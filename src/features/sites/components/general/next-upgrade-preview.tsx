import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useNow } from '@/components/time-zone-picker';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteWindow } from '@/contract/site-window';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';
import { browserTimeZone } from '@/lib/date-time';
import { describeNextUpgrade } from '../../upgrade/describe-next-upgrade';

interface NextUpgradePreviewProps {
  /** The account's window; undefined while it loads or when it could not be loaded. */
  maintenanceWindow: MaintenanceWindow | undefined;
  maintenanceWindowError: boolean;
  /**
   * The window part's choice: the site's own window, null for the account's, undefined when
   * "own" is chosen without a slot yet (nothing to show).
   */
  siteWindow: SiteWindow | undefined;
  siteTimeZone: string;
  countryCode: string;
}

/**
 * What the chosen zone and window mean, live as they change and before saving: the window the
 * site's Sockets would upgrade in if a version were released now, in the site's time and the
 * viewer's.
 */
export function NextUpgradePreview(props: NextUpgradePreviewProps) {
  const { maintenanceWindow, maintenanceWindowError, siteWindow, siteTimeZone, countryCode } = props;
  const now = useNow();
  // Its own window needs nothing of the account's; null follows the account's.
  const upgradeWindow = siteWindow === null ? maintenanceWindow : siteWindow;
  const description = useMemo(
    () =>
      upgradeWindow && siteTimeZone
        ? describeNextUpgrade({
            maintenanceWindow: upgradeWindow,
            siteTimeZone,
            countryCode,
            releasedAt: now,
            viewerTimeZone: browserTimeZone(),
          })
        : undefined,
    [upgradeWindow, siteTimeZone, countryCode, now],
  );

  if (maintenanceWindowError && siteWindow === null) {
    return (
      <Alert severity="warning" sx={{ mt: 1 }}>
        The account's maintenance window could not be loaded, so this site's next upgrade cannot be shown.
      </Alert>
    );
  }
  if (!description) return null;
  return (
    <Alert severity="info" icon={false} sx={{ mt: 1 }} role="status" aria-live="polite">
      <Typography variant="body2">
        This site's Sockets upgrade on <strong>{description.siteTime}</strong>; that is{' '}
        <strong>{description.viewerTime}</strong> your time.
      </Typography>
      <Typography variant="body2" color="text.secondary">
        If a Socket version were released now, with{' '}
        {siteWindow ? "this site's own window" : "the account's maintenance window"} and its{' '}
        {UPGRADE_NOTICE_HOURS}-hour notice.
      </Typography>
      {description.notes.map((note) => (
        <Typography key={note} variant="body2" sx={{ mt: 0.5 }}>
          {note}
        </Typography>
      ))}
    </Alert>
  );
}
