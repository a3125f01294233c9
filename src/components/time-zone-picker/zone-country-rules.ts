import { canonicalTimeZone, countriesOfTimeZone, countryName, timeZonesOfCountry } from '@/domain/places';

/*
 * How a site's country and its time zone relate. A country can have several zones (the United
 * States, Australia, Brazil...), and a zone of another country is allowed (a site may follow
 * its headquarters' clock) but is probably a mistake, so it is flagged, never refused.
 */

/** "United States has 29 time zones: choose the one of the site's city." Undefined with one zone. */
export function countryZonesHint(countryCode: string | undefined): string | undefined {
  if (!countryCode) return undefined;
  const count = timeZonesOfCountry(countryCode).length;
  if (count < 2) return undefined;
  const name = countryName(countryCode) ?? countryCode;
  return `${name} has ${count} time zones: choose the one of the site's city.`;
}

/** A warning when `zone` is not a zone of the site's country; undefined when it is (or is unknown). */
export function foreignZoneWarning(
  zone: string | null | undefined,
  countryCode: string | undefined,
): string | undefined {
  if (!zone || !countryCode) return undefined;
  const zoneCountries = countriesOfTimeZone(zone);
  if (zoneCountries.includes(countryCode.toUpperCase())) return undefined;
  const siteCountry = countryName(countryCode) ?? countryCode;
  if (zoneCountries.length === 0) {
    return `${zone} is not the time zone of any country, so it is not ${siteCountry}'s. Check it is what the site's clock follows.`;
  }
  const zoneCountryNames = zoneCountries.map((code) => countryName(code) ?? code).join(', ');
  return `${zone} is a time zone of ${zoneCountryNames}, not of ${siteCountry}. Check the site's country or time zone.`;
}

/**
 * The zone to offer once the site's country is chosen: the country's only zone, unless the site
 * already keeps it. Undefined for a country with several zones (the picker lists them first).
 */
export function countryTimeZoneToOffer(
  countryCode: string | null | undefined,
  zone: string | null | undefined,
): string | undefined {
  if (!countryCode) return undefined;
  const zones = timeZonesOfCountry(countryCode);
  const only = zones.length === 1 ? zones[0] : undefined;
  return only !== undefined && zone && canonicalTimeZone(zone) === only ? undefined : only;
}
