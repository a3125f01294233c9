import { useMemo } from 'react';
import { scheduleEngine, type WeeklySlot } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { CalendarSite, ZoneGroup } from '../model/calendar-types';
import { filterSites, isFiltered, type SiteFilters } from '../model/site-filters';
import { groupByZone } from '../model/zone-groups';

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
  slot: WeeklySlot | undefined,
  releasedAt: DateTime,
  filters: SiteFilters,
): ZoneGroups {
  // Keyed on values: a refetched but equal window, or the same release, keeps the per-zone memo.
  const { day, start, end } = slot ?? { day: 7, start: '', end: '' };
  const releasedMillis = releasedAt.toMillis();
  const upgradeOf = useMemo(() => {
    if (!start) return undefined;
    const released = DateTime.fromMillis(releasedMillis, { zone: 'utc' });
    const daySlot = { day, start, end };
    // The engine remembers each zone's answer for this slot and release.
    return (timeZone: string) => scheduleEngine.nextUpgradeWindow(daySlot, timeZone, released);
  }, [day, start, end, releasedMillis]);
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
