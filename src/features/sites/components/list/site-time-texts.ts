import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { formatLocalTimeWithOffset, type DateTime } from '@/lib/date-time';
import { describeNextUpgrade, type NextUpgradeDescription } from '../../upgrade/describe-next-upgrade';

/*
 * What the list shows of each site's clock. Sites share zones (5,000 sites over ~400 zones), and
 * formatting a zone's times builds Intl formatters, which is slow: a page of 50 rows computes each
 * zone once per minute instead of once per row and per render.
 */

const MAX_CACHED = 2_000;
const localTimes = new Map<string, string | undefined>();
const nextUpgrades = new Map<string, NextUpgradeDescription | undefined>();

function cached<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) ?? compute();
  if (cache.size >= MAX_CACHED) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/** "17:34 JST · UTC+09:00"; without a well-known abbreviation, "21:34 · UTC+13:00". */
export function localTimeText(timeZone: string, countryCode: string, now: DateTime): string | undefined {
  return cached(localTimes, `local|${timeZone}|${countryCode}|${now.toMillis()}`, () => {
    const local = now.setZone(timeZone);
    return local.isValid ? formatLocalTimeWithOffset(local, countryCode) : undefined;
  });
}

/** The site's next upgrade window if a version were released at `now`, in its time and the viewer's. */
export function nextUpgradeTexts(
  maintenanceWindow: MaintenanceWindow,
  timeZone: string,
  countryCode: string,
  now: DateTime,
  viewerTimeZone: string,
): NextUpgradeDescription | undefined {
  const { day, start, end } = maintenanceWindow;
  return cached(
    nextUpgrades,
    `next|${day}|${start}|${end}|${timeZone}|${countryCode}|${now.toMillis()}|${viewerTimeZone}`,
    () =>
      describeNextUpgrade({
        maintenanceWindow,
        siteTimeZone: timeZone,
        countryCode,
        releasedAt: now,
        viewerTimeZone,
      }),
  );
}
