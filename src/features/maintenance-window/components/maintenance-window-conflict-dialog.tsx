import Typography from '@mui/material/Typography';
import { ConflictDialog } from '@/components/forms/conflict-dialog';
import { describeMaintenanceWindow } from '../model/describe-maintenance-window';
import { toMaintenanceWindowInput } from '../model/maintenance-window-form-values';
import type { MaintenanceWindowConflict } from '../model/use-save-maintenance-window';
import { formatChangedAt } from './last-changed';

interface MaintenanceWindowConflictDialogProps {
  conflict: MaintenanceWindowConflict;
  viewerTimeZone: string;
  onKeepTheirs: () => void;
  onReplaceTheirs: () => void;
}

/** Their saved window next to the one the administrator tried to save. */
export function MaintenanceWindowConflictDialog({
  conflict,
  viewerTimeZone,
  onKeepTheirs,
  onReplaceTheirs,
}: MaintenanceWindowConflictDialogProps) {
  const { theirs, yours } = conflict;
  return (
    <ConflictDialog
      open
      theirAuthor={`${theirs.updatedBy}, at ${formatChangedAt(theirs.updatedAt, viewerTimeZone)},`}
      theirs={<Typography>{describeMaintenanceWindow(theirs)}</Typography>}
      yours={<Typography>{describeMaintenanceWindow(toMaintenanceWindowInput(yours))}</Typography>}
      onKeepTheirs={onKeepTheirs}
      onReplaceTheirs={onReplaceTheirs}
    />
  );
}
