import { useMemo } from 'react';
import {
  scheduleEngine,
  type NextUpgradeWindow,
  type UpgradeFreeze,
  type WeeklySlot,
} from '@/domain/upgrade-schedule';
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

type UpgradeOf = (timeZone: string, slot: WeeklySlot) => NextUpgradeWindow;

/**
 * The upgrade of every zone and window (the account's, or sites' own), computed once per group
 * for a release under the account's freezes, then grouped. Callers pass deferred values so typing
 * and clicking stay responsive while this runs.
 */
export function useZoneGroups(
  sites: readonly CalendarSite[],
  slot: WeeklySlot | undefined,
  /** The account's freezes; undefined while they load (nothing is computed without them). */
  freezes: readonly UpgradeFreeze[] | undefined,
  releasedAt: DateTime,
  filters: SiteFilters,
): ZoneGroups {
  // Keyed on values: a refetched but equal window, or the same release, keeps the per-zone memo.
  const { day, start, end } = slot ?? { day: 7, start: '', end: '' };
  const releasedMillis = releasedAt.toMillis();
  const accountSlot = useMemo(() => (start ? { day, start, end } : undefined), [day, start, end]);
  const upgradeOf = useMemo((): UpgradeOf | undefined => {
    if (!freezes) return undefined;
    const released = DateTime.fromMillis(releasedMillis, { zone: 'utc' });
    // The engine remembers each zone's answer for a slot, a release and this list of freezes.
    return (timeZone, daySlot) => scheduleEngine.nextUpgradeWindow(daySlot, timeZone, released, { freezes });
  }, [freezes, releasedMillis]);
  const all = useMemo(() => compute(sites, accountSlot, upgradeOf), [sites, accountSlot, upgradeOf]);
  const filtered = isFiltered(filters);
  const { site: siteText, country, timeZone } = filters;
  const shownSites = useMemo(
    () => filterSites(sites, { site: siteText, country, timeZone }),
    [sites, siteText, country, timeZone],
  );
  const shown = useMemo(
    () => (filtered ? compute(shownSites, accountSlot, upgradeOf) : all),
    [filtered, shownSites, accountSlot, upgradeOf, all],
  );
  return { all: all.groups, shown: shown.groups, filtered, error: all.error };
}

function compute(
  sites: readonly CalendarSite[],
  accountSlot: WeeklySlot | undefined,
  upgradeOf: UpgradeOf | undefined,
) {
  if (!accountSlot || !upgradeOf) return { groups: [], error: undefined };
  try {
    return { groups: groupByZone(sites, accountSlot, upgradeOf), error: undefined };
  } catch (error) {
    return { groups: [], error: error instanceof Error ? error.message : String(error) };
  }
}
