import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { PageHeader } from '@/components/page-header';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { useSiteCountries } from '@/api/sites/get-site-countries';
import { useSites } from '@/api/sites/get-sites';
import { useUpgradeFreezes } from '@/api/upgrade-freezes/get-upgrade-freezes';
import { useMemo, useState } from 'react';
import { useCanEdit } from '@/components/forms/use-can-edit';
import { BulkWindowBar } from './list/bulk-window-bar';
import { BulkWindowDialog } from './list/bulk-window-dialog';
import { useSiteSelection } from './list/use-site-selection';
import { ExportSitesButton } from './list/export-sites-button';
import type { AccountSchedule } from './list/site-list-entry';
import { SitesResults } from './list/sites-results';
import { SitesToolbar } from './list/sites-toolbar';
import { toSiteListParams } from './list/sites-list-params';
import { useSitesExport } from './list/use-sites-export';
import { useSitesListState } from './list/use-sites-list-state';

/** Network > Sites: every site with its time zone and its next upgrade window. */
export function SitesPage() {
  const { state, update } = useSitesListState();
  const params = toSiteListParams(state);
  // useSites keeps the previous page on screen while the next one loads (keepPreviousData).
  const sites = useSites(params);
  const countries = useSiteCountries();
  const maintenanceWindow = useMaintenanceWindow();
  const freezes = useUpgradeFreezes();
  // Every next upgrade honours the account's window (or the site's own) and the freezes: none is
  // shown before both have arrived.
  const schedule = useMemo<AccountSchedule | undefined>(
    () =>
      maintenanceWindow.data && freezes.data
        ? { maintenanceWindow: maintenanceWindow.data, freezes: freezes.data }
        : undefined,
    [maintenanceWindow.data, freezes.data],
  );
  const sitesExport = useSitesExport(schedule);
  // Below the md breakpoint (phones, small tablets) the list is cards and the filters a sheet.
  // Read at once (noSsr): a phone never draws the wide table first.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const filtered = Boolean(state.search || state.country || state.timezone || state.upgradeWindow);
  const total = sites.data?.total ?? 0;
  // Viewers read the list; only administrators tick sites for the bulk window action.
  const { canEdit } = useCanEdit();
  const selection = useSiteSelection();
  const [bulkOpen, setBulkOpen] = useState(false);

  return (
    <>
      <PageHeader
        trail={['Network']}
        title="Sites"
        actions={
          <ExportSitesButton
            state={sitesExport.state}
            onExport={() => void sitesExport.start(params)}
            disabled={!schedule || !sites.data || total === 0}
          />
        }
      />
      <SitesToolbar state={state} onChange={update} countries={countries.data?.items} compact={compact} />
      {canEdit && selection.selected.size > 0 && (
        <BulkWindowBar
          count={selection.selected.size}
          onSetWindow={() => setBulkOpen(true)}
          onClear={selection.clear}
        />
      )}
      <SitesResults
        state={state}
        onChange={update}
        sites={sites.data?.items}
        total={total}
        loading={sites.isPending}
        refreshing={sites.isFetching && !sites.isPending}
        error={sites.error}
        onRetry={() => void sites.refetch()}
        schedule={schedule}
        filtered={filtered}
        onClearFilters={() => update({ search: '', country: null, timezone: null, upgradeWindow: null })}
        compact={compact}
        selection={canEdit ? selection : undefined}
      />
      {bulkOpen && (
        <BulkWindowDialog
          sites={[...selection.selected.values()]}
          accountWindow={maintenanceWindow.data}
          onClose={(report) => {
            // The saved sites are done; a site not saved stays ticked, for another try.
            if (report)
              selection.remove(report.filter((row) => row.outcome === 'saved').map((row) => row.siteId));
            setBulkOpen(false);
          }}
        />
      )}
    </>
  );
}
