import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { Site } from '@/contract/sites';
import { windowText } from '../../upgrade/window-text';

interface SiteWindowConflictAlertProps {
  /** The site as the other administrator's save left it. */
  theirs: Site;
  accountWindow: MaintenanceWindow | undefined;
  onKeepTheirs: () => void;
}

/**
 * The window's save met someone else's save of the site: what the window is now, and the choice
 * between theirs (one click) and the administrator's, which the fields still hold (Save).
 */
export function SiteWindowConflictAlert({
  theirs,
  accountWindow,
  onKeepTheirs,
}: SiteWindowConflictAlertProps) {
  const theirWindow = theirs.upgradeWindow
    ? `its own window, ${windowText(theirs.upgradeWindow)}`
    : accountWindow
      ? `the account's window, ${windowText(accountWindow)}`
      : "the account's window";
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onKeepTheirs}>
          Use theirs
        </Button>
      }
    >
      <AlertTitle>Upgrade window not saved: {theirs.updatedBy} saved this site first</AlertTitle>
      This site now follows {theirWindow}. Your choice is still below: Save to replace theirs with it.
    </Alert>
  );
}
