import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import {
  formatOffset,
  formatTime,
  formatUpgradeWindow,
  knownZoneAbbreviation,
  type DateTime,
} from '@/lib/date-time';
import { describeNextUpgrade } from '../../upgrade/describe-next-upgrade';

/*
 * What the list shows of each site's clock. Sites share zones (5,000 sites over ~400 zones), and
 * formatting a zone's times builds Intl formatters, which is slow: a page of 50 rows computes each
 * zone once per minute instead of once per row and per render.
 */

const MAX_CACHED = 2_000;
const clocks = new Map<string, SiteClockTexts | undefined>();
const nextUpgrades = new Map<string, NextUpgradeTexts | undefined>();

function cached<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) ?? compute();
  if (cache.size >= MAX_CACHED) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

export interface SiteClockTexts {
  /** "UTC+09:00", "UTC−03:30", "UTC" */
  offset: string;
  /** "17:34 JST"; without a well-known abbreviation, "21:34". */
  localTime: string;
}

/** A zone's offset and local time at `now`; undefined for a zone the runtime cannot show. */
export function siteClockTexts(
  timeZone: string,
  countryCode: string,
  now: DateTime,
): SiteClockTexts | undefined {
  return cached(clocks, `clock|${timeZone}|${countryCode}|${now.toMillis()}`, () => {
    const local = now.setZone(timeZone);
    if (!local.isValid) return undefined;
    const name = knownZoneAbbreviation(local, countryCode);
    return { offset: formatOffset(local.offset), localTime: `${formatTime(local)}${name ? ` ${name}` : ''}` };
  });
}

export interface NextUpgradeTexts {
  /** "Sun 12 Mar, 01:00 – 03:00 (JST)": short, for a dense row or a card. */
  siteTime: string;
  /** "Sat 11 Mar, 17:00 – 19:00" in the viewer's zone. */
  viewerTime: string;
  /** When it opens, in UTC (ISO 8601), for a machine-readable <time>. */
  startsAt: string;
  /** One sentence per thing the engine had to take into account (clock changes, the notice). */
  notes: string[];
}

// One key per list of freezes (their names are in the notes), built once per list object.
const freezeKeys = new WeakMap<readonly UpgradeFreeze[], string>();
function freezesKey(freezes: readonly UpgradeFreeze[]): string {
  let key = freezeKeys.get(freezes);
  if (key === undefined) {
    key = freezes.map(({ name, startDate, endDate }) => `${startDate}/${endDate}/${name}`).join('|');
    freezeKeys.set(freezes, key);
  }
  return key;
}

/**
 * The site's next upgrade window if a version were released at `now`, in its time and the
 * viewer's: in `upgradeWindow` (the site's own, or the account's), under the account's freezes.
 */
export function nextUpgradeTexts(
  upgradeWindow: Pick<MaintenanceWindow, 'day' | 'start' | 'end'>,
  freezes: readonly UpgradeFreeze[],
  timeZone: string,
  countryCode: string,
  now: DateTime,
  viewerTimeZone: string,
): NextUpgradeTexts | undefined {
  const { day, start, end } = upgradeWindow;
  return cached(
    nextUpgrades,
    `next|${day}|${start}|${end}|${freezesKey(freezes)}|${timeZone}|${countryCode}|${now.toMillis()}|${viewerTimeZone}`,
    () => {
      const description = describeNextUpgrade({
        maintenanceWindow: upgradeWindow,
        siteTimeZone: timeZone,
        countryCode,
        releasedAt: now,
        viewerTimeZone,
        freezes,
      });
      if (!description) return undefined;
      const { start: opens, end: closes } = description.upgradeWindow;
      return {
        siteTime: formatUpgradeWindow(opens, closes, { countryCode, short: true }),
        viewerTime: formatUpgradeWindow(opens.setZone(viewerTimeZone), closes.setZone(viewerTimeZone), {
          withZone: false,
          short: true,
        }),
        startsAt: opens.toUTC().toISO() ?? '',
        notes: description.notes,
      };
    },
  );
}
