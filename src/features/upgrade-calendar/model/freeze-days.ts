import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { CalendarWeek } from './week';

/** A freeze's dates as instants in one zone, cut to a week: what the week view shades. */
export interface FreezeSpan {
  readonly freeze: UpgradeFreeze;
  readonly startMillis: number;
  readonly endMillis: number;
}

/**
 * The freezes whose dates may fall in the week on some site's clock. Clocks differ by up to 26
 * hours, so a date more than two days from the week's dates (in its own zone) falls in no zone's
 * part of it. Dates compare as text; most weeks lie far from every freeze, and this spares working
 * out their instants zone by zone.
 */
function freezesNearWeek(freezes: readonly UpgradeFreeze[], week: CalendarWeek): UpgradeFreeze[] {
  const firstDate = week.start.minus({ days: 2 }).toISODate();
  const lastDate = week.end.plus({ days: 2 }).toISODate();
  if (firstDate === null || lastDate === null) return [...freezes]; // an invalid week: no shortcut
  return freezes.filter((freeze) => freeze.endDate >= firstDate && freeze.startDate <= lastDate);
}

/** The spans in one zone of freezes already known to be near the week. */
function spansInZone(near: readonly UpgradeFreeze[], week: CalendarWeek, timeZone: string): FreezeSpan[] {
  const weekStart = week.start.toMillis();
  const weekEnd = week.end.toMillis();
  const spans: FreezeSpan[] = [];
  for (const freeze of near) {
    const start = DateTime.fromISO(freeze.startDate, { zone: timeZone }).startOf('day').toMillis();
    const end = DateTime.fromISO(freeze.endDate, { zone: timeZone })
      .plus({ days: 1 })
      .startOf('day')
      .toMillis();
    if (start < weekEnd && end > weekStart) {
      spans.push({ freeze, startMillis: Math.max(start, weekStart), endMillis: Math.min(end, weekEnd) });
    }
  }
  return spans;
}

/**
 * The stretches of the week a freeze covers in a zone: from the start of its first date to the
 * end of its last, read on that zone's clock (a freeze's dates are each site's own dates).
 */
export function freezeSpansInWeek(
  freezes: readonly UpgradeFreeze[],
  week: CalendarWeek,
  timeZone: string,
): FreezeSpan[] {
  return spansInZone(freezesNearWeek(freezes, week), week, timeZone);
}

/** The spans of several zones, each stretch once (zones on one clock share theirs). */
export function distinctFreezeSpans(
  freezes: readonly UpgradeFreeze[],
  week: CalendarWeek,
  timeZones: readonly string[],
): FreezeSpan[] {
  const near = freezesNearWeek(freezes, week);
  if (near.length === 0) return [];
  const spans = new Map<string, FreezeSpan>();
  for (const timeZone of new Set(timeZones)) {
    for (const span of spansInZone(near, week, timeZone)) {
      spans.set(`${span.startMillis} ${span.endMillis}`, span);
    }
  }
  return [...spans.values()];
}

/** The freeze a date ("yyyy-MM-dd") falls in, if any: ISO dates compare as text. */
export function freezeOnDate(freezes: readonly UpgradeFreeze[], isoDate: string): UpgradeFreeze | undefined {
  return freezes.find((freeze) => freeze.startDate <= isoDate && isoDate <= freeze.endDate);
}
