import { countryName, isCountryCode, listCountries } from './countries';
import { isStateOfCountry, stateName, statesOfCountry } from './subdivisions';

describe('countries', () => {
  it('lists every assigned ISO 3166-1 country once, sorted by its short English name', () => {
    const countries = listCountries();
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((country) => country.code)).size).toBe(249);
    const names = countries.map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it.each([
    ['JP', 'Japan'],
    ['GB', 'United Kingdom'],
    ['KR', 'South Korea'],
    ['AQ', 'Antarctica'],
    ['BV', 'Bouvet Island'],
    ['jp', 'Japan'],
  ])('names %s %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('knows codes only as stored: upper-case and assigned', () => {
    expect(isCountryCode('JP')).toBe(true);
    expect(isCountryCode('jp')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('UK')).toBe(false); // the United Kingdom is GB
    expect(countryName('XX')).toBeUndefined();
  });
});

describe('states (ISO 3166-2 subdivisions)', () => {
  it('lists the subdivisions of a country, sorted by name', () => {
    const states = statesOfCountry('US');
    expect(states).toContainEqual({ code: 'US-CA', name: 'California' });
    expect(states).toHaveLength(57); // 50 states, DC and 6 outlying areas
    expect(statesOfCountry('AU').map((state) => state.code)).toContain('AU-NSW');
    expect(statesOfCountry('SG').length).toBeGreaterThan(0);
    expect(statesOfCountry('AQ')).toEqual([]);
  });

  it('tells a second-level subdivision by its parent', () => {
    expect(statesOfCountry('FR')).toContainEqual({ code: 'FR-01', name: 'Ain', parentCode: 'FR-ARA' });
  });

  it('checks that a state belongs to the country', () => {
    expect(isStateOfCountry('US-CA', 'US')).toBe(true);
    expect(isStateOfCountry('US-CA', 'CA')).toBe(false);
    expect(isStateOfCountry('CA-NL', 'CA')).toBe(true);
    expect(isStateOfCountry('US-XX', 'US')).toBe(false);
    expect(isStateOfCountry('FR-01', 'FR')).toBe(true);
    expect(isStateOfCountry('California', 'US')).toBe(false);
  });

  it('names a state', () => {
    expect(stateName('JP-13')).toBe('Tôkyô');
    expect(stateName('XX-1')).toBeUndefined();
  });
});
