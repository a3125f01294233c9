import { PageHeader } from '@/components/page-header';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { useSites } from '@/api/sites/get-sites';
import { SitesTable } from './list/sites-table';
import { SitesToolbar } from './list/sites-toolbar';
import { toSiteListParams } from './list/sites-list-params';
import { useSitesListState } from './list/use-sites-list-state';

/** Network > Sites: every site with its time zone and its next upgrade window. */
export function SitesPage() {
  const { state, update } = useSitesListState();
  // useSites keeps the previous page on screen while the next one loads (keepPreviousData).
  const sites = useSites(toSiteListParams(state));
  const maintenanceWindow = useMaintenanceWindow();
  const filtered = Boolean(state.search || state.country || state.timezone);

  return (
    <>
      <PageHeader trail={['Network']} title="Sites" />
      <SitesToolbar state={state} onChange={update} />
      <SitesTable
        state={state}
        onChange={update}
        sites={sites.data?.items}
        total={sites.data?.total ?? 0}
        loading={sites.isPending}
        refreshing={sites.isFetching && !sites.isPending}
        error={sites.error}
        onRetry={() => void sites.refetch()}
        maintenanceWindow={maintenanceWindow.data}
        filtered={filtered}
        onClearFilters={() => update({ search: '', country: null, timezone: null })}
      />
    </>
  );
}
