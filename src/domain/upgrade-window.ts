import { DateTime } from 'luxon';
import { MINUTE_MS } from './clock-time';
import type { WeekWindow } from './week-window';

/** How a clock change altered the window's length compared with the slot's. */
export type ClockChange = 'none' | 'shortened' | 'lengthened';

/**
 * One week's upgrade window of one site. Instants are given both as Luxon DateTimes in the site's
 * zone and as epoch milliseconds, so lists can be sorted and compared without Luxon.
 * Minute counts are whole numbers except under local mean time offsets with seconds
 * (Africa/Monrovia before 1972 was -00:44:30).
 * start and end are getters: a spread copy ({ ...upgradeWindow }) loses them, so pass the object.
 */
export interface UpgradeWindow {
  /** When the window opens, in the site's zone (a getter: built on first read). */
  readonly start: DateTime;
  /** When it closes (exclusive), in the site's zone (a getter: built on first read). */
  readonly end: DateTime;
  readonly startMillis: number;
  readonly endMillis: number;
  /** The site's zone, as passed in. */
  readonly timeZone: string;
  /** "yyyy-MM-dd": the site-local date of the weekday the slot is named for. */
  readonly nominalDate: string;
  /** Real length, end - start. */
  readonly durationMinutes: number;
  /** Length the slot names (e.g. 120 for "01:00 – 03:00"). */
  readonly nominalDurationMinutes: number;
  /** durationMinutes - nominalDurationMinutes: < 0 when a clock change shortened it, > 0 lengthened. */
  readonly durationChangeMinutes: number;
  readonly clockChange: ClockChange;
  /**
   * How much later than the slot's start time the clock read when the window opened: > 0 only
   * when the start time was skipped by a clock change (it opens at the jump). 0 otherwise.
   */
  readonly openedLateMinutes: number;
  /** UTC offset (minutes east) shown at start and at end; they differ when a clock change is inside. */
  readonly offsetAtStartMinutes: number;
  readonly offsetAtEndMinutes: number;
  /**
   * The name of the freeze that holds this window back (it touches one of the freeze's local
   * dates), under the freezes the question was asked with; null when the window happens. The
   * window a site upgrades in is never frozen.
   */
  readonly frozenBy: string | null;
}

/** A window that opened after the notice cut-off but in a freeze, so the site waited on. */
export interface FrozenWindow {
  /** The window, its frozenBy set. */
  readonly upgradeWindow: UpgradeWindow;
  readonly freezeName: string;
}

/**
 * A week in which the site's clock never shows the slot, so there is no window that week: a
 * clock change jumped over the slot, or the zone skipped the whole date (Samoa, 2011-12-30).
 */
export interface WeekWithoutWindow {
  /** "yyyy-MM-dd": the site-local date the slot is named for (it may not exist on the site's clock). */
  readonly nominalDate: string;
  readonly reason: 'clock-jump' | 'date-skipped';
  /** The instant the clock jumped over the slot (and the date, when it was skipped). */
  readonly jumpAtMillis: number;
  readonly timeZone: string;
}

/** The window a site upgrades in after a release, and everything that explains why it is that one. */
export interface NextUpgradeWindow extends UpgradeWindow {
  readonly releasedAtMillis: number;
  /** releasedAt + 48 h: the earliest instant a window may open. */
  readonly noticeCutoffMillis: number;
  /**
   * The window the 48-hour notice passed over: it opened at or after the release but before the
   * cut-off. Null when none did (weekly windows are ~7 days apart, so there is at most one).
   * Its frozenBy says whether a freeze would have held it back as well.
   */
  readonly deferredWindow: UpgradeWindow | null;
  /**
   * Weeks after the cut-off and before this window in which the slot never showed on the site's
   * clock. A week counts when its slot start reading is at or after the cut-off's reading.
   */
  readonly weeksWithoutWindow: readonly WeekWithoutWindow[];
  /**
   * Windows that opened at or after the cut-off and before this one, each held back by a
   * freeze, in order. Empty without freezes.
   */
  readonly frozenWindows: readonly FrozenWindow[];
}

function clockChangeOf(durationChangeMinutes: number): ClockChange {
  if (durationChangeMinutes < 0) return 'shortened';
  return durationChangeMinutes > 0 ? 'lengthened' : 'none';
}

/**
 * The engine's UpgradeWindow. A class, not an object literal with getters: a calendar year of
 * every zone is ~22,000 windows, and V8 builds class instances 20-50 times faster.
 * start/end are prototype getters that build their DateTime on first read (a DateTime in an IANA
 * zone costs microseconds, and most screens only need the millis), so pass the object itself
 * rather than a spread copy; JSON.stringify includes them through toJSON.
 */
export class ComputedUpgradeWindow implements UpgradeWindow {
  readonly startMillis: number;
  readonly endMillis: number;
  readonly timeZone: string;
  readonly nominalDate: string;
  readonly durationMinutes: number;
  readonly nominalDurationMinutes: number;
  readonly durationChangeMinutes: number;
  readonly clockChange: ClockChange;
  readonly openedLateMinutes: number;
  readonly offsetAtStartMinutes: number;
  readonly offsetAtEndMinutes: number;
  readonly frozenBy: string | null;
  #start: DateTime | undefined;
  #end: DateTime | undefined;

  /** nominalDate is the "yyyy-MM-dd" of week.nominalDay, which the engine writes once for every zone. */
  constructor(week: WeekWindow, timeZone: string, nominalDate: string, frozenBy: string | null = null) {
    this.startMillis = week.startMillis;
    this.endMillis = week.endMillis;
    this.timeZone = timeZone;
    this.nominalDate = nominalDate;
    this.durationMinutes = (week.endMillis - week.startMillis) / MINUTE_MS;
    this.nominalDurationMinutes = (week.nominalEndReading - week.nominalStartReading) / MINUTE_MS;
    this.durationChangeMinutes = this.durationMinutes - this.nominalDurationMinutes;
    this.clockChange = clockChangeOf(this.durationChangeMinutes);
    // The clock reads start + offset when the window opens; the slot said it would read its start.
    this.openedLateMinutes = (week.startMillis + week.offsetAtStart - week.nominalStartReading) / MINUTE_MS;
    this.offsetAtStartMinutes = week.offsetAtStart / MINUTE_MS;
    this.offsetAtEndMinutes = week.offsetAtEnd / MINUTE_MS;
    this.frozenBy = frozenBy;
  }

  get start(): DateTime {
    return (this.#start ??= DateTime.fromMillis(this.startMillis, { zone: this.timeZone }));
  }

  get end(): DateTime {
    return (this.#end ??= DateTime.fromMillis(this.endMillis, { zone: this.timeZone }));
  }

  toJSON() {
    return { ...this, start: this.start.toISO(), end: this.end.toISO() };
  }
}

export interface NoticeFacts {
  readonly releasedAtMillis: number;
  readonly noticeCutoffMillis: number;
  readonly deferredWindow: UpgradeWindow | null;
  readonly weeksWithoutWindow: readonly WeekWithoutWindow[];
  readonly frozenWindows: readonly FrozenWindow[];
}

export class ComputedNextUpgradeWindow extends ComputedUpgradeWindow implements NextUpgradeWindow {
  readonly releasedAtMillis: number;
  readonly noticeCutoffMillis: number;
  readonly deferredWindow: UpgradeWindow | null;
  readonly weeksWithoutWindow: readonly WeekWithoutWindow[];
  readonly frozenWindows: readonly FrozenWindow[];

  constructor(week: WeekWindow, timeZone: string, nominalDate: string, notice: NoticeFacts) {
    super(week, timeZone, nominalDate);
    this.releasedAtMillis = notice.releasedAtMillis;
    this.noticeCutoffMillis = notice.noticeCutoffMillis;
    this.deferredWindow = notice.deferredWindow;
    this.weeksWithoutWindow = notice.weeksWithoutWindow;
    this.frozenWindows = notice.frozenWindows;
  }
}
