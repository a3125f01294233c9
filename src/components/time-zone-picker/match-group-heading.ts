import type { FormerPlaceName } from '@/domain/places';
import { formatOffset } from '@/lib/date-time';
import { parseOffsetQuery, type TimeZoneMatchTier } from './search-time-zones';

/**
 * The heading of a group of matches in the open list: "Time zones known as IST", "Time zones at
 * UTC+05:45 now", "Time zones of Japan", "Other time zones".
 */
export function matchGroupHeading(
  tier: TimeZoneMatchTier,
  query: string,
  siteCountryName: string | undefined,
): string {
  if (tier === 'called') {
    const offset = parseOffsetQuery(query);
    return offset === undefined
      ? `Time zones known as ${query.trim().toUpperCase()}`
      : `Time zones at ${formatOffset(offset)} now`;
  }
  if (tier === 'country' && siteCountryName !== undefined) return `Time zones of ${siteCountryName}`;
  return 'Other time zones';
}

/** What an option says of a zone found by a former city name: "Bombay: now Asia/Kolkata (Mumbai)". */
export function formerNameNote(former: FormerPlaceName): string {
  const zoneCity = former.zone.slice(former.zone.lastIndexOf('/') + 1).replaceAll('_', ' ');
  // "Kiev: now Europe/Kyiv", not "... (Kyiv)": the zone already says the city's name.
  const city = zoneCity === former.currentName ? '' : ` (${former.currentName})`;
  return `${former.formerName}: now ${former.zone}${city}`;
}
