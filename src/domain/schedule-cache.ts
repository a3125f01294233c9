import {
  parseMaintenanceWindow,
  type MaintenanceWindow,
  type ParsedMaintenanceWindow,
} from './maintenance-window';
import type { ComputedUpgradeWindow, NextUpgradeWindow } from './upgrade-window';
import { weekWindowOn, type WeekWindow } from './week-window';
import {
  clearZoneCaches,
  zoneOffsetsFor,
  type ClearZoneCachesOptions,
  type ZoneOffsets,
} from './zone-transitions';

/*
 * What the engine remembers. The answer depends only on (zone, window, release), and a zone's
 * offsets only on the zone, so 10,000 sites spread over 418 zones cost 418 computations, and a
 * calendar scrolling back and forth recomputes nothing.
 */

/** Cached weeks and answers, all zones together; past this the caches start afresh. */
const MAX_CACHED_ENTRIES = 250_000;
/** Distinct maintenance windows remembered (an account has one, per-site overrides a few). */
const MAX_CACHED_WINDOWS = 10_000;

/** A week's window in numbers, and its public object once someone asks for it. */
export interface CachedWeek {
  readonly week: WeekWindow;
  upgradeWindow: ComputedUpgradeWindow | undefined;
}

/** What is known of one site zone under one maintenance window. */
export interface ZoneSchedule {
  readonly zone: ZoneOffsets;
  readonly timeZone: string;
  readonly window: ParsedMaintenanceWindow;
  /** Nominal day -> that week's window (null: none that week). */
  readonly weeks: Map<number, CachedWeek | null>;
  /** Release millis -> answer: many sites share a zone and the account's window. */
  readonly answers: Map<number, NextUpgradeWindow>;
}

/** Site zone (as passed in) -> window -> schedule. */
const schedules = new Map<string, Map<ParsedMaintenanceWindow, ZoneSchedule>>();
let cachedEntryCount = 0;
const parsedWindowsByText = new Map<string, ParsedMaintenanceWindow>();
/** Sites usually share one window object: recognising it spares building a key per call. */
let parsedWindowsByObject = new WeakMap<MaintenanceWindow, ParsedMaintenanceWindow>();

function parsedWindowOf(window: MaintenanceWindow): ParsedMaintenanceWindow {
  // Only well-typed windows use the caches, so that {day: "7"} cannot pass for {day: 7}.
  if (
    typeof window !== 'object' ||
    window === null ||
    typeof window.day !== 'number' ||
    typeof window.start !== 'string' ||
    typeof window.end !== 'string'
  ) {
    return parseMaintenanceWindow(window);
  }
  const known = parsedWindowsByObject.get(window);
  // The object may have been changed since it was seen: reuse only if it still says the same.
  if (
    known !== undefined &&
    known.day === window.day &&
    known.start === window.start &&
    known.end === window.end
  ) {
    return known;
  }
  const key = `${window.day}|${window.start}|${window.end}`;
  let parsed = parsedWindowsByText.get(key);
  if (parsed === undefined) {
    parsed = parseMaintenanceWindow(window);
    if (parsedWindowsByText.size >= MAX_CACHED_WINDOWS) parsedWindowsByText.clear();
    parsedWindowsByText.set(key, parsed);
  }
  parsedWindowsByObject.set(window, parsed);
  return parsed;
}

/** Validates the window and the zone (in that order) and finds what is known of them. */
export function scheduleOf(window: MaintenanceWindow, timeZone: string): ZoneSchedule {
  const parsed = parsedWindowOf(window);
  let byWindow = schedules.get(timeZone);
  if (byWindow === undefined) {
    zoneOffsetsFor(timeZone); // throws for an unknown zone before anything is cached
    byWindow = new Map();
    schedules.set(timeZone, byWindow);
  }
  let schedule = byWindow.get(parsed);
  if (schedule === undefined) {
    schedule = {
      zone: zoneOffsetsFor(timeZone),
      timeZone,
      window: parsed,
      weeks: new Map(),
      answers: new Map(),
    };
    byWindow.set(parsed, schedule);
  }
  return schedule;
}

/** Counts a new cache entry; forgets everything cached when there are too many. */
function countCacheEntry(): void {
  cachedEntryCount += 1;
  if (cachedEntryCount > MAX_CACHED_ENTRIES) {
    schedules.clear();
    cachedEntryCount = 0;
  }
}

/** Keeps an answer of nextUpgradeWindow. */
export function rememberAnswer(
  schedule: ZoneSchedule,
  releasedAtMillis: number,
  answer: NextUpgradeWindow,
): void {
  schedule.answers.set(releasedAtMillis, answer);
  countCacheEntry();
}

/** One week's window of a schedule, computed once. */
export function weekOn(schedule: ZoneSchedule, nominalDay: number): CachedWeek | null {
  let cached = schedule.weeks.get(nominalDay);
  if (cached === undefined) {
    const week = weekWindowOn(schedule.zone, schedule.window, nominalDay);
    cached = week === null ? null : { week, upgradeWindow: undefined };
    schedule.weeks.set(nominalDay, cached);
    countCacheEntry();
  }
  return cached;
}

/**
 * Drops every cache of the engine (decoded table years, probed offsets, Intl formatters, week
 * windows, answers), so the next call is computed from scratch. Which table years were checked
 * against the runtime is kept unless `tableUse` is given (see clearZoneCaches). For benchmarks
 * and tests; the caches are bounded.
 */
export function clearScheduleCaches(options: ClearZoneCachesOptions = {}): void {
  parsedWindowsByText.clear();
  parsedWindowsByObject = new WeakMap();
  schedules.clear();
  cachedEntryCount = 0;
  clearZoneCaches(options);
}

/** Forgets what is known of one zone (its source of offsets changed). */
export function forgetZoneSchedules(timeZone: string): void {
  schedules.delete(timeZone);
}
