import { DateTime } from 'luxon';
import { timeZonesOfCountry } from '@/domain/places';
import { mayBeAbbreviation, parseOffsetQuery, searchTimeZones } from './search-time-zones';
import { buildTimeZoneCatalogue } from './time-zone-catalogue';

// Friday 10 March 2023, 09:00 UTC: northern winter (New York on EST, -05:00).
const winter = buildTimeZoneCatalogue(DateTime.fromISO('2023-03-10T09:00:00Z', { zone: 'utc' }));
// Saturday 15 July 2023, 09:00 UTC: northern summer (New York on EDT, -04:00).
const summer = buildTimeZoneCatalogue(DateTime.fromISO('2023-07-15T09:00:00Z', { zone: 'utc' }));

const matchesFor = (query: string, countryCode?: string, catalogue = winter) =>
  searchTimeZones(catalogue, query, { countryCode });
const zonesFor = (query: string, countryCode?: string, catalogue = winter) =>
  matchesFor(query, countryCode, catalogue).map((match) => match.entry.zone);

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

  it('finds the zones of a country by its name, and a zone only by the country it is for', () => {
    expect(zonesFor('Japan')).toEqual(['Asia/Tokyo']);
    // tz also lists Asia/Tokyo for an Australian observatory: it is still not an Australian zone.
    expect(zonesFor('Australia')).not.toContain('Asia/Tokyo');
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

describe('ranking the matches', () => {
  const tiersFor = (query: string, countryCode?: string, catalogue = winter) =>
    matchesFor(query, countryCode, catalogue).map((match) => match.tier);
  /** The tiers in the order they appear, each once: they never interleave. */
  const tierSequence = (tiers: string[]) => tiers.filter((tier, index) => tiers[index - 1] !== tier);

  it('puts New York first for "EST", all year, before the zones that only contain "est" (Manchester)', () => {
    for (const catalogue of [winter, summer]) {
      const zones = zonesFor('EST', undefined, catalogue);
      expect(zones[0]).toBe('America/New_York');
      // London is still found (its cities include Manchester), but after every zone on EST.
      const london = zones.indexOf('Europe/London');
      expect(london).toBeGreaterThan(zones.indexOf('America/Toronto'));
      expect(london).toBeGreaterThan(zones.indexOf('America/Panama'));
      expect(matchesFor('EST', undefined, catalogue)[london]?.tier).toBe('other');
    }
    // The zones on EST all year (Panama) and those on EST in winter (Toronto) are named by it.
    const called = matchesFor('EST').filter((match) => match.tier === 'called');
    expect(called.map((match) => match.entry.zone)).toEqual(
      expect.arrayContaining(['America/Toronto', 'America/Panama', 'America/Detroit']),
    );
    // The main zone of a shared clock before the others keeping the same time.
    const calledZones = called.map((match) => match.entry.zone);
    expect(calledZones.indexOf('America/Toronto')).toBeLessThan(calledZones.indexOf('America/Detroit'));
  });

  it('puts India first for "IST", then Ireland and Israel, before Istanbul and Tajikistan', () => {
    const zones = zonesFor('IST');
    expect(zones.slice(0, 3)).toEqual(['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem']);
    expect(zones.indexOf('Europe/Istanbul')).toBeGreaterThan(2);
    expect(zones.indexOf('Asia/Dushanbe')).toBeGreaterThan(2);
    expect(zonesFor('ist', undefined, summer)[0]).toBe('Asia/Kolkata');
  });

  it('puts the clock people mean first for other shared abbreviations', () => {
    expect(zonesFor('CST').slice(0, 2)).toEqual(['America/Chicago', 'Asia/Shanghai']);
    expect(zonesFor('PST')[0]).toBe('America/Los_Angeles');
    expect(zonesFor('PST', undefined, summer)[0]).toBe('America/Los_Angeles');
    expect(zonesFor('BST', undefined, summer)[0]).toBe('Europe/London');
    expect(zonesFor('CET').slice(0, 2)).toEqual(['Europe/Berlin', 'Europe/Paris']);
    expect(zonesFor('JST')).toEqual(['Asia/Tokyo']);
  });

  it('finds a city by a former name, and says which zone it is in now', () => {
    const [bombay, ...rest] = matchesFor('Bombay');
    expect(rest).toEqual([]);
    expect(bombay?.entry.zone).toBe('Asia/Kolkata');
    expect(bombay?.formerName).toEqual({ formerName: 'Bombay', currentName: 'Mumbai', zone: 'Asia/Kolkata' });
    expect(zonesFor('Madras')).toEqual(['Asia/Kolkata']);
    expect(zonesFor('Peking')).toEqual(['Asia/Shanghai']);
    expect(zonesFor('Canton')).toContain('Asia/Shanghai');
    expect(zonesFor('Saigon')).toEqual(['Asia/Ho_Chi_Minh']);
    expect(zonesFor('Rangoon')).toEqual(['Asia/Yangon']);
    expect(matchesFor('kiev')[0]?.formerName?.currentName).toBe('Kyiv');
    // The start of a former name is enough.
    expect(matchesFor('Bomb')[0]?.formerName?.formerName).toBe('Bombay');
  });

  it('does not mention a former name when the query matches a current one', () => {
    const kolkata = matchesFor('Kolkata').find((match) => match.entry.zone === 'Asia/Kolkata');
    expect(kolkata?.formerName).toBeUndefined();
    expect(matchesFor('Mumbai')[0]?.formerName).toBeUndefined();
  });

  it('names a zone by the one country it is for: Tokyo is in Japan, not in Australia', () => {
    const tokyo = winter.find((entry) => entry.zone === 'Asia/Tokyo');
    expect(tokyo?.countryCode).toBe('JP');
    expect(tokyo?.countryName).toBe('Japan');
    expect(zonesFor('Tokyo', 'AU')).toEqual(['Asia/Tokyo']);
    expect(tiersFor('Tokyo', 'AU')).toEqual(['other']);
  });

  it('lists the zones at an offset now first for every way of writing it, the site’s country first', () => {
    for (const query of ['UTC+05:45', '+5:45', 'gmt+0545']) {
      expect(zonesFor(query), query).toEqual(['Asia/Kathmandu']);
      expect(tiersFor(query), query).toEqual(['called']);
    }
    const minusThree = zonesFor('GMT-3');
    expect(minusThree).toEqual(
      expect.arrayContaining(['America/Sao_Paulo', 'America/Argentina/Buenos_Aires']),
    );
    expect(minusThree).not.toContain('America/New_York');
    const fromBrazil = zonesFor('GMT-3', 'BR');
    expect(fromBrazil[0]).toBe('America/Sao_Paulo');
    const firstForeign = fromBrazil.findIndex((zone) => !timeZonesOfCountry('BR').includes(zone));
    expect(fromBrazil.slice(firstForeign).some((zone) => timeZonesOfCountry('BR').includes(zone))).toBe(
      false,
    );
  });

  it("lists exact abbreviation matches first, then the site's country's, then the rest", () => {
    // A Turkish site: "IST" names India's, Ireland's and Israel's clocks first, then Istanbul (in
    // Turkey, found by its name), then the other names containing "ist" (Dushanbe, Tajikistan).
    const matches = matchesFor('IST', 'TR');
    expect(tierSequence(matches.map((match) => match.tier))).toEqual(['called', 'country', 'other']);
    expect(matches.find((match) => match.tier === 'country')?.entry.zone).toBe('Europe/Istanbul');
    expect(matches[0]?.entry.zone).toBe('Asia/Kolkata');
  });

  it("lists the site's country's zones first among those an abbreviation names", () => {
    const canadian = zonesFor('EST', 'CA');
    const canadianZones = timeZonesOfCountry('CA');
    const firstForeign = canadian.findIndex((zone) => !canadianZones.includes(zone));
    expect(canadian.slice(0, firstForeign)).toEqual(expect.arrayContaining(['America/Toronto']));
    expect(canadian[firstForeign]).toBe('America/New_York');
    expect(zonesFor('IST', 'IL')[0]).toBe('Asia/Jerusalem');
  });

  it('keeps one order: after the clocks people mean, main zones before the others, each by name', () => {
    const called = matchesFor('EST').filter((match) => match.tier === 'called');
    expect(called[0]?.entry.zone).toBe('America/New_York');
    const rest = called.slice(1);
    const principal = rest.filter((match) => match.entry.principal).map((match) => match.entry.zone);
    const others = rest.filter((match) => !match.entry.principal).map((match) => match.entry.zone);
    expect(rest.map((match) => match.entry.zone)).toEqual([...principal, ...others]);
    expect(principal).toEqual([...principal].sort((a, b) => a.localeCompare(b)));
    expect(others).toEqual([...others].sort((a, b) => a.localeCompare(b)));
    expect(zonesFor('EST')).toEqual(zonesFor('EST'));
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

describe('telling a query that could be an abbreviation', () => {
  it.each(['EST', 'ist', ' aest ', 'ChST', 'Tokyo'])('%j could be one', (query) => {
    expect(mayBeAbbreviation(query)).toBe(true);
  });

  it.each(['E', 'GMT+9', 'new york', 'Atlantis', 'Asia/Tokyo', ''])('%j could not', (query) => {
    expect(mayBeAbbreviation(query)).toBe(false);
  });
});
