// Test helpers: zone groups built by hand, so the model's tests do not depend on the engine.
import { DateTime } from '@/lib/date-time';
import type { CalendarSite, UpgradeNote, ZoneGroup } from './calendar-types';

export function site(name: string, timeZone: string, countryCode = 'JP'): CalendarSite {
  return { id: name.toLowerCase().replaceAll(' ', '-'), name, countryCode, timeZone };
}

/** A group whose upgrade runs between two UTC instants, shown in the zone. */
export function group(
  timeZone: string,
  startUtc: string,
  endUtc: string,
  sites: CalendarSite[],
  notes: UpgradeNote[] = [],
): ZoneGroup {
  return {
    timeZone,
    sites,
    upgrade: {
      timeZone,
      startMillis: DateTime.fromISO(startUtc).toMillis(),
      endMillis: DateTime.fromISO(endUtc).toMillis(),
      start: DateTime.fromISO(startUtc, { zone: timeZone }),
      end: DateTime.fromISO(endUtc, { zone: timeZone }),
      notes,
    },
  };
}
