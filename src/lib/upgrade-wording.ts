// Every word the console says about an upgrade window, in one place: the Maintenance Window
// preview, the site's next-upgrade line, the Sites list, the calendar's blocks, tooltips,
// table, CSV and .ics all word the engine's explanation through here. Dates are worded in the
// browser's locale (see date-time.ts) unless a `locale` is given: the exports pass EXPORT_LOCALE.
import {
  UPGRADE_NOTICE_HOURS,
  type NextUpgradeWindow,
  type UpgradeWindow,
  type WeekWithoutWindow,
} from '@/domain/upgrade-schedule';
import {
  browserLocale,
  DateTime,
  formatDay,
  formatDuration,
  formatOffset,
  formatTime,
  formatUpgradeWindow,
} from './date-time';
import { countOf, pluralForm, SITE, WAITS } from './plural';

export type ExplanationKind =
  | 'deferred-by-notice'
  | 'frozen'
  | 'shortened'
  | 'lengthened'
  | 'opened-late'
  | 'week-without-window'
  | 'changed-since-last-week';

/** One reason a window is what it is. */
export interface Explanation {
  readonly kind: ExplanationKind;
  /** A short tag for chips and markers: "Shortened by 1 h". */
  readonly label: string;
  /** The whole reason in a sentence, naming site-local days and times. */
  readonly sentence: string;
}

/**
 * "Friday 30 December 2011": a site-local calendar date as the engine names it ("yyyy-MM-dd").
 * Read as a plain date, never in the site's zone: the zone may have skipped that very date, and
 * Luxon would move it to the next day.
 */
export function formatSiteDate(isoDate: string, locale = browserLocale()): string {
  return formatDay(DateTime.fromISO(isoDate, { zone: 'utc' }), { withYear: true, locale });
}

/** The window the 48-hour notice passed over, and why. */
export function explainDeferral(deferredWindow: UpgradeWindow, locale = browserLocale()): Explanation {
  const { start } = deferredWindow;
  return {
    kind: 'deferred-by-notice',
    label: 'Deferred by notice',
    sentence: `Waits a week: the window of ${formatDay(start, { withYear: true, locale })}, ${formatTime(start)} site time opens less than ${UPGRADE_NOTICE_HOURS} hours after the release.`,
  };
}

/**
 * "the Year-end freeze"; a name that already says "freeze" is not said twice, wherever it says it
 * ("Year-end freeze 2026" stays as it is).
 */
function freezeTitle(freezeName: string): string {
  return /\bfreeze\b/i.test(freezeName.trim())
    ? `the ${freezeName.trim()}`
    : `the ${freezeName.trim()} freeze`;
}

/** "Year-end freeze", for chips and markers. */
function freezeLabel(freezeName: string): string {
  return freezeTitle(freezeName).slice('the '.length);
}

/** "Sunday 20 December 2026, 01:00 – 03:00": a window in its site's time, zone not named. */
function siteWindow(upgradeWindow: UpgradeWindow, locale: string): string {
  return formatUpgradeWindow(upgradeWindow.start, upgradeWindow.end, {
    withYear: true,
    withZone: false,
    locale,
  });
}

/**
 * Windows a freeze held back before the site's upgrade, one explanation per freeze (its windows
 * follow one another), each saying which window the upgrade waits for.
 */
export function explainFrozenWindows(next: NextUpgradeWindow, locale = browserLocale()): Explanation[] {
  const runs: { freezeName: string; first: UpgradeWindow; last: UpgradeWindow }[] = [];
  for (const { upgradeWindow, freezeName } of next.frozenWindows) {
    const run = runs.at(-1);
    if (run?.freezeName === freezeName) run.last = upgradeWindow;
    else runs.push({ freezeName, first: upgradeWindow, last: upgradeWindow });
  }
  const waitsFor = `the upgrade waits for ${siteWindow(next, locale)} site time`;
  return runs.map(({ freezeName, first, last }) => {
    const which =
      first === last
        ? `The window of ${siteWindow(first, locale)} is`
        : `The windows from ${formatDay(first.start, { withYear: true, locale })} to ${formatDay(last.start, { withYear: true, locale })} are`;
    return {
      kind: 'frozen',
      label: freezeLabel(freezeName),
      sentence: `${which} in ${freezeTitle(freezeName)}: ${waitsFor}.`,
    };
  });
}

/**
 * "Moved by the Year-end freeze": a short tag for an upgrade that waits for a later window because
 * freezes held earlier ones back, one per freeze in order; empty when no freeze moved it.
 */
export function movedByFreezeLabels(next: NextUpgradeWindow): string[] {
  const names = [...new Set(next.frozenWindows.map(({ freezeName }) => freezeName))];
  return names.map((freezeName) => `Moved by ${freezeTitle(freezeName)}`);
}

/**
 * A freeze itself, for the days a calendar shades: "Year-end freeze", and "The Year-end freeze:
 * no upgrades from Friday 18 December 2026 to Monday 4 January 2027, on each site's own dates."
 */
export function explainFreeze(
  freeze: { readonly name: string; readonly startDate: string; readonly endDate: string },
  locale = browserLocale(),
): { label: string; sentence: string } {
  const title = freezeTitle(freeze.name);
  return {
    label: freezeLabel(freeze.name),
    sentence: `${title.charAt(0).toUpperCase()}${title.slice(1)}: no upgrades from ${formatSiteDate(freeze.startDate, locale)} to ${formatSiteDate(freeze.endDate, locale)}, on each site's own dates.`,
  };
}

/** A window of the calendar that a freeze holds back (its frozenBy); null for one that happens. */
export function explainFrozenWindow(
  upgradeWindow: UpgradeWindow,
  locale = browserLocale(),
): Explanation | null {
  if (upgradeWindow.frozenBy === null) return null;
  return {
    kind: 'frozen',
    label: freezeLabel(upgradeWindow.frozenBy),
    sentence: `No upgrade in the window of ${siteWindow(upgradeWindow, locale)} site time: it is in ${freezeTitle(upgradeWindow.frozenBy)}.`,
  };
}

/** The rule of every freeze, in one sentence, for the screen where freezes are set. */
export function explainFreezeRule(): string {
  return "A freeze's dates are read in each site's own time zone: a window that touches a frozen date does not happen, and the site upgrades in its first window after the freeze.";
}

/**
 * How many sites a freeze holds back after one release (their windows in it do not happen),
 * naming the freezes: "3 sites wait for the end of the Year-end freeze 2026."
 */
export function explainFrozenSites(siteCount: number, freezeNames: readonly string[]): string {
  const names = freezeNames.map(freezeTitle);
  const which =
    names.length <= 1 ? (names[0] ?? 'a freeze') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `${countOf(siteCount, SITE)} ${pluralForm(siteCount, WAITS)} for the end of ${which}: a window in a freeze does not happen, the upgrade is in the first window after it.`;
}

/** A week whose slot never showed on the site's clock. */
export function explainWeekWithoutWindow(week: WeekWithoutWindow, locale = browserLocale()): Explanation {
  const date = formatSiteDate(week.nominalDate, locale);
  return {
    kind: 'week-without-window',
    label: 'No window that week',
    sentence:
      week.reason === 'date-skipped'
        ? `No window on ${date}: the time zone skipped that date altogether.`
        : `No window on ${date}: the clocks jump over the whole time slot that night.`,
  };
}

/** What a clock change did to one window: shorter, longer, opening late (nothing when none). */
export function explainClockChange(upgradeWindow: UpgradeWindow, locale = browserLocale()): Explanation[] {
  const explanations: Explanation[] = [];
  const on = `Clock change on ${formatSiteDate(upgradeWindow.nominalDate, locale)}`;
  if (upgradeWindow.openedLateMinutes > 0) {
    const late = formatDuration(upgradeWindow.openedLateMinutes);
    explanations.push({
      kind: 'opened-late',
      label: `Opens ${late} late`,
      sentence: `${on}: the clocks skip the start time, so the window opens ${late} late.`,
    });
  }
  const change = formatDuration(upgradeWindow.durationChangeMinutes);
  if (upgradeWindow.clockChange === 'shortened') {
    explanations.push({
      kind: 'shortened',
      label: `Shortened by ${change}`,
      sentence: `${on}: the clocks go forward during the window, so it is ${change} shorter.`,
    });
  } else if (upgradeWindow.clockChange === 'lengthened') {
    explanations.push({
      kind: 'lengthened',
      label: `Lengthened by ${change}`,
      sentence: `${on}: the clocks go back during the window, so it is ${change} longer.`,
    });
  }
  return explanations;
}

/**
 * A clock change between last week's window and this one, outside both: the window opens at the
 * same wall-clock time but at another instant, so the zone leaves the zones it opened with (the
 * calendar's waves say so). Undefined when the offset at the opening did not change.
 */
export function explainClockChangeSinceLastWeek(
  lastWeek: UpgradeWindow,
  thisWeek: UpgradeWindow,
): Explanation | undefined {
  const before = lastWeek.offsetAtStartMinutes;
  const after = thisWeek.offsetAtStartMinutes;
  if (before === after) return undefined;
  const change = formatDuration(after - before);
  return {
    kind: 'changed-since-last-week',
    label: `Clocks ${after > before ? 'forward' : 'back'} ${change} since last week`,
    sentence: `Clock change since last week's window: the clocks went ${after > before ? 'forward' : 'back'} ${change} (${formatOffset(before)} → ${formatOffset(after)}) before this one opened.`,
  };
}

/** Everything that explains a site's next upgrade window, in the order a reader needs it. */
export function explainNextUpgrade(next: NextUpgradeWindow, locale = browserLocale()): Explanation[] {
  return [
    ...(next.deferredWindow === null ? [] : [explainDeferral(next.deferredWindow, locale)]),
    ...explainFrozenWindows(next, locale),
    ...next.weeksWithoutWindow.map((week) => explainWeekWithoutWindow(week, locale)),
    ...explainClockChange(next, locale),
  ];
}

export function isClockChange(explanation: Explanation): boolean {
  return explanation.kind !== 'deferred-by-notice' && explanation.kind !== 'frozen';
}

/**
 * Whether explainNextUpgrade gives a clock-change reason (isClockChange), without wording any:
 * a list of hundreds of zones colours its blocks with this, and words only the rows it shows.
 */
export function hasClockChangeReason(next: NextUpgradeWindow): boolean {
  return next.weeksWithoutWindow.length > 0 || next.openedLateMinutes > 0 || next.clockChange !== 'none';
}

/** A window's times in the site's zone and in another (the viewer's or the chosen display zone). */
export interface UpgradeTimes {
  /** "Sunday 12 March 2023, 01:00 – 03:00 (JST)" */
  readonly siteTime: string;
  /** The same window in the other zone, with its name. */
  readonly otherTime: string;
}

export function upgradeTimes(
  upgradeWindow: UpgradeWindow,
  otherZone: string,
  options: {
    countryCode?: string | undefined;
    otherCountryCode?: string | undefined;
    withYear?: boolean;
    locale?: string;
  } = {},
): UpgradeTimes {
  const { start, end } = upgradeWindow;
  const withYear = options.withYear ?? true;
  const locale = options.locale ?? browserLocale();
  return {
    siteTime: formatUpgradeWindow(start, end, { withYear, countryCode: options.countryCode, locale }),
    otherTime: formatUpgradeWindow(start.setZone(otherZone), end, {
      withYear,
      countryCode: options.otherCountryCode,
      locale,
    }),
  };
}
