import { isStateOfCountry, statesOfCountry, type State } from '@/domain/places';

/*
 * The State field of a site: offered only where the country has subdivisions (ISO 3166-2), and
 * cleared when the country changes to one the state does not belong to.
 */

/** The states a site in that country can choose; empty means the field is not shown. */
export function stateChoices(countryCode: string | null | undefined): readonly State[] {
  return countryCode ? statesOfCountry(countryCode) : [];
}

export function countryHasStates(countryCode: string | null | undefined): boolean {
  return stateChoices(countryCode).length > 0;
}

/** The state to keep after the country changed: the same when it is of the new country, else none. */
export function stateAfterCountryChange(stateCode: string | null, countryCode: string | null): string | null {
  return stateCode !== null && countryCode !== null && isStateOfCountry(stateCode, countryCode)
    ? stateCode
    : null;
}
