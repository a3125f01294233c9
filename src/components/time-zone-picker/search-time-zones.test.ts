import { DateTime } from 'luxon';
import { timeZonesOfCountry } from '@/domain/places';
import { parseOffsetQuery, searchTimeZones } from './search-time-zones';
import { buildTimeZoneCatalogue } from './time-zone-catalogue';

// Friday 10 March 2023, 09:00 UTC: northern winter (New York on EST, -05:00).
const winter = buildTimeZoneCatalogue(DateTime.fromISO('2023-03-10T09:00:00Z', { zone: 'utc' }));
// Saturday 15 July 2023, 09:00 UTC: northern summer (New York on EDT, -04:00).
const summer = buildTimeZoneCatalogue(DateTime.fromISO('2023-07-15T09:00:00Z', { zone: 'utc' }));

const zonesFor = (query: string, countryCode?: string, catalogue = winter) =>
  searchTimeZones(catalogue, query, { countryCode }).map((entry) => entry.zone);

describe('searching time zones', () => {
  it('finds a zone by its IANA name, current or old, in any case and with spaces for underscores', () => {
    expect(zonesFor('Asia/Tokyo')[0]).toBe('Asia/Tokyo');
    expect(zonesFor('america/new_york')[0]).toBe('America/New_York');
    expect(zonesFor('New York')[0]).toBe('America/New_York');
    expect(zonesFor('Katmandu')).toEqual(['Asia/Kathmandu']);
    expect(zonesFor('Calcutta')).toEqual(['Asia/Kolkata']);
  });

  it('finds a zone by city, its own or one of the main cities it serves, accents optional', () => {
    expect(zonesFor('Tokyo')[0]).toBe('Asia/Tokyo');
    expect(zonesFor('Kathmandu')).toEqual(['Asia/Kathmandu']);
    expect(zonesFor('Osaka')).toEqual(['Asia/Tokyo']);
    expect(zonesFor('Sao Paulo')[0]).toBe('America/Sao_Paulo');
    expect(zonesFor('Philadelphia')).toContain('America/New_York');
  });

  it('finds the zones of a country by its name', () => {
    expect(zonesFor('Japan')).toEqual(['Asia/Tokyo']);
    expect(zonesFor('Nepal')).toEqual(['Asia/Kathmandu']);
    const australia = zonesFor('Australia');
    expect(australia).toEqual(
      expect.arrayContaining(['Australia/Sydney', 'Australia/Perth', 'Australia/Lord_Howe']),
    );
  });

  it('finds a zone by its abbreviation, standard or daylight, whole words only', () => {
    expect(zonesFor('JST')[0]).toBe('Asia/Tokyo');
    expect(zonesFor('jst')[0]).toBe('Asia/Tokyo');
    expect(zonesFor('NPT')).toEqual(['Asia/Kathmandu']);
    expect(zonesFor('IST')).toContain('Asia/Kolkata');
    // "IST" is India's clock before it is the start of "Istanbul".
    expect(zonesFor('IST').indexOf('Asia/Kolkata')).toBeLessThan(zonesFor('IST').indexOf('Europe/Istanbul'));
    expect(zonesFor('CET')).toEqual(expect.arrayContaining(['Europe/Paris', 'Europe/Berlin']));
    expect(zonesFor('PST')[0]).toBe('America/Los_Angeles');
    expect(zonesFor('EST', 'US')[0]).toBe('America/New_York');
    expect(zonesFor('EDT', 'US', summer)).toContain('America/New_York');
  });

  it('finds every zone at a UTC offset, written the ways people write it', () => {
    for (const query of ['+09:00', '+9', 'GMT+9', 'UTC+09:00', 'utc +9']) {
      const zones = zonesFor(query);
      expect(zones, query).toContain('Asia/Tokyo');
      expect(zones, query).toContain('Asia/Seoul');
      expect(zones, query).not.toContain('Asia/Shanghai');
    }
    expect(zonesFor('+05:45')).toEqual(['Asia/Kathmandu']);
    expect(zonesFor('UTC+0545')).toEqual(['Asia/Kathmandu']);
    expect(zonesFor('+05:30')).toContain('Asia/Kolkata');
  });

  it('matches offsets as they are at the chosen moment, daylight saving time included', () => {
    expect(zonesFor('-05:00', 'US', winter)).toContain('America/New_York');
    expect(zonesFor('-05:00', 'US', summer)).not.toContain('America/New_York');
    expect(zonesFor('-04:00', 'US', summer)).toContain('America/New_York');
  });

  it("lists the site's country's zones first, for an empty query and for a search", () => {
    const usZones = timeZonesOfCountry('US');
    expect(usZones.length).toBeGreaterThan(10);
    const all = zonesFor('', 'US');
    expect(all.length).toBe(winter.length);
    expect(new Set(all.slice(0, usZones.length))).toEqual(new Set(usZones));
    // "Pacific" matches many zones; the US ones lead.
    const pacific = zonesFor('Pacific', 'US');
    expect(pacific[0]).toMatch(/^(America|Pacific)\//);
    expect(usZones).toContain(pacific[0]);
  });

  it('needs every word of a several-word query to match', () => {
    expect(zonesFor('japan tokyo')).toEqual(['Asia/Tokyo']);
    expect(zonesFor('japan paris')).toEqual([]);
  });

  it('finds nothing for text that is no zone', () => {
    expect(zonesFor('Atlantis')).toEqual([]);
  });
});

describe('reading an offset query', () => {
  it.each([
    ['+09:00', 540],
    ['+9', 540],
    ['GMT+9', 540],
    ['UTC+5:45', 345],
    ['+0545', 345],
    ['-03:30', -210],
    ['UTC−03:30', -210],
    ['+14:00', 840],
    ['-11', -660],
  ])('%s is %i minutes east of UTC', (query, minutes) => {
    expect(parseOffsetQuery(query)).toBe(minutes);
  });

  it.each(['Tokyo', '', '+15', '+09:75', '9', 'GMT'])('%s is not an offset', (query) => {
    expect(parseOffsetQuery(query)).toBeUndefined();
  });
});
