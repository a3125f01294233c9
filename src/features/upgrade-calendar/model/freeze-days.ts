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
 * The stretches of the week a freeze covers in a zone: from the start of its first date to the
 * end of its last, read on that zone's clock (a freeze's dates are each site's own dates).
 */
export function freezeSpansInWeek(
  freezes: readonly UpgradeFreeze[],
  week: CalendarWeek,
  timeZone: string,
): FreezeSpan[] {
  const weekStart = week.start.toMillis();
  const weekEnd = week.end.toMillis();
  const spans: FreezeSpan[] = [];
  for (const freeze of freezes) {
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

/** The spans of several zones, each stretch once (zones on one clock share theirs). */
export function distinctFreezeSpans(
  freezes: readonly UpgradeFreeze[],
  week: CalendarWeek,
  timeZones: readonly string[],
): FreezeSpan[] {
  if (freezes.length === 0) return [];
  const spans = new Map<string, FreezeSpan>();
  for (const timeZone of new Set(timeZones)) {
    for (const span of freezeSpansInWeek(freezes, week, timeZone)) {
      spans.set(`${span.startMillis} ${span.endMillis}`, span);
    }
  }
  return [...spans.values()];
}

/** The freeze a date ("yyyy-MM-dd") falls in, if any: ISO dates compare as text. */
export function freezeOnDate(freezes: readonly UpgradeFreeze[], isoDate: string): UpgradeFreeze | undefined {
  return freezes.find((freeze) => freeze.startDate <= isoDate && isoDate <= freeze.endDate);
}
