import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ReadOnlyNotice } from '@/components/forms/read-only-notice';
import { SaveButton } from '@/components/forms/save-button';
import { SaveErrorAlert } from '@/components/forms/save-error-alert';
import { focusableFormProps } from '@/components/forms/use-keep-focus-in-form';
import { SavedNotice } from '@/components/forms/saved-notice';
import { UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { TimeZoneField } from '@/components/time-zone-picker';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { siteGeneralInputSchema, type SiteGeneralValues } from '@/contract/site-general-input';
import type { Site } from '@/contract/sites';
import { NextUpgradePreview } from './next-upgrade-preview';
import { SiteConflictDialog } from './site-conflict-dialog';
import { toSiteFormValues, type SiteFormValues } from './site-form-values';
import { SiteIdentityFields } from './site-identity-fields';
import { SiteLocationFields } from './site-location-fields';
import { useCountryTimeZoneOffer } from './use-country-time-zone-offer';
import { useSaveSiteGeneral } from './use-save-site-general';
import { useSaveSiteWindow } from './use-save-site-window';
import { SiteWindowConflictAlert } from './site-window-conflict-alert';
import { SiteWindowFields } from './site-window-fields';
import {
  sameSiteWindow,
  toSiteWindow,
  toSiteWindowFormValues,
  type SiteWindowFormValues,
} from '../../upgrade/site-window-values';

interface SiteGeneralFormProps {
  saved: Site;
  canEdit: boolean;
  maintenanceWindow: MaintenanceWindow | undefined;
  maintenanceWindowError: boolean;
}

const grid = { display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } } as const;

export function SiteGeneralForm({
  saved,
  canEdit,
  maintenanceWindow,
  maintenanceWindowError,
}: SiteGeneralFormProps) {
  // Validated with the very schema the backend uses; it trims text and canonicalises the zone.
  const form = useForm<SiteFormValues, unknown, SiteGeneralValues>({
    resolver: zodResolver(siteGeneralInputSchema),
    defaultValues: toSiteFormValues(saved),
  });
  // The site the administrator started editing from: a background refetch that brings a newer
  // one must not move it, or their save would silently overwrite the other change. Its version
  // goes in If-Match, and a conflict is merged against it. Read only when saving, so a ref:
  // changing it must not re-render the form.
  const baseSiteRef = useRef(saved);
  const [savedNoticeOpen, setSavedNoticeOpen] = useState(false);
  const { isDirty } = form.formState;
  const windowForm = useForm<SiteWindowFormValues>({
    defaultValues: toSiteWindowFormValues(saved.upgradeWindow, maintenanceWindow),
  });
  const windowFlow = useSaveSiteWindow({
    siteId: saved.id,
    windowForm,
    baseSiteRef,
    accountWindow: maintenanceWindow,
    // The General fields are saved (or unchanged) by then: they show the site as it is now.
    onTheirs: (theirs) => {
      if (!form.formState.isDirty) form.reset(toSiteFormValues(theirs));
    },
  });
  const flow = useSaveSiteGeneral(saved.id, form, baseSiteRef, () => setSavedNoticeOpen(true), windowFlow);

  const windowValues = useWatch({ control: windowForm.control }) as SiteWindowFormValues;
  const chosenWindow = toSiteWindow(windowValues);
  const windowDefaults = windowForm.formState.defaultValues as SiteWindowFormValues | undefined;
  const windowChanged = !sameSiteWindow(chosenWindow, windowDefaults && toSiteWindow(windowDefaults));
  const changed = isDirty || windowChanged;
  const saving = flow.saving || windowFlow.saving;

  // A newer site arriving while the page is untouched simply becomes its state. (The page's own
  // saves move the starting point themselves, so they never land here as "someone else's".)
  // Only when the site arrives: after "Keep theirs" the page starts from their site while the
  // cache may still hold the older one, which must not come back at the next render.
  const arrivedSiteRef = useRef(saved);
  useEffect(() => {
    if (arrivedSiteRef.current === saved) return;
    arrivedSiteRef.current = saved;
    if (form.formState.isDirty || windowFlow.changed() || saved.version === baseSiteRef.current.version)
      return;
    form.reset(toSiteFormValues(saved));
    windowFlow.adopt(saved);
    baseSiteRef.current = saved;
  }, [saved, form, windowFlow]);

  // The account's window arrives after the site: an untouched "own" choice starts from it.
  useEffect(() => {
    if (!maintenanceWindow || windowForm.formState.isDirty) return;
    windowForm.reset(toSiteWindowFormValues(baseSiteRef.current.upgradeWindow, maintenanceWindow));
  }, [maintenanceWindow, windowForm]);

  const [timezone, countryCode] = useWatch({ control: form.control, name: ['timezone', 'countryCode'] });
  const timeZoneOffer = useCountryTimeZoneOffer(form);
  const readOnly = !canEdit;

  return (
    <Box
      component="form"
      noValidate
      onSubmit={flow.submit}
      aria-label="General"
      // A busy or disabled Save hands the keyboard focus to the form.
      {...focusableFormProps}
    >
      {readOnly && (
        <Box sx={{ mb: 2 }}>
          <ReadOnlyNotice what="this site's settings" />
        </Box>
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <Box sx={grid}>
          <SiteIdentityFields control={form.control} readOnly={readOnly} />
        </Box>
        <Typography variant="h2" sx={{ fontSize: '1.1rem', mt: 4, mb: 2 }}>
          Location
        </Typography>
        <Box sx={grid}>
          <SiteLocationFields
            control={form.control}
            setValue={form.setValue}
            readOnly={readOnly}
            timeZoneOffer={timeZoneOffer}
          />
        </Box>
        <Box sx={{ mt: 2.5, maxWidth: { md: 'calc(50% - 10px)' } }}>
          <TimeZoneField
            control={form.control}
            name="timezone"
            label="Time Zone"
            required={!readOnly}
            countryCode={countryCode || undefined}
            readOnly={readOnly}
            // While the country's zone is offered, the warning would only repeat it.
            warnForeignZone={timeZoneOffer.zone === undefined}
          />
        </Box>
        <Typography variant="h2" sx={{ fontSize: '1.1rem', mt: 4, mb: 1 }}>
          Socket upgrade window
        </Typography>
        <SiteWindowFields
          control={windowForm.control}
          readOnly={readOnly}
          accountWindow={maintenanceWindow}
          saved={saved.upgradeWindow}
        />
        {windowFlow.theirs !== null && (
          <Box sx={{ mt: 2 }}>
            <SiteWindowConflictAlert
              theirs={windowFlow.theirs}
              accountWindow={maintenanceWindow}
              onKeepTheirs={windowFlow.keepTheirs}
            />
          </Box>
        )}
        <NextUpgradePreview
          maintenanceWindow={maintenanceWindow}
          maintenanceWindowError={maintenanceWindowError}
          siteWindow={chosenWindow}
          siteTimeZone={timezone}
          countryCode={countryCode}
        />
        {flow.error !== null && (
          <Box sx={{ mt: 2 }}>
            <SaveErrorAlert error={flow.error} onRetry={() => void flow.submit()} retrying={flow.saving} />
          </Box>
        )}
        {windowFlow.error !== null && (
          <Box sx={{ mt: 2 }}>
            <SaveErrorAlert
              error={windowFlow.error}
              title="Upgrade window not saved"
              onRetry={() => void flow.submit()}
              retrying={windowFlow.saving}
            />
          </Box>
        )}
        {canEdit && (
          <Box sx={{ mt: 3, display: 'flex', gap: 2, alignItems: 'center' }}>
            <SaveButton saving={saving} disabled={!changed} />
            {!changed && (
              <Typography variant="body2" color="text.secondary">
                No changes to save.
              </Typography>
            )}
          </Box>
        )}
      </Paper>
      {flow.conflict !== null && (
        <SiteConflictDialog
          conflict={flow.conflict}
          onKeepTheirs={flow.keepTheirs}
          onReplaceTheirs={flow.replaceTheirs}
        />
      )}
      <UnsavedChangesGuard when={changed} />
      <SavedNotice open={savedNoticeOpen} onClose={() => setSavedNoticeOpen(false)} message="Site saved." />
    </Box>
  );
}
