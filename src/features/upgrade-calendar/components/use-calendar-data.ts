import { useMemo } from 'react';
import { MAX_SITES_PAGE_SIZE } from '@/contract/sites';
import type { SocketRelease } from '@/contract/socket-releases';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { useSites } from '@/api/sites/get-sites';
import { useSocketReleases } from '@/api/socket-releases/get-socket-releases';
import type { WeeklySlot } from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import type { CalendarSite } from '../model/calendar-types';

export interface CalendarData {
  sites: CalendarSite[] | undefined;
  maintenanceWindow: WeeklySlot | undefined;
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
  const sitesQuery = useSites({ pageSize: MAX_SITES_PAGE_SIZE });
  const windowQuery = useMaintenanceWindow();
  const releasesQuery = useSocketReleases();

  const sites = useMemo(
    () =>
      sitesQuery.data?.items.map((site) => ({
        id: site.id,
        name: site.name,
        countryCode: site.countryCode,
        timeZone: site.timezone,
      })),
    [sitesQuery.data],
  );
  const { day, start, end } = windowQuery.data ?? {};
  const maintenanceWindow = useMemo(
    () => (day && start && end ? { day: weekdayNumberFromApi(day), start, end } : undefined),
    [day, start, end],
  );

  return {
    sites,
    maintenanceWindow,
    releases: releasesQuery.data,
    // Stale data stays on screen while a refetch fails; only a first load that fails is an error.
    error:
      (sites === undefined && sitesQuery.error) ||
      (windowQuery.data === undefined && windowQuery.error) ||
      null,
    refetch: () => {
      if (sitesQuery.isError) void sitesQuery.refetch();
      if (windowQuery.isError) void windowQuery.refetch();
    },
  };
}
