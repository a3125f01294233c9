import { HOUR_MS } from './clock-time';

/*
 * What the engine needs to know of a zone: its UTC offset as a step function of the instant.
 * The runtime's Intl answers it (zone-probe.ts): the same data the screens format times with,
 * so what the engine computes and what a page prints can never disagree.
 */

/**
 * No zone's offset reaches 18 hours (the largest in tzdata is Manila's local mean time before
 * 1845, -15:56:08), so the clock shows a given reading only within 18 hours of that reading taken
 * as UTC. The engine scans that far and no further; a larger offset is reported, never ignored.
 */
export const MAX_ABS_OFFSET_MS = 18 * HOUR_MS;

export interface OffsetTransition {
  /** The first instant (epoch ms) at which the new offset applies. */
  readonly at: number;
  /** Offsets in milliseconds, east of UTC positive. */
  readonly offsetBefore: number;
  readonly offsetAfter: number;
}

/** A zone's offsets over a span: the one in force at its start, and every change inside it. */
export interface OffsetsOverSpan {
  /** The offset (ms) in force at the span's first instant. */
  readonly offsetAtFrom: number;
  /** Transitions strictly inside the span, in order. */
  readonly transitions: readonly OffsetTransition[];
}

export interface ZoneOffsets {
  /** The zone's name as the caller gave it. */
  readonly timeZone: string;
  /** The offset (ms) in force at an instant (epoch ms). */
  offsetAt(instant: number): number;
  /** The offset at `from` and the transitions strictly inside (from, to). */
  offsetsBetween(from: number, to: number): OffsetsOverSpan;
}
