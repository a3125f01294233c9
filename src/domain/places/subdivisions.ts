import { iso31662 } from 'iso-3166';

/*
 * States, provinces and other subdivisions: ISO 3166-2 codes such as "US-CA". Some countries have
 * two levels (France: regions and their departments); both are valid, and `parentCode` tells a
 * department from its region. Names are ISO's, in the local romanisation ("Tôkyô", "Bayern").
 */

export interface State {
  /** ISO 3166-2: "US-CA". */
  code: string;
  name: string;
  /** The enclosing subdivision for a second-level one ("FR-ARA" for "FR-01"). */
  parentCode?: string;
}

const statesByCountry = new Map<string, State[]>();
const stateByCode = new Map<string, State>();
for (const entry of iso31662) {
  const country = entry.code.slice(0, 2);
  const state: State =
    entry.parent === country
      ? { code: entry.code, name: entry.name }
      : { code: entry.code, name: entry.name, parentCode: entry.parent };
  stateByCode.set(state.code, state);
  statesByCountry.set(country, [...(statesByCountry.get(country) ?? []), state]);
}
for (const states of statesByCountry.values()) states.sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** The subdivisions of a country, sorted by name; empty when it has none (or the code is unknown). */
export function statesOfCountry(countryCode: string): readonly State[] {
  return statesByCountry.get(countryCode.toUpperCase()) ?? [];
}

/** True when `stateCode` is an ISO 3166-2 code of that country: "US-CA" of "US", not of "CA". */
export function isStateOfCountry(stateCode: string, countryCode: string): boolean {
  return stateCode.slice(0, 3) === `${countryCode}-` && stateByCode.has(stateCode);
}

/** "California" for "US-CA". */
export function stateName(stateCode: string): string | undefined {
  return stateByCode.get(stateCode)?.name;
}
