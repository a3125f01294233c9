import { peakConcurrency } from '@/domain/upgrade-waves';
import { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';

export interface ConcurrencyBucket {
  /** The display-zone hour the bucket starts at. */
  start: DateTime;
  end: DateTime;
  /** Sites whose window overlaps the hour. */
  sites: number;
}

export interface ConcurrencyPeak {
  /** The most sites in their window at the same instant. */
  sites: number;
  /** The first stretch of time at that peak. */
  start: DateTime;
  end: DateTime;
  /** The zones upgrading during the peak. */
  groups: ZoneGroup[];
}

/**
 * Sites upgrading during each display-zone hour from the first window's opening to the last
 * one's close. A site counts in every hour its window touches.
 */
export function hourlyConcurrency(groups: readonly ZoneGroup[], displayZone: string): ConcurrencyBucket[] {
  if (groups.length === 0) return [];
  const first = Math.min(...groups.map((group) => group.upgrade.startMillis));
  const last = Math.max(...groups.map((group) => group.upgrade.endMillis));
  const buckets: ConcurrencyBucket[] = [];
  // Hours of the display zone: with a +05:30 viewer the buckets start at :30 UTC.
  let start = DateTime.fromMillis(first, { zone: displayZone }).startOf('hour');
  while (start.toMillis() < last) {
    const end = start.plus({ hours: 1 });
    const from = start.toMillis();
    const to = end.toMillis();
    let sites = 0;
    for (const { upgrade, sites: zoneSites } of groups) {
      if (upgrade.startMillis < to && upgrade.endMillis > from) sites += zoneSites.length;
    }
    buckets.push({ start, end, sites });
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
  return {
    sites: peak.count,
    start: DateTime.fromMillis(peak.fromMillis, { zone: 'utc' }),
    end: DateTime.fromMillis(peak.untilMillis, { zone: 'utc' }),
    groups: peak.during.map((item) => item.group),
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
