import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useDeleteUpgradeFreeze } from '@/api/upgrade-freezes/delete-upgrade-freeze';
import { SaveErrorAlert } from '@/components/forms/save-error-alert';
import { useSaveOnce } from '@/components/forms/use-save-once';
import { upgradeFreezeSchema, type StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { isApiError } from '@/lib/api-error';
import { freezeDatesText } from './freeze-dates';

interface DeleteFreezeDialogProps {
  freeze: StoredUpgradeFreeze;
  onClose: () => void;
  onDeleted: (message: string) => void;
}

/**
 * Deleting a freeze, confirmed: its dates are then upgrade days again. A freeze someone changed
 * meanwhile is shown as it now is, and deleting it takes a second confirmation.
 */
export function DeleteFreezeDialog({ freeze, onClose, onDeleted }: DeleteFreezeDialogProps) {
  const [theirs, setTheirs] = useState<StoredUpgradeFreeze | null>(null);
  const current = theirs ?? freeze;
  const mutation = useDeleteUpgradeFreeze();
  const saveOnce = useSaveOnce();

  const remove = () =>
    saveOnce(async () => {
      try {
        await mutation.mutateAsync({ freezeId: current.id, version: current.version });
        onDeleted(`Freeze “${current.name}” deleted.`);
      } catch (error) {
        const conflict = isApiError(error, 'conflict')
          ? upgradeFreezeSchema.safeParse(error.current)
          : undefined;
        if (conflict?.success) setTheirs(conflict.data);
        // Someone deleted it first: what was asked for is done.
        else if (isApiError(error, 'not-found')) onDeleted(`Freeze “${current.name}” was already deleted.`);
      }
    });
  const failure =
    mutation.isError && !isApiError(mutation.error, 'conflict') && !isApiError(mutation.error, 'not-found')
      ? mutation.error
      : null;

  return (
    <Dialog
      open
      onClose={mutation.isPending ? undefined : onClose}
      aria-labelledby="delete-freeze-title"
      aria-describedby="delete-freeze-text"
    >
      <DialogTitle id="delete-freeze-title">Delete the freeze “{current.name}”?</DialogTitle>
      <DialogContent>
        {theirs !== null && (
          <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
            {theirs.updatedBy} changed this freeze since you opened it: it is now “{theirs.name}”,{' '}
            {freezeDatesText(theirs)}. Delete it as it is now?
          </Alert>
        )}
        <DialogContentText id="delete-freeze-text">
          Its dates, {freezeDatesText(current)}, are then no longer frozen.
        </DialogContentText>
        {failure !== null && (
          <SaveErrorAlert error={failure} onRetry={() => void remove()} retrying={mutation.isPending} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={() => void remove()} loading={mutation.isPending}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
