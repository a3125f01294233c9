import { useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { SiteGeneralValues } from '@/contract/site-general-input';
import { siteSchema, type Site } from '@/contract/sites';
import { isApiError } from '@/lib/api-error';
import { useUpdateSiteGeneral } from '@/api/sites/update-site-general';
import { isSiteFormField, toSiteFormValues, type SiteFormValues } from './site-form-values';

/** The site as another administrator saved it, and the values this one tried to save. */
export interface SiteConflict {
  theirs: Site;
  yours: SiteFormValues;
}

/**
 * The General form's save flow: sends the version the administrator started from (If-Match),
 * puts server field errors on their fields, turns a 409 into a conflict to decide on, and on
 * success makes the saved site the form's new clean state.
 */
export function useSaveSiteGeneral(
  siteId: string,
  form: UseFormReturn<SiteFormValues, unknown, SiteGeneralValues>,
  baseVersion: RefObject<number>,
  onSaved: (saved: Site) => void,
) {
  const mutation = useUpdateSiteGeneral();
  const [conflict, setConflict] = useState<SiteConflict | null>(null);

  const save = (values: SiteFormValues, version: number) => {
    // A second click while saving, or Enter pressed twice, must not send a second request.
    if (mutation.isPending) return;
    mutation.mutate(
      { siteId, data: values, version },
      {
        onSuccess: (saved) => {
          setConflict(null);
          form.reset(toSiteFormValues(saved));
          onSaved(saved);
        },
        onError: (error) => {
          const theirs = isApiError(error, 'conflict') ? siteSchema.safeParse(error.current) : undefined;
          if (theirs?.success) {
            setConflict({ theirs: theirs.data, yours: values });
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
        },
      },
    );
  };

  return {
    submit: form.handleSubmit((values) => save(values, baseVersion.current)),
    saving: mutation.isPending,
    /** The last failure other than a conflict, which the dialog shows instead. */
    error:
      mutation.isError && conflict === null && !isApiError(mutation.error, 'conflict')
        ? mutation.error
        : null,
    conflict,
    /** Saves over theirs: the administrator confirmed it, so their version is the one to match. */
    replaceTheirs: (current: SiteConflict) => {
      setConflict(null);
      save(current.yours, current.theirs.version);
    },
    dismissConflict: () => setConflict(null),
    resetError: mutation.reset,
  };
}
