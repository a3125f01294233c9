import { useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { siteSchema, type Site } from '@/contract/sites';
import { isApiError } from '@/lib/api-error';
import { getSiteQueryOptions } from '@/api/sites/get-site';
import { useUpdateSiteWindow } from '@/api/sites/update-site-window';
import {
  sameSiteWindow,
  siteWindowFieldOf,
  toSiteWindow,
  toSiteWindowFormValues,
  type SiteWindowFormValues,
} from '../../upgrade/site-window-values';

interface SaveSiteWindowOptions {
  siteId: string;
  windowForm: UseFormReturn<SiteWindowFormValues>;
  /** The site both parts of the page started from: its version goes in If-Match. */
  baseSiteRef: RefObject<Site>;
  accountWindow: MaintenanceWindow | undefined;
  /** Someone else saved the site first: the page takes their site as its new starting point. */
  onTheirs: (theirs: Site) => void;
}

/**
 * The window part's save (PUT /api/sites/:id/upgrade-window). The page's one Save calls it after
 * the General fields, with the version that save returned, so the site's second save of the click
 * is not a conflict with its first. A save bumps the site's version: the page's starting point
 * moves to the returned site, so the General form's next save sends it. A real 409 keeps what
 * the administrator chose, on top of the site as it is now, and says what the other save did.
 */
export function useSaveSiteWindow({
  siteId,
  windowForm,
  baseSiteRef,
  accountWindow,
  onTheirs,
}: SaveSiteWindowOptions) {
  const queryClient = useQueryClient();
  const mutation = useUpdateSiteWindow();
  /** The site as someone else saved it, when this part's last save met their change. */
  const [theirs, setTheirs] = useState<Site | null>(null);

  const changed = () => {
    const defaults = windowForm.formState.defaultValues;
    const saved = defaults ? toSiteWindow(defaults as SiteWindowFormValues) : undefined;
    return !sameSiteWindow(toSiteWindow(windowForm.getValues()), saved);
  };

  /** Saves the chosen window with If-Match `version`; the saved site, or undefined when not saved. */
  const save = async (version: number, retried = false): Promise<Site | undefined> => {
    const started = baseSiteRef.current;
    const chosen = windowForm.getValues();
    const upgradeWindow = toSiteWindow(chosen);
    if (upgradeWindow === undefined) {
      windowForm.setError(
        'timeSlot',
        { type: 'required', message: 'Choose a time slot.' },
        { shouldFocus: true },
      );
      return undefined;
    }
    try {
      const saved = await mutation.mutateAsync({ siteId, data: { upgradeWindow }, version });
      setTheirs(null);
      baseSiteRef.current = saved;
      windowForm.reset(toSiteWindowFormValues(saved.upgradeWindow, accountWindow));
      return saved;
    } catch (error) {
      const current = isApiError(error, 'conflict') ? siteSchema.safeParse(error.current) : undefined;
      if (current?.success && !retried && sameSiteWindow(current.data.upgradeWindow, started.upgradeWindow)) {
        // The other save left the window as this part started from (it changed the General
        // fields, which share the site's version): nothing to decide, so the choice goes on top.
        baseSiteRef.current = current.data;
        queryClient.setQueryData(getSiteQueryOptions(siteId).queryKey, current.data);
        return save(current.data.version, true);
      }
      if (current?.success) {
        // Their window becomes the part's starting point; the administrator's choice stays on
        // top of it, so Save replaces theirs only when they mean to.
        baseSiteRef.current = current.data;
        // The cache holds the site as it is now too, so nothing later takes the page back to the
        // version the administrator started from.
        queryClient.setQueryData(getSiteQueryOptions(siteId).queryKey, current.data);
        windowForm.reset(toSiteWindowFormValues(current.data.upgradeWindow, accountWindow));
        for (const field of ['choice', 'day', 'timeSlot'] as const) {
          windowForm.setValue(field, chosen[field], { shouldDirty: true });
        }
        setTheirs(current.data);
        onTheirs(current.data);
        return undefined;
      }
      if (isApiError(error, 'validation')) {
        for (const fieldError of error.fieldErrors) {
          const field = siteWindowFieldOf(fieldError.field);
          if (field) windowForm.setError(field, { type: 'server', message: fieldError.message });
        }
      }
      return undefined;
    }
  };

  return {
    changed,
    save,
    saving: mutation.isPending,
    /** The last failure other than a conflict, which `theirs` explains instead. */
    error: mutation.isError && !isApiError(mutation.error, 'conflict') ? mutation.error : null,
    theirs,
    /** Drops the administrator's choice: the window as the other save left it. */
    keepTheirs: () => {
      if (theirs === null) return;
      windowForm.reset(toSiteWindowFormValues(theirs.upgradeWindow, accountWindow));
      setTheirs(null);
      mutation.reset();
    },
    /** The page took a newer site while this part was untouched. */
    adopt: (site: Site) => {
      windowForm.reset(toSiteWindowFormValues(site.upgradeWindow, accountWindow));
      setTheirs(null);
    },
  };
}
