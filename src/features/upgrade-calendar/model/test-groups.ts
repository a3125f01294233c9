// Test helpers: zone groups built by hand, so the model's tests do not depend on the engine.
import type { NextUpgradeWindow, UpgradeWindow } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { CalendarSite, ZoneGroup } from './calendar-types';

export function site(
  name: string,
  timeZone: string,
  countryCode = 'JP',
  haMode: CalendarSite['haMode'] = 'single',
  ownWindow: CalendarSite['ownWindow'] = null,
): CalendarSite {
  return { id: name.toLowerCase().replaceAll(' ', '-'), name, countryCode, timeZone, haMode, ownWindow };
}

/** A plain window between two UTC instants, shown in the zone, with no clock change. */
export function upgradeWindow(timeZone: string, startUtc: string, endUtc: string): UpgradeWindow {
  const start = DateTime.fromISO(startUtc, { zone: timeZone });
  const end = DateTime.fromISO(endUtc, { zone: timeZone });
  const minutes = end.diff(start, 'minutes').minutes;
  return {
    start,
    end,
    startMillis: start.toMillis(),
    endMillis: end.toMillis(),
    timeZone,
    nominalDate: start.toISODate() ?? '',
    durationMinutes: minutes,
    nominalDurationMinutes: minutes,
    durationChangeMinutes: 0,
    clockChange: 'none',
    openedLateMinutes: 0,
    offsetAtStartMinutes: start.offset,
    offsetAtEndMinutes: end.offset,
    frozenBy: null,
  };
}

/** A group whose upgrade runs between two UTC instants, with what explains it. */
export function group(
  timeZone: string,
  startUtc: string,
  endUtc: string,
  sites: CalendarSite[],
  explanation: Partial<
    Pick<NextUpgradeWindow, 'deferredWindow' | 'weeksWithoutWindow' | 'frozenWindows'>
  > = {},
  ownWindow: ZoneGroup['ownWindow'] = null,
): ZoneGroup {
  const upgrade = upgradeWindow(timeZone, startUtc, endUtc);
  return {
    key: ownWindow ? `${timeZone} own ${ownWindow.day} ${ownWindow.start}-${ownWindow.end}` : timeZone,
    timeZone,
    ownWindow,
    slot: ownWindow ?? { day: 7, start: '01:00', end: '03:00' },
    sites,
    upgrade: {
      ...upgrade,
      releasedAtMillis: upgrade.startMillis - 72 * 3_600_000,
      noticeCutoffMillis: upgrade.startMillis - 24 * 3_600_000,
      deferredWindow: explanation.deferredWindow ?? null,
      weeksWithoutWindow: explanation.weeksWithoutWindow ?? [],
      frozenWindows: explanation.frozenWindows ?? [],
    },
  };
}
