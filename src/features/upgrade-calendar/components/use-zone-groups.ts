import { useMemo } from 'react';
import type { MaintenanceWindow } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import { useZoneDataRevision } from '@/lib/use-zone-data-revision';
import type { CalendarSite, ZoneGroup } from '../model/calendar-types';
import { filterSites, isFiltered, type SiteFilters } from '../model/site-filters';
import { groupByZone } from '../model/zone-groups';
import { zoneUpgradeMemo } from '../model/zone-upgrade';

export interface ZoneGroups {
  all: ZoneGroup[];
  /** The groups of the sites the filters let through (all of them when no filter is set). */
  shown: ZoneGroup[];
  filtered: boolean;
  /** Why the schedule could not be computed (a release outside the supported years, say). */
  error: string | undefined;
}

/**
 * The upgrade of every zone, computed once per zone for a window and a release, then grouped.
 * Callers pass deferred values so typing and clicking stay responsive while this runs.
 */
export function useZoneGroups(
  sites: readonly CalendarSite[],
  maintenanceWindow: MaintenanceWindow | undefined,
  releasedAt: DateTime,
  filters: SiteFilters,
): ZoneGroups {
  // Keyed on values: a refetched but equal window, or the same release, keeps the per-zone memo.
  const { day, start, end } = maintenanceWindow ?? { day: 7, start: '', end: '' };
  const releasedMillis = releasedAt.toMillis();
  const zoneDataRevision = useZoneDataRevision();
  const upgradeOf = useMemo(
    () =>
      start
        ? zoneUpgradeMemo({ day, start, end }, DateTime.fromMillis(releasedMillis, { zone: 'utc' }))
        : undefined,
    // The revision is not read: a new one means the engine's answers changed (see the hook).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [day, start, end, releasedMillis, zoneDataRevision],
  );
  const all = useMemo(() => compute(sites, upgradeOf), [sites, upgradeOf]);
  const filtered = isFiltered(filters);
  const { site: siteText, country, timeZone } = filters;
  const shownSites = useMemo(
    () => filterSites(sites, { site: siteText, country, timeZone }),
    [sites, siteText, country, timeZone],
  );
  const shown = useMemo(
    () => (filtered ? compute(shownSites, upgradeOf) : all),
    [filtered, shownSites, upgradeOf, all],
  );
  return { all: all.groups, shown: shown.groups, filtered, error: all.error };
}

function compute(sites: readonly CalendarSite[], upgradeOf: Parameters<typeof groupByZone>[1] | undefined) {
  if (!upgradeOf) return { groups: [], error: undefined };
  try {
    return { groups: groupByZone(sites, upgradeOf), error: undefined };
  } catch (error) {
    return { groups: [], error: error instanceof Error ? error.message : String(error) };
  }
}
