import { DateTime } from 'luxon';
import { MINUTE_MS, isoDateOfDay } from './clock-time';
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
}

/** The window a site upgrades in after a release, and why it is that one. */
export interface NextUpgradeWindow extends UpgradeWindow {
  /** releasedAt + 48 h: the earliest instant a window may open. */
  readonly noticeCutoffMillis: number;
  /**
   * True when a window of this site opened at or after releasedAt but before the cut-off: the
   * 48-hour notice pushed the upgrade past it. (Weekly windows are ~7 days apart, so there is at
   * most one such window.)
   */
  readonly deferredByNotice: boolean;
  /** nominalDate of that passed-over window, or null. */
  readonly deferredFromDate: string | null;
  /**
   * "yyyy-MM-dd" dates of the weekday, after the cut-off and before this window, on which the
   * site's clock never showed the slot (it lay inside a clock jump, or the zone skipped the date
   * as Samoa skipped 2011-12-30), so there was no window that week. A date counts when its slot
   * start reading is at or after the cut-off's reading on the site's clock.
   */
  readonly skippedDates: readonly string[];
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
  #start: DateTime | undefined;
  #end: DateTime | undefined;

  constructor(week: WeekWindow, timeZone: string) {
    this.startMillis = week.startMillis;
    this.endMillis = week.endMillis;
    this.timeZone = timeZone;
    this.nominalDate = isoDateOfDay(week.nominalDay);
    this.durationMinutes = (week.endMillis - week.startMillis) / MINUTE_MS;
    this.nominalDurationMinutes = (week.nominalEndReading - week.nominalStartReading) / MINUTE_MS;
    this.durationChangeMinutes = this.durationMinutes - this.nominalDurationMinutes;
    this.clockChange = clockChangeOf(this.durationChangeMinutes);
    // The clock reads start + offset when the window opens; the slot said it would read its start.
    this.openedLateMinutes = (week.startMillis + week.offsetAtStart - week.nominalStartReading) / MINUTE_MS;
    this.offsetAtStartMinutes = week.offsetAtStart / MINUTE_MS;
    this.offsetAtEndMinutes = week.offsetAtEnd / MINUTE_MS;
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
  readonly noticeCutoffMillis: number;
  readonly deferredFromDate: string | null;
  readonly skippedDates: readonly string[];
}

export class ComputedNextUpgradeWindow extends ComputedUpgradeWindow implements NextUpgradeWindow {
  readonly noticeCutoffMillis: number;
  readonly deferredByNotice: boolean;
  readonly deferredFromDate: string | null;
  readonly skippedDates: readonly string[];

  constructor(week: WeekWindow, timeZone: string, notice: NoticeFacts) {
    super(week, timeZone);
    this.noticeCutoffMillis = notice.noticeCutoffMillis;
    this.deferredByNotice = notice.deferredFromDate !== null;
    this.deferredFromDate = notice.deferredFromDate;
    this.skippedDates = notice.skippedDates;
  }
}
