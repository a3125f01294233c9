import type { UpgradeFreeze } from '../upgrade-freezes';
import type { WeeklySlot } from '../weekly-slot';

/*
 * A slow, obviously correct reading of the rule in DOMAIN.md, for tests only. It shares no code
 * with the engine: it walks UTC instants minute by minute (then second by second at the edges),
 * asks Intl what the site's wall clock reads at each (instant -> local is the direction Intl and
 * Luxon get exactly right), and keeps the instants whose reading lies in the slot. The engine
 * instead reads UTC offsets and never scans. Freezes likewise: the oracle reads the date on the
 * site's clock at every minute of a window and compares "yyyy-MM-dd" strings.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOTICE = 48 * HOUR;
/** No zone's offset reaches 18 h, so a reading is never further than that from its instant. */
const OFFSET_BOUND = 18 * HOUR;

export interface OracleWindow {
  readonly nominalDate: string;
  readonly startMillis: number;
  readonly endMillis: number;
  /** What the clock read (as local-epoch ms) at start, and the offsets at start and end. */
  readonly startReading: number;
  readonly offsetAtStartMinutes: number;
  readonly offsetAtEndMinutes: number;
  readonly openedLateMinutes: number;
}

export interface OracleWeekWithoutWindow {
  readonly nominalDate: string;
  readonly reason: 'clock-jump' | 'date-skipped';
  readonly jumpAtMillis: number;
}

/** A window as a question under freezes sees it. */
export interface OracleWindowUnderFreezes extends OracleWindow {
  /** The freeze holding it back, or null. */
  readonly frozenBy: string | null;
}

export interface OracleNextWindow extends OracleWindow {
  readonly deferredWindow: OracleWindowUnderFreezes | null;
  readonly weeksWithoutWindow: readonly OracleWeekWithoutWindow[];
  /** Windows at or after the cut-off that a freeze held back, in order. */
  readonly frozenWindows: readonly OracleWindowUnderFreezes[];
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
const WALL_CLOCK_TEXT = /^(\d{2})\/(\d{2})\/(\d+), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * The site's wall-clock reading at an instant, written as if it were UTC (ms): Intl renders the
 * instant's date and time in the zone, and the fields are read back as numbers.
 */
export function wallClockReading(timeZone: string, instant: number): number {
  let wallClock = wallClocks.get(timeZone);
  if (wallClock === undefined) {
    wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, wallClock);
  }
  const text = wallClock.format(instant);
  const fields = WALL_CLOCK_TEXT.exec(text)?.slice(1).map(Number);
  const [month, day, year, hour, minute, second] = fields ?? [];
  if (
    month === undefined ||
    day === undefined ||
    year === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    throw new Error(`Unexpected wall clock text ${JSON.stringify(text)}`);
  }
  // Intl shows whole seconds; the milliseconds of an instant are those of its reading.
  const reading = Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
  if (Math.abs(reading - instant) >= OFFSET_BOUND) {
    throw new Error(`${timeZone} is more than 18 h from UTC at ${new Date(instant).toISOString()}`);
  }
  return reading;
}

function minutesOf(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours ?? NaN) * 60 + (minutes ?? NaN);
}

/** The readings [a, b) that the slot of the given local date names. */
function slotReadings(window: WeeklySlot, isoDate: string): [number, number] {
  const midnight = Date.parse(`${isoDate}T00:00:00Z`);
  const start = minutesOf(window.start);
  let end = minutesOf(window.end);
  if (end <= start) end += 24 * 60;
  return [midnight + start * MINUTE, midnight + end * MINUTE];
}

/** The window of one date: from the first instant whose reading is in the slot to the last. */
export function oracleWindowOn(window: WeeklySlot, timeZone: string, isoDate: string): OracleWindow | null {
  const [a, b] = slotReadings(window, isoDate);
  const inSlot = (instant: number) => {
    const reading = wallClockReading(timeZone, instant);
    return reading >= a && reading < b;
  };
  let firstMinute: number | null = null;
  let lastMinute: number | null = null;
  for (let instant = a - OFFSET_BOUND; instant <= b + OFFSET_BOUND; instant += MINUTE) {
    if (inSlot(instant)) {
      firstMinute ??= instant;
      lastMinute = instant;
    }
  }
  if (firstMinute === null || lastMinute === null) return null;
  // Offsets may carry seconds (Monrovia's -00:44:30): settle both edges to the second.
  let startMillis = firstMinute;
  while (inSlot(startMillis - SECOND)) startMillis -= SECOND;
  let endMillis = lastMinute + SECOND;
  while (inSlot(endMillis)) endMillis += SECOND;

  const startReading = wallClockReading(timeZone, startMillis);
  return {
    nominalDate: isoDate,
    startMillis,
    endMillis,
    startReading,
    offsetAtStartMinutes: (startReading - startMillis) / MINUTE,
    offsetAtEndMinutes: (wallClockReading(timeZone, endMillis) - endMillis) / MINUTE,
    openedLateMinutes: (startReading - a) / MINUTE,
  };
}

function isoDateOf(readingMillis: number): string {
  return new Date(readingMillis).toISOString().slice(0, 10);
}

/**
 * Why a date has no window: the first instant whose reading is at or after the slot's end (the
 * clock jumped there from before its start), and whether any instant at all reads that date.
 */
export function oracleWeekWithoutWindow(
  window: WeeklySlot,
  timeZone: string,
  isoDate: string,
): OracleWeekWithoutWindow {
  const [, b] = slotReadings(window, isoDate);
  let instant = b - OFFSET_BOUND;
  while (wallClockReading(timeZone, instant) < b) instant += MINUTE;
  while (wallClockReading(timeZone, instant - SECOND) >= b) instant -= SECOND;
  const midnight = Date.parse(`${isoDate}T00:00:00Z`);
  let dateShown = false;
  for (let probe = midnight - OFFSET_BOUND; probe <= midnight + DAY + OFFSET_BOUND; probe += MINUTE) {
    if (isoDateOf(wallClockReading(timeZone, probe)) === isoDate) {
      dateShown = true;
      break;
    }
  }
  return { nominalDate: isoDate, reason: dateShown ? 'clock-jump' : 'date-skipped', jumpAtMillis: instant };
}

/**
 * Every local date the site's clock reads at some instant of [start, end), sorted: the reading
 * of each minute from start, of the last millisecond, and of every second of a minute in which
 * the offset changed (so a date the clock shows for less than a minute is still seen).
 */
export function oracleLocalDates(timeZone: string, startMillis: number, endMillis: number): string[] {
  const dates = new Set<string>();
  const instants: number[] = [];
  for (let instant = startMillis; instant < endMillis; instant += MINUTE) instants.push(instant);
  instants.push(endMillis - 1);
  let previous: { instant: number; offset: number } | null = null;
  for (const instant of instants) {
    const reading = wallClockReading(timeZone, instant);
    dates.add(isoDateOf(reading));
    const offset = reading - instant;
    if (previous !== null && previous.offset !== offset) {
      for (let second = previous.instant + SECOND; second < instant; second += SECOND) {
        dates.add(isoDateOf(wallClockReading(timeZone, second)));
      }
    }
    previous = { instant, offset };
  }
  return [...dates].sort();
}

/**
 * The freeze holding a window back: the one covering the earliest local date it touches (the
 * first listed, should two cover that date), or null.
 */
export function oracleFrozenBy(
  timeZone: string,
  found: { startMillis: number; endMillis: number },
  freezes: readonly UpgradeFreeze[],
): string | null {
  if (freezes.length === 0) return null;
  for (const date of oracleLocalDates(timeZone, found.startMillis, found.endMillis)) {
    const freeze = freezes.find(({ startDate, endDate }) => startDate <= date && date <= endDate);
    if (freeze !== undefined) return freeze.name;
  }
  return null;
}

/** Dates with the window's weekday from a few days before `reading` onwards. */
function* slotDatesFrom(window: WeeklySlot, reading: number): Generator<string> {
  let midnight = Math.floor(reading / DAY) * DAY - 4 * DAY;
  // Date.getUTCDay: 0 = Sunday; ISO: 7 = Sunday.
  while ((new Date(midnight).getUTCDay() || 7) !== window.day) midnight += DAY;
  for (; ; midnight += 7 * DAY) yield isoDateOf(midnight);
}

/**
 * The first window opening at or after releasedAt + 48 h and touching no frozen date, with what
 * the notice and the freezes passed over.
 */
export function oracleNextWindow(
  window: WeeklySlot,
  timeZone: string,
  releasedAtMillis: number,
  freezes: readonly UpgradeFreeze[] = [],
): OracleNextWindow {
  const cutoff = releasedAtMillis + NOTICE;
  const cutoffReading = wallClockReading(timeZone, cutoff);
  const weeksWithoutWindow: OracleWeekWithoutWindow[] = [];
  const frozenWindows: OracleWindowUnderFreezes[] = [];
  let deferredWindow: OracleWindowUnderFreezes | null = null;
  let unfrozenWeeks = 0;
  for (const isoDate of slotDatesFrom(window, wallClockReading(timeZone, releasedAtMillis))) {
    const [a, b] = slotReadings(window, isoDate);
    // This week's window closes by b + 18 h: if that is before the release, skip the scan.
    if (b + OFFSET_BOUND < releasedAtMillis) continue;
    const found = oracleWindowOn(window, timeZone, isoDate);
    const frozenBy = found === null ? null : oracleFrozenBy(timeZone, found, freezes);
    if (found !== null && found.startMillis >= cutoff && frozenBy !== null) {
      frozenWindows.push({ ...found, frozenBy });
      continue;
    }
    if ((unfrozenWeeks += 1) > 60) throw new Error('oracle found no window in a year');
    if (found === null) {
      if (a >= cutoffReading) weeksWithoutWindow.push(oracleWeekWithoutWindow(window, timeZone, isoDate));
    } else if (found.startMillis >= cutoff) {
      return { ...found, deferredWindow, weeksWithoutWindow, frozenWindows };
    } else if (found.startMillis >= releasedAtMillis) {
      deferredWindow = { ...found, frozenBy };
    }
  }
  throw new Error('unreachable');
}

/** Every window overlapping [from, to), with the freeze holding each back. */
export function oracleWindowsBetween(
  window: WeeklySlot,
  timeZone: string,
  fromMillis: number,
  toMillis: number,
  freezes: readonly UpgradeFreeze[] = [],
): OracleWindowUnderFreezes[] {
  const found: OracleWindowUnderFreezes[] = [];
  // [from, from) holds no instant, so no window overlaps it (a window open at `from` included).
  if (toMillis <= fromMillis) return found;
  for (const isoDate of slotDatesFrom(window, wallClockReading(timeZone, fromMillis))) {
    const [a, b] = slotReadings(window, isoDate);
    if (a - OFFSET_BOUND >= toMillis) break;
    if (b + OFFSET_BOUND < fromMillis) continue;
    const candidate = oracleWindowOn(window, timeZone, isoDate);
    if (candidate !== null && candidate.startMillis < toMillis && candidate.endMillis > fromMillis) {
      found.push({ ...candidate, frozenBy: oracleFrozenBy(timeZone, candidate, freezes) });
    }
  }
  return found;
}

/** Every week without a window whose clock jump falls in [from, to). */
export function oracleWeeksWithoutWindowBetween(
  window: WeeklySlot,
  timeZone: string,
  fromMillis: number,
  toMillis: number,
): OracleWeekWithoutWindow[] {
  const found: OracleWeekWithoutWindow[] = [];
  if (toMillis <= fromMillis) return found;
  for (const isoDate of slotDatesFrom(window, wallClockReading(timeZone, fromMillis))) {
    const [a, b] = slotReadings(window, isoDate);
    if (a - OFFSET_BOUND >= toMillis) break;
    if (b + OFFSET_BOUND < fromMillis || oracleWindowOn(window, timeZone, isoDate) !== null) continue;
    const week = oracleWeekWithoutWindow(window, timeZone, isoDate);
    if (week.jumpAtMillis >= fromMillis && week.jumpAtMillis < toMillis) found.push(week);
  }
  return found;
}
