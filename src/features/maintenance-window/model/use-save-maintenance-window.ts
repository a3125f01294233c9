import { useQueryClient } from '@tanstack/react-query';
import { useState, type BaseSyntheticEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useSaveOnce } from '@/components/forms/use-save-once';
import { maintenanceWindowSchema, type MaintenanceWindow } from '@/contract/maintenance-window';
import { isApiError } from '@/lib/api-error';
import { getMaintenanceWindowQueryOptions } from '@/api/maintenance-window/get-maintenance-window';
import { useUpdateMaintenanceWindow } from '@/api/maintenance-window/update-maintenance-window';
import {
  formFieldOf,
  toFormValues,
  toMaintenanceWindowInput,
  type MaintenanceWindowFormValues,
} from './maintenance-window-form-values';

/** Someone else's window that won, and the values the administrator tried to save. */
export interface MaintenanceWindowConflict {
  theirs: MaintenanceWindow;
  yours: MaintenanceWindowFormValues;
}

/**
 * The save flow of the form: sends the version the values were loaded from (If-Match), puts
 * server field errors on their fields, turns a 409 into a conflict to decide on, and on success
 * makes the saved window the form's new clean state.
 */
export function useSaveMaintenanceWindow(
  form: UseFormReturn<MaintenanceWindowFormValues>,
  onSaved: () => void,
) {
  const queryClient = useQueryClient();
  const mutation = useUpdateMaintenanceWindow();
  const [conflict, setConflict] = useState<MaintenanceWindowConflict | null>(null);

  const saveOnce = useSaveOnce();

  const save = async (values: MaintenanceWindowFormValues) => {
    try {
      const saved = await mutation.mutateAsync({
        data: toMaintenanceWindowInput(values),
        version: values.version,
      });
      form.reset(toFormValues(saved));
      onSaved();
    } catch (error) {
      // The API client validated `current` already; parsing again gives it its type here.
      const theirs = isApiError(error, 'conflict')
        ? maintenanceWindowSchema.safeParse(error.current)
        : undefined;
      if (theirs?.success) {
        setConflict({ theirs: theirs.data, yours: values });
        return;
      }
      if (isApiError(error, 'validation')) {
        for (const fieldError of error.fieldErrors) {
          form.setError(formFieldOf(fieldError.field), { type: 'server', message: fieldError.message });
        }
      }
    }
  };

  return {
    /** Validates and saves; a submit while a save is on its way sends nothing (see useSaveOnce). */
    submit: (event?: BaseSyntheticEvent) => saveOnce(() => form.handleSubmit(save)(event), event),
    saving: mutation.isPending,
    /** The last failure other than a conflict, which the dialog shows instead. */
    error: mutation.isError && !isApiError(mutation.error, 'conflict') ? mutation.error : null,
    conflict,
    /** Drops the administrator's change: theirs becomes the saved window and the form's state. */
    keepTheirs: () => {
      if (conflict === null) return;
      queryClient.setQueryData(getMaintenanceWindowQueryOptions().queryKey, conflict.theirs);
      form.reset(toFormValues(conflict.theirs));
      setConflict(null);
      mutation.reset();
    },
    /**
     * Saves over theirs: the administrator confirmed it, so their version is the one to match.
     * Unlike a site's fields, the window is one choice (a day and a slot together): replacing
     * takes all of yours, since your day with their slot would be a window no one chose.
     */
    replaceTheirs: () => {
      if (conflict === null) return;
      // A retry after a failed replace must match their version too.
      form.setValue('version', conflict.theirs.version);
      setConflict(null);
      void saveOnce(() => save({ ...conflict.yours, version: conflict.theirs.version }));
    },
  };
}
