import { countryHasStates, stateAfterCountryChange, stateChoices } from './site-location-rules';

describe('the State of a site', () => {
  it('is offered only where the country has states', () => {
    expect(countryHasStates('US')).toBe(true);
    expect(stateChoices('US').map((state) => state.code)).toContain('US-CA');
    expect(countryHasStates('JP')).toBe(true);
    // Vatican City has no ISO 3166-2 subdivisions.
    expect(countryHasStates('VA')).toBe(false);
    expect(stateChoices('VA')).toEqual([]);
    expect(countryHasStates(null)).toBe(false);
  });

  it('offers only the states of the chosen country', () => {
    expect(stateChoices('US').every((state) => state.code.startsWith('US-'))).toBe(true);
    expect(stateChoices('AU').map((state) => state.code)).toContain('AU-NSW');
  });

  it('is kept when the country still has it, and cleared when the country changes', () => {
    expect(stateAfterCountryChange('US-CA', 'US')).toBe('US-CA');
    expect(stateAfterCountryChange('US-CA', 'CA')).toBeNull();
    expect(stateAfterCountryChange('US-CA', null)).toBeNull();
    expect(stateAfterCountryChange(null, 'US')).toBeNull();
  });
});
