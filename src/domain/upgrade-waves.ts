/*
 * Waves and concurrency: what the calendar, the Maintenance Window preview and the exports all
 * ask of a set of upgrade windows. Pure, on epoch milliseconds; the callers say what an item is
 * (a zone's sites, one site) and how many sites it counts for.
 */

/** Anything with a window: [startMillis, endMillis), half-open like every window here. */
export interface Timed {
  readonly startMillis: number;
  readonly endMillis: number;
}

/** Every item whose window opens at the same instant: the account's slot follows the sun. */
export interface Wave<T extends Timed> {
  readonly startMillis: number;
  /** In the order they were given. */
  readonly members: readonly T[];
}

/** The items grouped by opening instant, earliest wave first. */
export function groupIntoWaves<T extends Timed>(items: readonly T[]): Wave<T>[] {
  const byStart = new Map<number, T[]>();
  for (const item of items) {
    const members = byStart.get(item.startMillis);
    if (members === undefined) byStart.set(item.startMillis, [item]);
    else members.push(item);
  }
  return [...byStart].sort(([a], [b]) => a - b).map(([startMillis, members]) => ({ startMillis, members }));
}

/** The most sites in their window at one instant, and the first stretch of time at that count. */
export interface ConcurrencyPeak<T extends Timed> {
  readonly count: number;
  readonly fromMillis: number;
  readonly untilMillis: number;
  /** The items in their window during that stretch, in the order they were given. */
  readonly during: readonly T[];
}

/**
 * A sweep over every opening and closing: exact to the millisecond, whatever the hours. Windows
 * are half-open, so one that closes as another opens does not overlap it. Undefined when no
 * item has a non-empty window or every weight is zero.
 */
export function peakConcurrency<T extends Timed>(
  items: readonly T[],
  weightOf: (item: T) => number = () => 1,
): ConcurrencyPeak<T> | undefined {
  const events: { at: number; delta: number }[] = [];
  for (const item of items) {
    const weight = weightOf(item);
    if (item.endMillis <= item.startMillis || weight <= 0) continue;
    events.push({ at: item.startMillis, delta: weight });
    events.push({ at: item.endMillis, delta: -weight });
  }
  // At the same instant, closings come before openings.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let running = 0;
  let best = 0;
  let fromMillis = 0;
  let untilMillis = 0;
  events.forEach((event, index) => {
    running += event.delta;
    const next = events[index + 1];
    if (running > best && next !== undefined && next.at > event.at) {
      best = running;
      fromMillis = event.at;
      untilMillis = next.at;
    }
  });
  if (best === 0) return undefined;
  const during = items.filter(
    (item) => item.startMillis <= fromMillis && item.endMillis > fromMillis && weightOf(item) > 0,
  );
  return { count: best, fromMillis, untilMillis, during };
}
