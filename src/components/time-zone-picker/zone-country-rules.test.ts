import { countryTimeZoneToOffer, countryZonesHint, foreignZoneWarning } from './zone-country-rules';

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
    // tz lists Tokyo's clock for an Australian observatory too: still not an Australian zone.
    expect(foreignZoneWarning('Asia/Tokyo', 'AU')).toMatch(
      /^Asia\/Tokyo is a time zone of Japan, not of Australia\./,
    );
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

describe('the zone offered when the country is chosen', () => {
  it("offers a country's only zone when the site keeps another", () => {
    expect(countryTimeZoneToOffer('JP', 'Europe/London')).toBe('Asia/Tokyo');
    expect(countryTimeZoneToOffer('IN', '')).toBe('Asia/Kolkata');
    expect(countryTimeZoneToOffer('VN', null)).toBe('Asia/Ho_Chi_Minh');
  });

  it('offers nothing when the site already keeps it, under an old name too', () => {
    expect(countryTimeZoneToOffer('JP', 'Asia/Tokyo')).toBeUndefined();
    expect(countryTimeZoneToOffer('IN', 'Asia/Calcutta')).toBeUndefined();
  });

  it('offers nothing for a country of several zones, or none', () => {
    expect(countryTimeZoneToOffer('US', 'Asia/Tokyo')).toBeUndefined();
    expect(countryTimeZoneToOffer('AU', 'Asia/Tokyo')).toBeUndefined();
    expect(countryTimeZoneToOffer('BV', 'Asia/Tokyo')).toBeUndefined();
    expect(countryTimeZoneToOffer('', 'Asia/Tokyo')).toBeUndefined();
  });
});
