import Box from '@mui/material/Box';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { DayOfWeekField } from '@/components/forms/day-of-week-field';
import { ReadOnlyNotice } from '@/components/forms/read-only-notice';
import { SaveButton } from '@/components/forms/save-button';
import { SaveErrorAlert } from '@/components/forms/save-error-alert';
import { focusableFormProps } from '@/components/forms/use-keep-focus-in-form';
import { TimeSlotField } from '@/components/forms/time-slot-field';
import { SavedNotice } from '@/components/forms/saved-notice';
import { UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import type { DateTime } from '@/lib/date-time';
import {
  maintenanceWindowFormSchema,
  toFormValues,
  toMaintenanceWindowInput,
  type MaintenanceWindowFormValues,
} from '../model/maintenance-window-form-values';
import { useSaveMaintenanceWindow } from '../model/use-save-maintenance-window';
import type { OwnWindowSite } from '../model/own-window-sites';
import type { ZoneSites } from '../model/zone-sites';
import { LastChanged } from './last-changed';
import { MaintenanceWindowConflictDialog } from './maintenance-window-conflict-dialog';
import { UpgradePreviewPanel } from './upgrade-preview-panel';

interface MaintenanceWindowFormProps {
  saved: MaintenanceWindow;
  canEdit: boolean;
  zones: readonly ZoneSites[] | undefined;
  ownWindowSites: readonly OwnWindowSite[];
  sitesError: boolean;
  now: DateTime;
  viewerTimeZone: string;
}

export function MaintenanceWindowForm({
  saved,
  canEdit,
  zones,
  ownWindowSites,
  sitesError,
  now,
  viewerTimeZone,
}: MaintenanceWindowFormProps) {
  const form = useForm<MaintenanceWindowFormValues>({
    resolver: zodResolver(maintenanceWindowFormSchema),
    defaultValues: toFormValues(saved),
  });
  const [savedNoticeOpen, setSavedNoticeOpen] = useState(false);
  const { isDirty } = form.formState;
  const flow = useSaveMaintenanceWindow(form, () => setSavedNoticeOpen(true));

  // A newer window arriving (a refetch) while the form is untouched becomes the form's state.
  // With changes, the form keeps the version they started from, so the save meets a conflict
  // instead of silently overwriting the newer window. Any other version counts, not only a
  // higher one: restoring the demo data takes the version back to the seed's.
  useEffect(() => {
    if (form.formState.isDirty || saved.version === form.getValues('version')) return;
    form.reset(toFormValues(saved));
  }, [saved, form]);

  const values = useWatch({ control: form.control });
  const parsedChoice = maintenanceWindowFormSchema.safeParse(values);
  const choice = parsedChoice.success ? toMaintenanceWindowInput(parsedChoice.data) : null;

  return (
    <Box
      component="form"
      noValidate
      onSubmit={flow.submit}
      aria-labelledby="maintenance-window-heading"
      // A busy or disabled Save hands the keyboard focus to the form.
      {...focusableFormProps}
    >
      {!canEdit && (
        <Box sx={{ mb: 2 }}>
          <ReadOnlyNotice what="the maintenance window" />
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <DayOfWeekField control={form.control} name="day" id="maintenance-window-day" readOnly={!canEdit} />
        <TimeSlotField
          control={form.control}
          name="timeSlot"
          id="maintenance-window-time-slot"
          readOnly={!canEdit}
          day={values.day ?? saved.day}
          saved={saved}
        />
        {canEdit && <SaveButton saving={flow.saving} disabled={!isDirty} sx={{ mt: 1 }} />}
      </Box>
      <LastChanged updatedBy={saved.updatedBy} updatedAt={saved.updatedAt} viewerTimeZone={viewerTimeZone} />
      {flow.error !== null && (
        <Box sx={{ mt: 2 }}>
          <SaveErrorAlert error={flow.error} onRetry={() => void flow.submit()} retrying={flow.saving} />
        </Box>
      )}
      <UpgradePreviewPanel
        saved={saved}
        choice={choice}
        zones={zones}
        ownWindowSites={ownWindowSites}
        sitesError={sitesError}
        now={now}
        viewerTimeZone={viewerTimeZone}
        canEdit={canEdit}
      />
      {flow.conflict !== null && (
        <MaintenanceWindowConflictDialog
          conflict={flow.conflict}
          viewerTimeZone={viewerTimeZone}
          onKeepTheirs={flow.keepTheirs}
          onReplaceTheirs={flow.replaceTheirs}
        />
      )}
      <UnsavedChangesGuard when={isDirty} />
      <SavedNotice
        open={savedNoticeOpen}
        onClose={() => setSavedNoticeOpen(false)}
        message="Maintenance window saved."
      />
    </Box>
  );
}
