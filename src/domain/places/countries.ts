import { getAllCountries } from 'countries-and-timezones';
import { iso31661 } from 'iso-3166';

/*
 * Countries: ISO 3166-1 alpha-2 codes. The set of valid codes is ISO's own list (iso-3166);
 * names are the short English ones people use ("United Kingdom", "South Korea"), from
 * countries-and-timezones, falling back to ISO's formal name for the few it lacks (Bouvet Island).
 */

export interface Country {
  /** ISO 3166-1 alpha-2, upper case: "JP". */
  code: string;
  /** Short English name: "Japan". */
  name: string;
}

const shortNames = getAllCountries();
const shortNameOf = new Map<string, string>(
  Object.values(shortNames).map((country) => [country.id, country.name]),
);

const countries: readonly Country[] = iso31661
  .map((country) => ({ code: country.alpha2, name: shortNameOf.get(country.alpha2) ?? country.name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const nameByCode = new Map(countries.map((country) => [country.code, country.name]));

/** Every assigned ISO 3166-1 country, sorted by name. */
export function listCountries(): readonly Country[] {
  return countries;
}

/** True for an assigned ISO 3166-1 alpha-2 code, in upper case as stored ("JP", not "jp"). */
export function isCountryCode(code: string): boolean {
  return nameByCode.has(code);
}

/** "Japan" for "JP"; undefined for a code that is not an assigned country. */
export function countryName(code: string): string | undefined {
  return nameByCode.get(code.toUpperCase());
}
