import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { DayOfWeekField } from '@/components/forms/day-of-week-field';
import { SaveErrorAlert } from '@/components/forms/save-error-alert';
import { useSaveOnce } from '@/components/forms/use-save-once';
import { TimeSlotField } from '@/components/forms/time-slot-field';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteWindow } from '@/contract/site-window';
import type { SiteSummary } from '@/contract/sites';
import { countOf, SITE } from '@/lib/plural';
import { getSiteQueryOptions } from '@/api/sites/get-site';
import { useSaveSitesWindow } from '@/api/sites/save-sites-window';
import {
  bulkWindowInput,
  bulkWindowReport,
  conflictRetry,
  mergeBulkWindowReports,
  type BulkWindowReportRow,
  type BulkWindowSite,
} from '../../upgrade/bulk-window-results';
import {
  toSiteWindow,
  toSiteWindowFormValues,
  type SiteWindowFormValues,
} from '../../upgrade/site-window-values';
import { windowText } from '../../upgrade/window-text';
import { BulkWindowReport } from './bulk-window-report';

interface BulkWindowDialogProps {
  /** The ticked sites, each as the list showed it (its version goes with it). */
  sites: readonly SiteSummary[];
  accountWindow: MaintenanceWindow | undefined;
  /** Closed; with the report when something was sent. */
  onClose: (report: readonly BulkWindowReportRow[] | null) => void;
}

/**
 * "Set upgrade window…" for the ticked sites: their own day and slot, or the account's window
 * again; then what became of each site. A site someone changed since the list showed it is not
 * overwritten: it is reported, with who and what, and can be sent again on purpose.
 */
export function BulkWindowDialog({ sites, accountWindow, onClose }: BulkWindowDialogProps) {
  const queryClient = useQueryClient();
  const mutation = useSaveSitesWindow();
  const saveOnce = useSaveOnce();
  const form = useForm<SiteWindowFormValues>({
    defaultValues: { ...toSiteWindowFormValues(null, accountWindow), choice: 'own' },
  });
  const [choice, day] = useWatch({ control: form.control, name: ['choice', 'day'] });
  const [report, setReport] = useState<BulkWindowReportRow[] | null>(null);
  /** The window last sent, which a retry of the conflicts sends again. */
  const [sentWindow, setSentWindow] = useState<SiteWindow | undefined>(undefined);

  // The version each site was listed with; a backend that leaves it out of the list is asked.
  const listedSites = async (): Promise<BulkWindowSite[]> =>
    Promise.all(
      sites.map(async (site) => ({
        siteId: site.id,
        name: site.name,
        version: site.version ?? (await queryClient.fetchQuery(getSiteQueryOptions(site.id))).version,
      })),
    );

  const send = async (targets: BulkWindowSite[], upgradeWindow: SiteWindow) => {
    const answer = await mutation.mutateAsync(bulkWindowInput(targets, upgradeWindow));
    return bulkWindowReport(targets, answer.results, accountWindow);
  };

  const save = form.handleSubmit(async (values) => {
    const upgradeWindow = toSiteWindow(values);
    if (upgradeWindow === undefined) {
      form.setError('timeSlot', { type: 'required', message: 'Choose a time slot.' });
      return;
    }
    try {
      const targets = await listedSites();
      setSentWindow(upgradeWindow);
      setReport(await send(targets, upgradeWindow));
    } catch {
      // The alert below says why (mutation.error); the choice stays for Retry.
    }
  });

  const retryConflicts = () =>
    saveOnce(async () => {
      if (report === null || sentWindow === undefined) return;
      try {
        const retried = await send(conflictRetry(report), sentWindow);
        setReport(mergeBulkWindowReports(report, retried));
      } catch {
        // Shown by the alert; the report stays as it was.
      }
    });

  const conflicts = report ? conflictRetry(report).length : 0;
  const saving = mutation.isPending;
  const close = () => {
    if (!saving) onClose(report);
  };

  return (
    <Dialog open onClose={close} aria-labelledby="bulk-window-title" fullWidth maxWidth="sm">
      <DialogTitle id="bulk-window-title">Set upgrade window for {countOf(sites.length, SITE)}</DialogTitle>
      <DialogContent>
        {report === null ? (
          <Box
            component="form"
            id="bulk-window-form"
            noValidate
            onSubmit={(event) => void saveOnce(() => save(event), event)}
          >
            <Controller
              name="choice"
              control={form.control}
              render={({ field }) => (
                <RadioGroup
                  aria-label="Upgrade window"
                  name={field.name}
                  value={field.value}
                  onChange={(event) => field.onChange(event.target.value)}
                >
                  <FormControlLabel
                    value="own"
                    control={<Radio />}
                    label="Their own window, the same for each site"
                  />
                  {choice === 'own' && (
                    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 1.5, ml: { sm: 4 } }}>
                      <DayOfWeekField
                        control={form.control}
                        name="day"
                        id="bulk-window-day"
                        readOnly={false}
                      />
                      <TimeSlotField
                        control={form.control}
                        name="timeSlot"
                        id="bulk-window-time-slot"
                        readOnly={false}
                        day={day}
                        saved={{ start: '', end: '' }}
                      />
                    </Box>
                  )}
                  <FormControlLabel
                    value="account"
                    control={<Radio />}
                    label={
                      accountWindow
                        ? `Follow the account's window (${windowText(accountWindow)})`
                        : "Follow the account's window"
                    }
                  />
                </RadioGroup>
              )}
            />
          </Box>
        ) : (
          <BulkWindowReport report={report} />
        )}
        {mutation.isError && (
          <Box sx={{ mt: 2 }}>
            <SaveErrorAlert
              error={mutation.error}
              onRetry={report === null ? () => void save() : () => void retryConflicts()}
              retrying={saving}
            />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {report === null ? (
          <>
            <Button onClick={close} disabled={saving}>
              Cancel
            </Button>
            <Button
              type="submit"
              form="bulk-window-form"
              variant="contained"
              loading={saving}
              aria-busy={saving}
            >
              Save
            </Button>
          </>
        ) : (
          <>
            {conflicts > 0 && (
              <Button onClick={() => void retryConflicts()} loading={saving} aria-busy={saving}>
                Replace theirs on {countOf(conflicts, SITE)}
              </Button>
            )}
            <Button variant="contained" onClick={close} disabled={saving}>
              Close
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
