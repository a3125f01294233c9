import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useCreateUpgradeFreeze, useUpdateUpgradeFreeze } from '@/api/upgrade-freezes/save-upgrade-freeze';
import { SaveErrorAlert } from '@/components/forms/save-error-alert';
import { useSaveOnce } from '@/components/forms/use-save-once';
import {
  upgradeFreezeSchema,
  type StoredUpgradeFreeze,
  type UpgradeFreezeValues,
} from '@/contract/upgrade-freezes';
import { dayNumberOfIsoDate } from '@/domain/clock-time';
import { isApiError } from '@/lib/api-error';
import { formatSiteDate } from '@/lib/upgrade-wording';
import {
  freezeFieldOf,
  freezeResolver,
  toFreezeFormValues,
  type FreezeFormValues,
} from '../../model/freeze-form';
import { freezeDatesText } from './freeze-dates';

/**
 * The date chosen, in words of the page's locale ("Sunday 20 December 2026"): the browser's own
 * date field may write it in another order than the rest of the page (its interface language).
 */
function dateHelp(value: string, what: string): string {
  const date = dayNumberOfIsoDate(value) === null ? null : formatSiteDate(value);
  return date === null ? `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}.` : `${date}, ${what}.`;
}

interface UpgradeFreezeDialogProps {
  /** The freeze to change; undefined to add one. */
  editing: StoredUpgradeFreeze | undefined;
  /** Every freeze of the account, for the overlap check before sending. */
  freezes: readonly StoredUpgradeFreeze[];
  onClose: () => void;
  onSaved: (message: string) => void;
}

/**
 * Add or change a freeze: Name, Start date, End date. Each rule shows at its field, before
 * sending (the contract's checks) and after (the server's answer); what was typed stays. A
 * change someone else saved first is shown, and the next Save replaces it knowingly.
 */
export function UpgradeFreezeDialog({ editing, freezes, onClose, onSaved }: UpgradeFreezeDialogProps) {
  // After a conflict: their freeze, whose version the next Save matches.
  const [theirs, setTheirs] = useState<StoredUpgradeFreeze | null>(null);
  const current = theirs ?? editing;
  const others = useMemo(() => freezes.filter((freeze) => freeze.id !== editing?.id), [freezes, editing?.id]);
  const form = useForm<FreezeFormValues, unknown, UpgradeFreezeValues>({
    resolver: freezeResolver(others, current),
    defaultValues: toFreezeFormValues(editing),
  });
  const create = useCreateUpgradeFreeze();
  const update = useUpdateUpgradeFreeze();
  const mutation = editing === undefined ? create : update;
  const saveOnce = useSaveOnce();

  const save = async (values: UpgradeFreezeValues) => {
    try {
      if (current === undefined) {
        const created = await create.mutateAsync(values);
        onSaved(`Freeze “${created.name}” added.`);
      } else {
        const saved = await update.mutateAsync({
          freezeId: current.id,
          data: values,
          version: current.version,
        });
        onSaved(`Freeze “${saved.name}” saved.`);
      }
    } catch (error) {
      const conflict = isApiError(error, 'conflict')
        ? upgradeFreezeSchema.safeParse(error.current)
        : undefined;
      if (conflict?.success) {
        setTheirs(conflict.data);
        return;
      }
      if (isApiError(error, 'validation')) {
        for (const fieldError of error.fieldErrors) {
          form.setError(freezeFieldOf(fieldError.field), { type: 'server', message: fieldError.message });
        }
      }
    }
  };
  const submit = () => saveOnce(() => form.handleSubmit(save)());
  const failure =
    mutation.isError && !isApiError(mutation.error, 'conflict') && !isApiError(mutation.error, 'validation')
      ? mutation.error
      : null;
  const saving = mutation.isPending;
  const title = editing === undefined ? 'Add freeze' : 'Edit freeze';

  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby="freeze-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="freeze-dialog-title">{title}</DialogTitle>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {theirs !== null && (
            <Alert
              severity="warning"
              role="alert"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    form.reset(toFreezeFormValues(theirs));
                    onSaved(`Kept “${theirs.name}” as ${theirs.updatedBy} saved it.`);
                  }}
                >
                  Keep theirs
                </Button>
              }
            >
              {theirs.updatedBy} changed this freeze while you were editing it: it is now “{theirs.name}”,{' '}
              {freezeDatesText(theirs)}. Your values are below: Save replaces theirs.
            </Alert>
          )}
          <Controller
            control={form.control}
            name="name"
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="Name"
                required
                autoFocus
                error={fieldState.error !== undefined}
                helperText={
                  fieldState.error?.message ?? 'Shown wherever a window is held back: “Year-end freeze”.'
                }
              />
            )}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            {(['startDate', 'endDate'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field, fieldState }) => (
                  <TextField
                    {...field}
                    type="date"
                    label={name === 'startDate' ? 'Start date' : 'End date'}
                    required
                    error={fieldState.error !== undefined}
                    helperText={
                      fieldState.error?.message ??
                      dateHelp(
                        field.value,
                        name === 'startDate' ? 'the first frozen date' : 'the last frozen date',
                      )
                    }
                    sx={{ flex: '1 1 200px' }}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                )}
              />
            ))}
          </Box>
          {failure !== null && (
            <SaveErrorAlert error={failure} onRetry={() => void submit()} retrying={saving} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={saving} aria-busy={saving}>
            Save
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
