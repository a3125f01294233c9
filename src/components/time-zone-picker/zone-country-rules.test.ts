import { countryZonesHint, foreignZoneWarning } from './zone-country-rules';

describe("the site's country and its time zone", () => {
  it('hints that a country with several zones needs the one of the city, and says nothing for one zone', () => {
    expect(countryZonesHint('US')).toMatch(
      /^United States of America has \d+ time zones: choose the one of the site's city\.$/,
    );
    expect(countryZonesHint('AU')).toMatch(/^Australia has \d+ time zones/);
    expect(countryZonesHint('JP')).toBeUndefined();
    expect(countryZonesHint(undefined)).toBeUndefined();
  });

  it('warns when the zone belongs to another country than the site', () => {
    expect(foreignZoneWarning('Asia/Kathmandu', 'JP')).toBe(
      "Asia/Kathmandu is a time zone of Nepal, not of Japan. Check the site's country or time zone.",
    );
    expect(foreignZoneWarning('Etc/UTC', 'JP')).toMatch(/not the time zone of any country/);
  });

  it("accepts any zone of the site's country, under an old name too", () => {
    expect(foreignZoneWarning('Asia/Tokyo', 'JP')).toBeUndefined();
    expect(foreignZoneWarning('America/Chicago', 'US')).toBeUndefined();
    expect(foreignZoneWarning('Asia/Calcutta', 'IN')).toBeUndefined();
    expect(foreignZoneWarning('Asia/Tokyo', 'jp')).toBeUndefined();
  });

  it('says nothing until both the zone and the country are known', () => {
    expect(foreignZoneWarning(null, 'JP')).toBeUndefined();
    expect(foreignZoneWarning('Asia/Tokyo', undefined)).toBeUndefined();
  });
});
