import { peakConcurrency } from '@/domain/upgrade-waves';
import { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';

/**
 * Sites in their upgrade window, split by what the upgrade does to them: a single-Socket site is
 * down for a few minutes of it, an HA site only fails over from one Socket to the other.
 */
export interface SitesInWindow {
  sites: number;
  /** Of `sites`, those with two Sockets (HA). */
  haSites: number;
}

export interface ConcurrencyBucket extends SitesInWindow {
  /** The display-zone hour the bucket starts at. */
  start: DateTime;
  end: DateTime;
  /** The zones whose window overlaps the hour, in the order given (upgrade order). */
  groups: ZoneGroup[];
}

export interface ConcurrencyPeak extends SitesInWindow {
  /** The first stretch of time at the most sites in their window at the same instant. */
  start: DateTime;
  end: DateTime;
  /** The zones upgrading during the peak. */
  groups: ZoneGroup[];
}

/** How many sites the groups hold, and how many of them are HA. */
export function sitesInWindow(groups: readonly ZoneGroup[]): SitesInWindow {
  let sites = 0;
  let haSites = 0;
  for (const group of groups) {
    sites += group.sites.length;
    for (const site of group.sites) if (site.haMode === 'ha') haSites += 1;
  }
  return { sites, haSites };
}

/**
 * Sites upgrading during each display-zone hour from the first window's opening to the last
 * one's close. A site counts in every hour its window touches.
 */
export function hourlyConcurrency(groups: readonly ZoneGroup[], displayZone: string): ConcurrencyBucket[] {
  if (groups.length === 0) return [];
  // Counted once per zone, not once per hour.
  const counted = groups.map((group) => ({ group, ...sitesInWindow([group]) }));
  const first = Math.min(...groups.map((group) => group.upgrade.startMillis));
  const last = Math.max(...groups.map((group) => group.upgrade.endMillis));
  const buckets: ConcurrencyBucket[] = [];
  // Hours of the display zone: with a +05:30 viewer the buckets start at :30 UTC.
  let start = DateTime.fromMillis(first, { zone: displayZone }).startOf('hour');
  while (start.toMillis() < last) {
    const end = start.plus({ hours: 1 });
    const from = start.toMillis();
    const to = end.toMillis();
    const bucket: ConcurrencyBucket = { start, end, sites: 0, haSites: 0, groups: [] };
    for (const { group, sites, haSites } of counted) {
      if (group.upgrade.startMillis < to && group.upgrade.endMillis > from) {
        bucket.sites += sites;
        bucket.haSites += haSites;
        bucket.groups.push(group);
      }
    }
    buckets.push(bucket);
    start = end;
  }
  return buckets;
}

/** The true peak, exact to the minute: the domain's sweep over every opening and closing. */
export function concurrencyPeak(groups: readonly ZoneGroup[]): ConcurrencyPeak | undefined {
  const peak = peakConcurrency(
    groups.map((group) => ({
      startMillis: group.upgrade.startMillis,
      endMillis: group.upgrade.endMillis,
      group,
    })),
    (item) => item.group.sites.length,
  );
  if (peak === undefined) return undefined;
  const during = peak.during.map((item) => item.group);
  return {
    ...sitesInWindow(during),
    start: DateTime.fromMillis(peak.fromMillis, { zone: 'utc' }),
    end: DateTime.fromMillis(peak.untilMillis, { zone: 'utc' }),
    groups: during,
  };
}

/** A stretch of hours in which no site upgrades, drawn as a break in the chart. */
export interface ConcurrencyGap {
  gapHours: number;
}

/**
 * The buckets with long empty stretches folded into gaps: after a release the upgrades can
 * span a week, yet the hours that matter bunch up around each weekly window.
 */
export function foldEmptyHours(
  buckets: readonly ConcurrencyBucket[],
  longestEmptyRun = 3,
): (ConcurrencyBucket | ConcurrencyGap)[] {
  const folded: (ConcurrencyBucket | ConcurrencyGap)[] = [];
  let empty: ConcurrencyBucket[] = [];
  const flush = () => {
    if (empty.length > longestEmptyRun) folded.push({ gapHours: empty.length });
    else folded.push(...empty);
    empty = [];
  };
  for (const bucket of buckets) {
    if (bucket.sites === 0) {
      empty.push(bucket);
      continue;
    }
    flush();
    folded.push(bucket);
  }
  flush();
  return folded;
}
