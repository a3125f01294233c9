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

/** The true peak: a sweep over every opening and closing, exact to the minute. */
export function concurrencyPeak(groups: readonly ZoneGroup[]): ConcurrencyPeak | undefined {
  const events: { at: number; delta: number }[] = [];
  for (const { upgrade, sites } of groups) {
    if (upgrade.endMillis <= upgrade.startMillis) continue;
    events.push({ at: upgrade.startMillis, delta: sites.length });
    events.push({ at: upgrade.endMillis, delta: -sites.length });
  }
  // Windows are half-open: at the same instant, closings come before openings.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let running = 0;
  let best = 0;
  let bestAt = 0;
  let bestUntil = 0;
  events.forEach((event, index) => {
    running += event.delta;
    const next = events[index + 1];
    if (running > best && next && next.at > event.at) {
      best = running;
      bestAt = event.at;
      bestUntil = next.at;
    }
  });
  if (best === 0) return undefined;
  const during = groups.filter(
    (group) => group.upgrade.startMillis <= bestAt && group.upgrade.endMillis > bestAt,
  );
  return {
    sites: best,
    start: DateTime.fromMillis(bestAt, { zone: 'utc' }),
    end: DateTime.fromMillis(bestUntil, { zone: 'utc' }),
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
