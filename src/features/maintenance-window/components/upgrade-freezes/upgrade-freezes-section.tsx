import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useUpgradeFreezes } from '@/api/upgrade-freezes/get-upgrade-freezes';
import { LoadingStatus } from '@/components/loading-status';
import { SavedNotice } from '@/components/forms/saved-notice';
import type { StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import type { DateTime } from '@/lib/date-time';
import { explainFreezeRule } from '@/lib/upgrade-wording';
import { DeleteFreezeDialog } from './delete-freeze-dialog';
import { UpgradeFreezeDialog } from './upgrade-freeze-dialog';
import { UpgradeFreezesTable } from './upgrade-freezes-table';
import { LoadErrorAlert } from '@/components/load-error-alert';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; freeze: StoredUpgradeFreeze }
  | { kind: 'delete'; freeze: StoredUpgradeFreeze };

interface UpgradeFreezesSectionProps {
  canEdit: boolean;
  /** Where each freeze stands is read at this instant (the page's own). */
  now: DateTime;
}

/** Upgrade freezes: dates on which no site upgrades. Administrators add, change and delete them. */
export function UpgradeFreezesSection({ canEdit, now }: UpgradeFreezesSectionProps) {
  const freezes = useUpgradeFreezes();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <Box component="section" id="upgrade-freezes" aria-labelledby="upgrade-freezes-heading" sx={{ mt: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h3" id="upgrade-freezes-heading">
          Upgrade freezes
        </Typography>
        {canEdit && (
          <Button variant="outlined" onClick={() => setDialog({ kind: 'add' })} disabled={!freezes.isSuccess}>
            Add freeze
          </Button>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {explainFreezeRule()}
      </Typography>
      {freezes.isPending ? (
        <>
          <LoadingStatus>Loading the upgrade freezes…</LoadingStatus>
          <Skeleton variant="rounded" height={80} />
        </>
      ) : freezes.isError ? (
        <LoadErrorAlert
          what="The upgrade freezes"
          error={freezes.error}
          onRetry={() => void freezes.refetch()}
          retrying={freezes.isFetching}
        />
      ) : freezes.data.length === 0 ? (
        <Typography variant="body2">No freeze: sites upgrade in every window.</Typography>
      ) : (
        // Focusable: on a phone the table scrolls sideways, and a viewer has no button in it.
        <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-labelledby="upgrade-freezes-heading">
          <UpgradeFreezesTable
            freezes={freezes.data}
            now={now}
            actions={
              canEdit
                ? {
                    onEdit: (freeze) => setDialog({ kind: 'edit', freeze }),
                    onDelete: (freeze) => setDialog({ kind: 'delete', freeze }),
                  }
                : null
            }
          />
        </Box>
      )}
      {dialog !== null && dialog.kind !== 'delete' && freezes.data !== undefined && (
        <UpgradeFreezeDialog
          editing={dialog.kind === 'edit' ? dialog.freeze : undefined}
          freezes={freezes.data}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteFreezeDialog freeze={dialog.freeze} onClose={() => setDialog(null)} onDeleted={done} />
      )}
      <SavedNotice open={notice !== null} onClose={() => setNotice(null)} message={notice ?? ''} />
    </Box>
  );
}
