import { DateTime } from 'luxon';
import type { WeeklySlot } from '../weekly-slot';

/*
 * The straightforward Luxon implementation the benchmark compares the engine with: per site and
 * per week it builds the slot's start and end with DateTime.fromObject in the site's zone. It is
 * what one writes first, and it is not the rule at clock changes (Luxon moves a skipped start
 * forward but also a skipped end, picks one reading of a repeated hour, and invents a window on
 * a skipped date), so it is a speed reference only; the benchmark counts where the two differ.
 */

export interface BaselineWindow {
  readonly startMillis: number;
  readonly endMillis: number;
}

function clock(text: string): { hour: number; minute: number } {
  const [hour = NaN, minute = NaN] = text.split(':').map(Number);
  return { hour, minute };
}

function slotOn(day: DateTime, window: WeeklySlot, timeZone: string): BaselineWindow {
  const start = clock(window.start);
  const end = clock(window.end);
  const endsNextDay = window.end <= window.start;
  const endDay = endsNextDay ? day.plus({ days: 1 }) : day;
  const opens = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, ...start },
    { zone: timeZone },
  );
  const closes = DateTime.fromObject(
    { year: endDay.year, month: endDay.month, day: endDay.day, ...end },
    { zone: timeZone },
  );
  return { startMillis: opens.toMillis(), endMillis: closes.toMillis() };
}

/** The site-local midnight of the first day with the window's weekday at or after `instant`'s date minus a day. */
function firstSlotDay(window: WeeklySlot, timeZone: string, instant: DateTime): DateTime {
  const day = instant.setZone(timeZone).startOf('day').minus({ days: 1 });
  return day.plus({ days: (window.day - day.weekday + 7) % 7 });
}

export function baselineNextWindow(
  window: WeeklySlot,
  timeZone: string,
  releasedAt: DateTime,
): BaselineWindow {
  const cutoff = releasedAt.plus({ hours: 48 }).toMillis();
  let day = firstSlotDay(window, timeZone, releasedAt.plus({ hours: 48 }));
  for (let week = 0; week < 60; week += 1, day = day.plus({ weeks: 1 })) {
    const slot = slotOn(day, window, timeZone);
    if (slot.startMillis >= cutoff) return slot;
  }
  throw new Error('no window within a year');
}

export function baselineWindowsBetween(
  window: WeeklySlot,
  timeZone: string,
  from: DateTime,
  to: DateTime,
): BaselineWindow[] {
  const fromMillis = from.toMillis();
  const toMillis = to.toMillis();
  const found: BaselineWindow[] = [];
  for (
    let day = firstSlotDay(window, timeZone, from);
    day.toMillis() < toMillis + 24 * 3_600_000;
    day = day.plus({ weeks: 1 })
  ) {
    const slot = slotOn(day, window, timeZone);
    if (slot.startMillis < toMillis && slot.endMillis > fromMillis) found.push(slot);
  }
  return found;
}
