import { useState, type BaseSyntheticEvent, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useSaveOnce } from '@/components/forms/use-save-once';
import type { SiteGeneralValues } from '@/contract/site-general-input';
import { siteSchema, type Site } from '@/contract/sites';
import { isApiError } from '@/lib/api-error';
import { useUpdateSiteGeneral } from '@/api/sites/update-site-general';
import { mergeSiteConflict, type SiteConflict } from './site-conflict-merge';
import { isSiteFormField, SITE_FORM_FIELDS, toSiteFormValues, type SiteFormValues } from './site-form-values';

/** The page's second part, the site's own window: saved after the General fields, by its own PUT. */
export interface SaveWindowStep {
  changed: () => boolean;
  /** Saves with If-Match `version`; the saved site, or undefined when it was not saved. */
  save: (version: number) => Promise<Site | undefined>;
}

/**
 * The General form's save flow: sends the version the administrator started from (If-Match),
 * puts server field errors on their fields, turns a 409 into a conflict to decide on, and on
 * success makes the saved site the form's new clean state. `baseSiteRef` holds the site the
 * form was loaded from (its version goes in If-Match, a conflict is merged against it); the flow
 * moves it whenever the form takes a newer site.
 */
export function useSaveSiteGeneral(
  siteId: string,
  form: UseFormReturn<SiteFormValues, unknown, SiteGeneralValues>,
  baseSiteRef: RefObject<Site>,
  onSaved: (saved: Site) => void,
  windowStep: SaveWindowStep,
) {
  const mutation = useUpdateSiteGeneral();
  const saveOnce = useSaveOnce();
  const [conflict, setConflict] = useState<SiteConflict | null>(null);

  const save = async (values: SiteGeneralValues, retried = false): Promise<void> => {
    const started = baseSiteRef.current;
    try {
      const saved = await mutation.mutateAsync({ siteId, data: values, version: started.version });
      setConflict(null);
      baseSiteRef.current = saved;
      form.reset(toSiteFormValues(saved));
      // One Save, both parts: the window goes with the version this save produced.
      const last = windowStep.changed() ? await windowStep.save(saved.version) : saved;
      if (last) onSaved(last);
    } catch (error) {
      const theirs = isApiError(error, 'conflict') ? siteSchema.safeParse(error.current) : undefined;
      if (theirs?.success) {
        const found: SiteConflict = { base: started, theirs: theirs.data, yours: values };
        if (!retried && !mergeSiteConflict(found).differences.some((field) => field.changedByThem)) {
          // The other save changed none of these fields (a site's upgrade window has its own save
          // but the same version): nothing to decide, so these changes go on top of theirs.
          baseSiteRef.current = theirs.data;
          return save(values, true);
        }
        setConflict(found);
        return;
      }
      if (isApiError(error, 'validation')) {
        for (const fieldError of error.fieldErrors) {
          // A message for no field of the form is in the alert's sentence already.
          if (isSiteFormField(fieldError.field)) {
            form.setError(
              fieldError.field,
              { type: 'server', message: fieldError.message },
              { shouldFocus: true },
            );
          }
        }
      }
    }
  };

  /**
   * Validates and saves what changed: the General fields first (only when changed: a stored value
   * the form would now refuse must not block a change of window), then the window. A submit while
   * a save is on its way sends nothing (see useSaveOnce).
   */
  const submit = (event?: BaseSyntheticEvent) =>
    saveOnce(async () => {
      if (form.formState.isDirty || !windowStep.changed())
        return form.handleSubmit((values) => save(values))(event);
      const saved = await windowStep.save(baseSiteRef.current.version);
      if (saved) onSaved(saved);
    }, event);

  return {
    submit,
    saving: mutation.isPending,
    /** The last failure other than a conflict, which the dialog shows instead. */
    error:
      mutation.isError && conflict === null && !isApiError(mutation.error, 'conflict')
        ? mutation.error
        : null,
    conflict,
    /** Drops the administrator's change: theirs becomes the form's clean state. */
    keepTheirs: () => {
      if (conflict === null) return;
      baseSiteRef.current = conflict.theirs;
      form.reset(toSiteFormValues(conflict.theirs));
      setConflict(null);
      mutation.reset();
    },
    /**
     * The administrator confirmed: their version becomes the form's starting point, with this
     * administrator's changes (only those) on top, and that is saved. A field they changed and
     * this administrator did not keeps their value; the form shows the result before it is sent.
     */
    replaceTheirs: () => {
      if (conflict === null) return;
      const { merged } = mergeSiteConflict(conflict);
      const theirs = toSiteFormValues(conflict.theirs);
      baseSiteRef.current = conflict.theirs;
      form.reset(theirs);
      for (const field of SITE_FORM_FIELDS) {
        if (!Object.is(merged[field], theirs[field]))
          form.setValue(field, merged[field], { shouldDirty: true });
      }
      setConflict(null);
      void submit();
    },
  };
}
