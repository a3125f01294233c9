import { DateTime } from '@/lib/date-time';

export interface CalendarWeek {
  /** Monday 00:00 in the display zone. */
  start: DateTime;
  /** The next Monday 00:00: a week with a clock change lasts 167 or 169 hours. */
  end: DateTime;
}

/** The display-zone week (Monday to Sunday) that contains an instant. */
export function weekContaining(instant: DateTime, displayZone: string): CalendarWeek {
  const start = instant.setZone(displayZone).startOf('week');
  return { start, end: start.plus({ weeks: 1 }) };
}

/** The week named by its Monday ("2023-03-06"), or undefined when that is not a Monday's date. */
export function weekFromMonday(monday: string, displayZone: string): CalendarWeek | undefined {
  const start = DateTime.fromISO(monday, { zone: displayZone });
  if (!start.isValid || start.weekday !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(monday)) return undefined;
  return { start: start.startOf('day'), end: start.startOf('day').plus({ weeks: 1 }) };
}

export function mondayOf(week: CalendarWeek): string {
  return week.start.toISODate() ?? '';
}

export function shiftWeek(week: CalendarWeek, weeks: number): CalendarWeek {
  const start = week.start.plus({ weeks });
  return { start, end: start.plus({ weeks: 1 }) };
}

/** The seven days of the week, each as its own [start, end) in the display zone. */
export function daysOf(week: CalendarWeek): { start: DateTime; end: DateTime }[] {
  return Array.from({ length: 7 }, (_, index) => {
    const start = week.start.plus({ days: index });
    return { start, end: start.plus({ days: 1 }) };
  });
}

/** Where an instant sits across the week, 0 at its start and 1 at its end (clamped). */
export function weekFraction(week: CalendarWeek, instant: DateTime): number {
  const span = week.end.toMillis() - week.start.toMillis();
  const fraction = (instant.toMillis() - week.start.toMillis()) / span;
  return Math.min(1, Math.max(0, fraction));
}

export function overlapsWeek(week: CalendarWeek, start: DateTime, end: DateTime): boolean {
  return start < week.end && end > week.start;
}
