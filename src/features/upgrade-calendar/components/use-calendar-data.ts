import { useMemo } from 'react';
import { storedWindowProblem } from '@/contract/maintenance-window';
import type { SiteSummary } from '@/contract/sites';
import type { SocketRelease } from '@/contract/socket-releases';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { loadingSitesText, useAllSites } from '@/api/sites/get-all-sites';
import { useSocketReleases } from '@/api/socket-releases/get-socket-releases';
import { useUpgradeFreezes } from '@/api/upgrade-freezes/get-upgrade-freezes';
import type { StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import type { WeeklySlot } from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import type { CalendarSite } from '../model/calendar-types';

export interface CalendarData {
  /** The sites whose zone is recognised: the ones the calendar can place. */
  sites: CalendarSite[] | undefined;
  /** Sites left out because the runtime does not know their stored zone. */
  unrecognisedSites: SiteSummary[];
  /** "Loading sites: 10,000 of 20,000" while the pages arrive. */
  loadingText: string;
  maintenanceWindow: WeeklySlot | undefined;
  /** The account's upgrade freezes (past ones included); undefined while they load. */
  freezes: StoredUpgradeFreeze[] | undefined;
  /** Set when the stored window cannot give any upgrade time (it starts and ends at once). */
  windowProblem: string | undefined;
  /** Optional: without them the calendar still works, minus the quick picks. */
  releases: SocketRelease[] | undefined;
  error: unknown;
  refetch: () => void;
}

/**
 * Every site of the account and the account's window, from the same react-query caches the
 * Sites and System Settings pages update: a saved window or time zone shows here without a reload.
 */
export function useCalendarData(): CalendarData {
  const sitesQuery = useAllSites();
  const windowQuery = useMaintenanceWindow();
  const releasesQuery = useSocketReleases();
  const freezesQuery = useUpgradeFreezes();

  const sites = useMemo(
    () =>
      sitesQuery.sites?.map((site) => ({
        id: site.id,
        name: site.name,
        countryCode: site.countryCode,
        timeZone: site.timezone,
        haMode: site.haMode,
        ownWindow: site.upgradeWindow
          ? { ...site.upgradeWindow, day: weekdayNumberFromApi(site.upgradeWindow.day) }
          : null,
      })),
    [sitesQuery.sites],
  );
  const { day, start, end } = windowQuery.data ?? {};
  const windowProblem = start && end ? storedWindowProblem({ start, end }) : undefined;
  const maintenanceWindow = useMemo(
    () => (day && start && end ? { day: weekdayNumberFromApi(day), start, end } : undefined),
    [day, start, end],
  );

  return {
    sites,
    unrecognisedSites: sitesQuery.unrecognised ?? [],
    loadingText: loadingSitesText(sitesQuery),
    maintenanceWindow,
    freezes: freezesQuery.data,
    windowProblem,
    releases: releasesQuery.data,
    // Stale data stays on screen while a refetch fails; only a first load that fails is an error.
    error:
      (sites === undefined && sitesQuery.error) ||
      (windowQuery.data === undefined && windowQuery.error) ||
      // Without the freezes every window could be one that does not happen: no guessing.
      (freezesQuery.data === undefined && freezesQuery.error) ||
      null,
    refetch: () => {
      if (sitesQuery.error) sitesQuery.refetch();
      if (windowQuery.isError) void windowQuery.refetch();
      if (freezesQuery.isError) void freezesQuery.refetch();
    },
  };
}
