import type { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, isoDateOfDay, isoWeekdayOfDay } from './clock-time';
import { epochMillisOf } from './schedule-instants';
import { ScheduleInputError } from './schedule-errors';
import {
  freezeCovering,
  parseUpgradeFreezes,
  type ParsedFreeze,
  type ParsedFreezes,
  type UpgradeFreeze,
} from './upgrade-freezes';
import {
  ComputedNextUpgradeWindow,
  ComputedUpgradeWindow,
  type FrozenWindow,
  type NextUpgradeWindow,
  type UpgradeWindow,
  type WeekWithoutWindow,
} from './upgrade-window';
import { localDayRangesOf, weekWindowOn, type WeekWindow } from './week-window';
import { parseWeeklySlot, type ParsedWeeklySlot, type WeeklySlot } from './weekly-slot';
import { MAX_ABS_OFFSET_MS, type ZoneOffsets } from './zone-offsets';
import { probeZone } from './zone-probe';

export type { WeeklySlot } from './weekly-slot';
export type {
  ClockChange,
  FrozenWindow,
  NextUpgradeWindow,
  UpgradeWindow,
  WeekWithoutWindow,
} from './upgrade-window';
export type { UpgradeFreeze } from './upgrade-freezes';
export type { OffsetsOverSpan, OffsetTransition, ZoneOffsets } from './zone-offsets';
export { ScheduleInputError, type ScheduleInputErrorCode } from './schedule-errors';
export { SUPPORTED_FROM_MILLIS, SUPPORTED_UNTIL_MILLIS } from './schedule-instants';

/** A release reaches a site only in a window that opens at least this long after it. */
export const UPGRADE_NOTICE_HOURS = 48;
export const UPGRADE_NOTICE_MS = UPGRADE_NOTICE_HOURS * HOUR_MS;

/*
 * Bounds that keep every search finite. A slot is under 24 h long and no offset reaches 18 h,
 * so day d's window opens no earlier than 18 h before the reading "d start" taken as UTC, and
 * closes (so also opens) less than 42 h after it. Windows of successive weeks are therefore
 * ordered and disjoint.
 */
const OPENS_BEFORE_NOMINAL_START_AT_MOST = MAX_ABS_OFFSET_MS;
const ENDS_AFTER_NOMINAL_START_LESS_THAN = DAY_MS + MAX_ABS_OFFSET_MS;
/**
 * A slot can vanish for a week (a clock jump, a skipped date), never for a year. Weeks whose
 * window a freeze holds back are not counted: freezes are finite (dates within 1800-2499), so the
 * search still ends, and it finds the window after a 60-day freeze, or after several back to back.
 */
const MAX_WEEKS_SEARCHED = 53;
/**
 * A window's readings lie within 18 h of its instants, which lie within 18 h of the slot's readings
 * of its nominal day (weekWindowOn): so it touches no local day before nominal day - 2 or after + 3.
 */
const DAYS_TOUCHED_BEFORE_NOMINAL_AT_MOST = 2;
const DAYS_TOUCHED_AFTER_NOMINAL_AT_MOST = 3;
/** Cached weeks and answers, all zones together; past this the caches start afresh. */
const MAX_CACHED_ENTRIES = 250_000;

/** A week of a zone under one slot that has a window. */
interface WeekWithWindow {
  readonly numbers: WeekWindow;
  /** The window, not frozen (frozenBy null): freezes are per question, weeks are shared. */
  readonly upgradeWindow: ComputedUpgradeWindow;
  /** The local days it touches (localDayRangesOf), found the first time a freeze is near. */
  localDays: readonly number[] | null;
}

/** One week of a zone under one slot: its window, or why it has none. */
type Week = WeekWithWindow | WeekWithoutWindow;

/** What is known of one zone under one slot. */
interface SlotInZone {
  readonly slot: ParsedWeeklySlot;
  readonly zone: ZoneOffsets;
  /** Nominal day -> that week. */
  readonly weeks: Map<number, Week>;
  /** Release millis -> answer: many sites share a zone and the account's slot. */
  readonly answers: Map<number, NextUpgradeWindow>;
  /** The same under freezes: freezes key -> release millis -> answer. */
  readonly answersUnderFreezes: Map<string, Map<number, NextUpgradeWindow>>;
}

/** What a question may add to the slot, the zone and the instants. */
export interface ScheduleQueryOptions {
  /**
   * Upgrade freezes: a window touching any of their local dates (in the site's zone) does not
   * happen. Checked for form only (INVALID_FREEZE); upgradeFreezeProblems has the saving rules.
   */
  readonly freezes?: readonly UpgradeFreeze[];
}

export interface ScheduleEngineOptions {
  /**
   * Where a zone's offsets come from. The runtime's Intl data by default: the data the screens
   * format times with, so the engine and the page never disagree. Tests stand in other data.
   */
  readonly zoneOffsets?: (timeZone: string) => ZoneOffsets;
}

/** The first day number with the slot's weekday whose nominal start reading is after `reading`. */
function firstNominalDayAfter(reading: number, slot: ParsedWeeklySlot): number {
  const day = Math.floor((reading - slot.startMs) / DAY_MS) + 1;
  return day + ((slot.day - isoWeekdayOfDay(day) + 7) % 7);
}

/**
 * The schedule engine: when each site's Sockets upgrade, by the rule of DOMAIN.md, in every IANA
 * zone. Pure in its answers (time is always an argument); it remembers what it computed, since
 * 10,000 sites share a few hundred zones and one slot. One instance serves the whole console
 * (`scheduleEngine`); a test or a benchmark makes its own for a cold start or other zone data.
 */
export class ScheduleEngine {
  readonly #zoneOffsets: (timeZone: string) => ZoneOffsets;
  /** Zone name (as passed in) -> its offsets, asked of the source once. */
  readonly #zones = new Map<string, ZoneOffsets>();
  /** Zone name -> slot key -> what is known. */
  readonly #slotsInZones = new Map<string, Map<string, SlotInZone>>();
  /** Day number -> "yyyy-MM-dd", for every zone's weeks. */
  readonly #isoDates = new Map<number, string>();
  #cachedEntries = 0;
  /** Sites usually share one slot object: recognising it spares parsing it for every site. */
  readonly #parsedSlots = new WeakMap<
    WeeklySlot,
    { readonly parsed: ParsedWeeklySlot; readonly key: string }
  >();
  /** Likewise the account's freezes, with what each said when it was parsed. */
  readonly #parsedFreezes = new WeakMap<
    readonly UpgradeFreeze[],
    { readonly parsed: ParsedFreezes | null; readonly seen: readonly UpgradeFreeze[] }
  >();

  constructor(options: ScheduleEngineOptions = {}) {
    this.#zoneOffsets = options.zoneOffsets ?? probeZone;
  }

  /**
   * The window in which a site upgrades after a release: the first window of the site that opens
   * at or after releasedAt + 48 h (exactly 48 h is enough) and touches no frozen local date, with
   * what explains it.
   *
   * @param slot the day and time slot, in the site's wall-clock time (the account's, or the
   *   site's own: a site with its own window passes its own slot)
   * @param timeZone the site's IANA zone (old aliases such as Asia/Calcutta are accepted)
   * @param releasedAt the release instant (the zone it is expressed in does not matter)
   * @param options.freezes the account's upgrade freezes
   * @throws ScheduleInputError for an unknown zone, a malformed slot or freeze or an invalid DateTime
   */
  nextUpgradeWindow(
    slot: WeeklySlot,
    timeZone: string,
    releasedAt: DateTime,
    options: ScheduleQueryOptions = {},
  ): NextUpgradeWindow {
    const known = this.#slotInZone(slot, timeZone);
    const releasedAtMillis = epochMillisOf(releasedAt, 'releasedAt');
    const freezes = this.#parseFreezes(options);
    let answers = known.answers;
    if (freezes !== null) {
      let underFreezes = known.answersUnderFreezes.get(freezes.key);
      if (underFreezes === undefined) {
        underFreezes = new Map();
        known.answersUnderFreezes.set(freezes.key, underFreezes);
      }
      answers = underFreezes;
    }
    let answer = answers.get(releasedAtMillis);
    if (answer === undefined) {
      answer = this.#findNextUpgradeWindow(known, timeZone, releasedAtMillis, freezes);
      answers.set(releasedAtMillis, answer);
      this.#countEntry();
    }
    return answer;
  }

  /**
   * Every window of the site that overlaps [from, to) (start < to and end > from), in order; each
   * says which of the given freezes holds it back (frozenBy), so a calendar can show it.
   * @throws ScheduleInputError as nextUpgradeWindow, and INVALID_RANGE when to is before from
   */
  upgradeWindowsBetween(
    slot: WeeklySlot,
    timeZone: string,
    from: DateTime,
    to: DateTime,
    options: ScheduleQueryOptions = {},
  ): UpgradeWindow[] {
    const found: UpgradeWindow[] = [];
    const freezes = this.#parseFreezes(options);
    this.#forEachWeek(slot, timeZone, from, to, (week, fromMillis, toMillis) => {
      if ('numbers' in week && week.numbers.startMillis < toMillis && week.numbers.endMillis > fromMillis) {
        found.push(freezes === null ? week.upgradeWindow : this.#underFreezes(week, freezes));
      }
    });
    return found;
  }

  /**
   * Every week without a window whose clock jump falls in [from, to), in order.
   * @throws ScheduleInputError as upgradeWindowsBetween
   */
  weeksWithoutWindowBetween(
    slot: WeeklySlot,
    timeZone: string,
    from: DateTime,
    to: DateTime,
  ): WeekWithoutWindow[] {
    const found: WeekWithoutWindow[] = [];
    this.#forEachWeek(slot, timeZone, from, to, (week, fromMillis, toMillis) => {
      if ('reason' in week && week.jumpAtMillis >= fromMillis && week.jumpAtMillis < toMillis) {
        found.push(week);
      }
    });
    return found;
  }

  #findNextUpgradeWindow(
    known: SlotInZone,
    timeZone: string,
    releasedAtMillis: number,
    freezes: ParsedFreezes | null,
  ): NextUpgradeWindow {
    const { slot, zone } = known;
    const cutoff = releasedAtMillis + UPGRADE_NOTICE_MS;
    const cutoffReading = cutoff + zone.offsetAt(cutoff);
    const weeksWithoutWindow: WeekWithoutWindow[] = [];
    const frozenWindows: FrozenWindow[] = [];
    let deferredWindow: UpgradeWindow | null = null;
    // Start early enough to see a window that opened after the release but before the cut-off.
    let nominalDay = firstNominalDayAfter(releasedAtMillis - ENDS_AFTER_NOMINAL_START_LESS_THAN, slot);
    for (let searched = 0; searched < MAX_WEEKS_SEARCHED; nominalDay += 7) {
      const week = this.#weekOn(known, timeZone, nominalDay);
      if (!('numbers' in week)) {
        if (nominalDay * DAY_MS + slot.startMs >= cutoffReading) weeksWithoutWindow.push(week);
        searched += 1;
        continue;
      }
      const { startMillis } = week.numbers;
      if (startMillis < cutoff) {
        if (startMillis >= releasedAtMillis) {
          deferredWindow = freezes === null ? week.upgradeWindow : this.#underFreezes(week, freezes);
        }
        searched += 1;
        continue;
      }
      const freeze = freezes === null ? null : this.#freezeOf(week, freezes);
      if (freeze !== null) {
        frozenWindows.push({
          upgradeWindow: new ComputedUpgradeWindow(
            week.numbers,
            timeZone,
            week.upgradeWindow.nominalDate,
            freeze.name,
          ),
          freezeName: freeze.name,
        });
        continue;
      }
      return new ComputedNextUpgradeWindow(week.numbers, timeZone, week.upgradeWindow.nominalDate, {
        releasedAtMillis,
        noticeCutoffMillis: cutoff,
        deferredWindow,
        weeksWithoutWindow,
        frozenWindows,
      });
    }
    throw new Error(`No upgrade window in ${timeZone} within a year of the release: engine bug.`);
  }

  /** The week's window as this question sees it: the shared one, or a copy naming its freeze. */
  #underFreezes(week: WeekWithWindow, freezes: ParsedFreezes): UpgradeWindow {
    const freeze = this.#freezeOf(week, freezes);
    return freeze === null
      ? week.upgradeWindow
      : new ComputedUpgradeWindow(
          week.numbers,
          week.upgradeWindow.timeZone,
          week.upgradeWindow.nominalDate,
          freeze.name,
        );
  }

  /** The freeze that holds a week's window back, or null. */
  #freezeOf(week: WeekWithWindow, freezes: ParsedFreezes): ParsedFreeze | null {
    const { nominalDay } = week.numbers;
    // Most windows lie days away from every freeze: only a near one needs the days it touches.
    const near = freezes.freezes.some(
      (freeze) =>
        nominalDay + DAYS_TOUCHED_AFTER_NOMINAL_AT_MOST >= freeze.firstDay &&
        nominalDay - DAYS_TOUCHED_BEFORE_NOMINAL_AT_MOST <= freeze.lastDay,
    );
    if (!near) return null;
    week.localDays ??= localDayRangesOf(week.numbers);
    return freezeCovering(freezes, week.localDays);
  }

  /** The question's freezes, checked; the same list object is parsed once while it says the same. */
  #parseFreezes(options: ScheduleQueryOptions): ParsedFreezes | null {
    if (typeof options !== 'object' || options === null) {
      throw new ScheduleInputError('INVALID_FREEZE', 'The options must be an object such as { freezes }.');
    }
    const { freezes } = options;
    if (freezes === undefined) return null;
    const seen = Array.isArray(freezes) ? this.#parsedFreezes.get(freezes) : undefined;
    if (
      seen !== undefined &&
      seen.seen.length === freezes.length &&
      seen.seen.every(
        (before, index) =>
          freezes[index]?.name === before.name &&
          freezes[index].startDate === before.startDate &&
          freezes[index].endDate === before.endDate,
      )
    ) {
      return seen.parsed;
    }
    const parsed = parseUpgradeFreezes(freezes);
    this.#parsedFreezes.set(freezes, {
      parsed,
      seen: freezes.map(({ name, startDate, endDate }) => ({ name, startDate, endDate })),
    });
    return parsed;
  }

  /** Calls `visit` with every week whose window or clock jump may fall in [from, to). */
  #forEachWeek(
    slot: WeeklySlot,
    timeZone: string,
    from: DateTime,
    to: DateTime,
    visit: (week: Week, fromMillis: number, toMillis: number) => void,
  ): void {
    const known = this.#slotInZone(slot, timeZone);
    const fromMillis = epochMillisOf(from, 'from');
    const toMillis = epochMillisOf(to, 'to');
    if (toMillis < fromMillis) {
      throw new ScheduleInputError('INVALID_RANGE', 'The range ends before it starts.');
    }
    if (toMillis === fromMillis) return;
    const { startMs } = known.slot;
    for (
      let nominalDay = firstNominalDayAfter(fromMillis - ENDS_AFTER_NOMINAL_START_LESS_THAN, known.slot);
      nominalDay * DAY_MS + startMs - OPENS_BEFORE_NOMINAL_START_AT_MOST < toMillis;
      nominalDay += 7
    ) {
      visit(this.#weekOn(known, timeZone, nominalDay), fromMillis, toMillis);
    }
  }

  /** Validates the slot and the zone (in that order) and finds what is known of them. */
  #slotInZone(slot: WeeklySlot, timeZone: string): SlotInZone {
    const { parsed, key } = this.#parse(slot);
    let bySlot = this.#slotsInZones.get(timeZone);
    if (bySlot === undefined) {
      bySlot = new Map();
      // Throws for an unknown zone before anything is cached.
      this.#offsetsOf(timeZone);
      this.#slotsInZones.set(timeZone, bySlot);
    }
    let known = bySlot.get(key);
    if (known === undefined) {
      known = {
        slot: parsed,
        zone: this.#offsetsOf(timeZone),
        weeks: new Map(),
        answers: new Map(),
        answersUnderFreezes: new Map(),
      };
      bySlot.set(key, known);
    }
    return known;
  }

  #parse(slot: WeeklySlot): { readonly parsed: ParsedWeeklySlot; readonly key: string } {
    const seen = typeof slot === 'object' && slot !== null ? this.#parsedSlots.get(slot) : undefined;
    // The object may have been changed since it was seen: reuse only if it still says the same.
    if (
      seen !== undefined &&
      seen.parsed.day === slot.day &&
      seen.parsed.start === slot.start &&
      seen.parsed.end === slot.end
    ) {
      return seen;
    }
    const parsed = parseWeeklySlot(slot);
    const result = { parsed, key: `${parsed.day}|${parsed.start}|${parsed.end}` };
    this.#parsedSlots.set(slot, result);
    return result;
  }

  #offsetsOf(timeZone: string): ZoneOffsets {
    let offsets = this.#zones.get(timeZone);
    if (offsets === undefined) {
      offsets = this.#zoneOffsets(timeZone);
      this.#zones.set(timeZone, offsets);
    }
    return offsets;
  }

  /** One week's window of a zone, or why it has none: computed once. */
  #weekOn(known: SlotInZone, timeZone: string, nominalDay: number): Week {
    let week = known.weeks.get(nominalDay);
    if (week === undefined) {
      const found = weekWindowOn(known.zone, known.slot, nominalDay);
      if ('startMillis' in found) {
        const upgradeWindow = new ComputedUpgradeWindow(found, timeZone, this.#isoDateOf(nominalDay));
        week = { numbers: found, upgradeWindow, localDays: null };
      } else {
        week = {
          nominalDate: this.#isoDateOf(nominalDay),
          reason: found.dateSkipped ? 'date-skipped' : 'clock-jump',
          jumpAtMillis: found.jumpAtMillis,
          timeZone,
        };
      }
      known.weeks.set(nominalDay, week);
      this.#countEntry();
    }
    return week;
  }

  /** "yyyy-MM-dd" of a day number: written once, since every zone's week names the same day. */
  #isoDateOf(dayNumber: number): string {
    let date = this.#isoDates.get(dayNumber);
    if (date === undefined) {
      date = isoDateOfDay(dayNumber);
      this.#isoDates.set(dayNumber, date);
    }
    return date;
  }

  /** Counts a cache entry; forgets the weeks and answers (not the zones) when there are too many. */
  #countEntry(): void {
    this.#cachedEntries += 1;
    if (this.#cachedEntries > MAX_CACHED_ENTRIES) {
      this.#slotsInZones.clear();
      this.#isoDates.clear();
      this.#cachedEntries = 0;
    }
  }
}

/** The console's engine, on the runtime's own zone data. */
export const scheduleEngine = new ScheduleEngine();
