import { DateTime } from '@/lib/date-time';

export const CALENDAR_VIEWS = ['week', 'month', 'table', 'concurrency'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** How the week view groups its lanes: by wave (same opening instant), by time zone, by country. */
export const LANE_GROUPINGS = ['wave', 'zone', 'country'] as const;
export type LaneGrouping = (typeof LANE_GROUPINGS)[number];

/** Everything a shared link reproduces. Absent values mean "the default". */
export interface CalendarUrlState {
  /** The release instant (UTC); absent means "now". */
  releasedAt: DateTime | undefined;
  /** The display zone; absent means the viewer's own. */
  displayZone: string | undefined;
  view: CalendarView;
  /** The week view's lanes; absent means "by wave" for a big account, else by time zone. */
  grouping: LaneGrouping | undefined;
  /** The displayed week's Monday, "yyyy-MM-dd"; absent means the week of the notice cut-off. */
  week: string | undefined;
  /** Filters of the table, the charts and the export. */
  siteFilter: string;
  countryFilter: string | undefined;
  zoneFilter: string | undefined;
}

const PARAM = {
  releasedAt: 'released',
  displayZone: 'tz',
  view: 'view',
  grouping: 'group',
  week: 'week',
  siteFilter: 'site',
  countryFilter: 'country',
  zoneFilter: 'zone',
} as const;

export interface ParsedCalendarUrl {
  state: CalendarUrlState;
  /** What the link held that made no sense, in words (the calendar falls back to the default). */
  problems: string[];
}

/**
 * Reads the state from a link. Anything unreadable falls back to its default and is reported,
 * so a mangled link still opens a calendar. `isZone` decides which zone names are valid.
 */
export function parseCalendarUrl(
  params: URLSearchParams,
  isZone: (name: string) => boolean,
): ParsedCalendarUrl {
  const problems: string[] = [];
  const text = (key: string) => params.get(key)?.trim() || undefined;

  let releasedAt: DateTime | undefined;
  const released = text(PARAM.releasedAt);
  if (released) {
    const parsed = DateTime.fromISO(released, { setZone: true });
    if (parsed.isValid && /[zZ]|[+-]\d{2}:?\d{2}$/.test(released)) {
      // A release is an instant to the minute; a link with seconds is read to its minute.
      releasedAt = parsed.toUTC().startOf('minute');
      if (releasedAt.toMillis() !== parsed.toMillis()) {
        problems.push(
          `The release time "${released}" has seconds; it is read to the minute, ${releasedAt.toISO({ suppressMilliseconds: true })}.`,
        );
      }
    } else {
      problems.push(`The release time "${released}" is not a date and time with a zone; showing now.`);
    }
  }

  let displayZone = text(PARAM.displayZone);
  if (displayZone && !isZone(displayZone)) {
    problems.push(`"${displayZone}" is not a time zone; showing your own.`);
    displayZone = undefined;
  }

  const viewText = text(PARAM.view) ?? 'week';
  const view = CALENDAR_VIEWS.find((name) => name === viewText) ?? 'week';
  if (view !== viewText) problems.push(`"${viewText}" is not a view of the calendar; showing the week.`);

  const groupingText = text(PARAM.grouping);
  const grouping = LANE_GROUPINGS.find((name) => name === groupingText);
  if (groupingText && !grouping)
    problems.push(
      `"${groupingText}" is not a way to group the week (wave, zone, country); grouping as usual.`,
    );

  let week = text(PARAM.week);
  if (week && !isMonday(week)) {
    problems.push(
      `The week "${week}" is not a Monday's date (yyyy-mm-dd); showing the week of the notice cut-off.`,
    );
    week = undefined;
  }

  let zoneFilter = text(PARAM.zoneFilter);
  if (zoneFilter && !isZone(zoneFilter)) {
    problems.push(`"${zoneFilter}" is not a time zone; the zone filter is off.`);
    zoneFilter = undefined;
  }
  const country = text(PARAM.countryFilter)?.toUpperCase();
  const countryFilter = country && /^[A-Z]{2}$/.test(country) ? country : undefined;
  if (country && !countryFilter)
    problems.push(`"${country}" is not a country code; the country filter is off.`);

  return {
    state: {
      releasedAt,
      displayZone,
      view,
      grouping,
      week,
      siteFilter: params.get(PARAM.siteFilter) ?? '',
      countryFilter,
      zoneFilter,
    },
    problems,
  };
}

/**
 * The link's query string for a state, leaving defaults out so links stay short. Parameters that
 * are not the calendar's (the mocked backend's `scenario`, say) are kept as they are.
 */
export function calendarUrlParams(state: CalendarUrlState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of Object.values(PARAM)) params.delete(key);
  if (state.releasedAt)
    params.set(PARAM.releasedAt, state.releasedAt.toUTC().toISO({ suppressMilliseconds: true }) ?? '');
  if (state.displayZone) params.set(PARAM.displayZone, state.displayZone);
  if (state.view !== 'week') params.set(PARAM.view, state.view);
  if (state.grouping) params.set(PARAM.grouping, state.grouping);
  if (state.week) params.set(PARAM.week, state.week);
  if (state.siteFilter) params.set(PARAM.siteFilter, state.siteFilter);
  if (state.countryFilter) params.set(PARAM.countryFilter, state.countryFilter);
  if (state.zoneFilter) params.set(PARAM.zoneFilter, state.zoneFilter);
  return params;
}

function isMonday(date: string): boolean {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && parsed.isValid && parsed.weekday === 1;
}
