import locationZoneNames from '@vvo/tzdb/time-zones-names.json';
import {
  aliasesOfTimeZone,
  canonicalTimeZone,
  countriesOfTimeZone,
  isCanonicalTimeZone,
  isKnownTimeZone,
  listTimeZones,
  timeZonesOfCountry,
} from './time-zones';

describe('canonicalTimeZone', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Godthab', 'America/Nuuk'],
    ['Pacific/Enderbury', 'Pacific/Kanton'],
    ['US/Eastern', 'America/New_York'],
    ['UTC', 'Etc/UTC'],
  ])('turns the old name %s into the current %s', (old, current) => {
    expect(canonicalTimeZone(old)).toBe(current);
  });

  it.each(['Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe', 'Antarctica/Troll', 'Etc/GMT+5'])(
    'keeps the current name %s',
    (zone) => {
      expect(canonicalTimeZone(zone)).toBe(zone);
      expect(isCanonicalTimeZone(zone)).toBe(true);
    },
  );

  it('keeps the location names of countries whose clocks merged with a neighbour since 1970', () => {
    // The tz database links these to Europe/Berlin and Africa/Abidjan; people expect their own.
    expect(canonicalTimeZone('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(canonicalTimeZone('Atlantic/Reykjavik')).toBe('Atlantic/Reykjavik');
    expect(canonicalTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
  });

  it('sends an old name of such a place to its location name, not to the zone it links to', () => {
    expect(canonicalTimeZone('Iceland')).toBe('Atlantic/Reykjavik');
    expect(canonicalTimeZone('Pacific/Truk')).toBe('Pacific/Chuuk');
    expect(canonicalTimeZone('Africa/Asmera')).toBe('Africa/Asmara');
  });

  it('ignores case and surrounding spaces', () => {
    expect(canonicalTimeZone(' asia/calcutta ')).toBe('Asia/Kolkata');
  });

  it.each(['Asia/Atlantis', 'Factory', '', 'GMT+5', 'Europe'])('knows %j is not a time zone', (name) => {
    expect(canonicalTimeZone(name)).toBeUndefined();
    expect(isKnownTimeZone(name)).toBe(false);
  });
});

describe('listTimeZones', () => {
  const zones = listTimeZones();

  it('lists current names only, sorted', () => {
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
    expect(zones).toEqual(
      expect.arrayContaining(['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Kyiv', 'America/Nuuk']),
    );
    expect(zones).not.toEqual(expect.arrayContaining(['Asia/Calcutta']));
    expect(zones.every((zone) => canonicalTimeZone(zone) === zone)).toBe(true);
  });

  it('accepts every name the runtime knows (Intl lists old CLDR names such as Asia/Calcutta)', () => {
    const unknown = Intl.supportedValuesOf('timeZone').filter((zone) => !isKnownTimeZone(zone));
    expect(unknown).toEqual([]);
  });

  it('lists only zones the runtime can compute with', () => {
    const unusable = zones.filter((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return false;
      } catch {
        return true;
      }
    });
    expect(unusable).toEqual([]);
  });

  it('agrees with both data packages: every location name is a tz database name', () => {
    // Guards an upgrade of one package without the other.
    expect(locationZoneNames.filter((zone) => !isKnownTimeZone(zone))).toEqual([]);
    expect(locationZoneNames.every((zone) => isCanonicalTimeZone(zone))).toBe(true);
  });
});

describe('timeZonesOfCountry', () => {
  it.each([
    ['JP', ['Asia/Tokyo']],
    ['GB', ['Europe/London']],
    ['IN', ['Asia/Kolkata']],
    ['NP', ['Asia/Kathmandu']],
    ['SE', ['Europe/Stockholm']],
    ['NZ', ['Pacific/Auckland', 'Pacific/Chatham']],
    ['WS', ['Pacific/Apia']],
  ])('%s: %j', (country, zones) => {
    expect(timeZonesOfCountry(country)).toEqual(zones);
  });

  it('lists every zone of a country that has several, sorted by name', () => {
    const australia = timeZonesOfCountry('AU');
    expect(australia).toEqual(
      expect.arrayContaining(['Australia/Sydney', 'Australia/Perth', 'Australia/Lord_Howe']),
    );
    expect(australia).toEqual([...australia].sort((a, b) => a.localeCompare(b)));
    expect(timeZonesOfCountry('US')).toEqual(
      expect.arrayContaining(['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu']),
    );
    expect(timeZonesOfCountry('BR')).toContain('America/Sao_Paulo');
  });

  it("leaves out another country's zone that only a corner of the country keeps", () => {
    // tz lists Asia/Tokyo for an Australian observatory and Asia/Bangkok for north Vietnam.
    expect(timeZonesOfCountry('AU')).not.toContain('Asia/Tokyo');
    expect(timeZonesOfCountry('VN')).toEqual(['Asia/Ho_Chi_Minh']);
    expect(timeZonesOfCountry('TF')).toEqual(['Indian/Kerguelen']);
  });

  it('ignores the case of the code, and answers nothing for an unknown one', () => {
    expect(timeZonesOfCountry('jp')).toEqual(['Asia/Tokyo']);
    expect(timeZonesOfCountry('XX')).toEqual([]);
  });
});

describe('countriesOfTimeZone', () => {
  it('names the one country a zone is for, old names included', () => {
    expect(countriesOfTimeZone('Asia/Tokyo')).toEqual(['JP']);
    expect(countriesOfTimeZone('Asia/Bangkok')).toEqual(['TH']);
    expect(countriesOfTimeZone('Asia/Dubai')).toEqual(['AE']);
    expect(countriesOfTimeZone('Asia/Singapore')).toEqual(['SG']);
    expect(countriesOfTimeZone('Asia/Saigon')).toEqual(['VN']);
    expect(countriesOfTimeZone('Asia/Calcutta')).toEqual(['IN']);
    expect(countriesOfTimeZone('Europe/Stockholm')).toEqual(['SE']);
    expect(countriesOfTimeZone('Europe/Berlin')).toEqual(['DE']);
    expect(countriesOfTimeZone('Etc/UTC')).toEqual([]);
    expect(countriesOfTimeZone('Asia/Atlantis')).toEqual([]);
  });

  it('gives every zone at most one country, and one to every zone of a place', () => {
    for (const zone of listTimeZones()) {
      expect(countriesOfTimeZone(zone).length, zone).toBe(zone.startsWith('Etc/') ? 0 : 1);
    }
  });

  it('is the inverse of timeZonesOfCountry', () => {
    for (const zone of listTimeZones()) {
      for (const country of countriesOfTimeZone(zone)) expect(timeZonesOfCountry(country)).toContain(zone);
    }
  });
});

describe('aliasesOfTimeZone', () => {
  it('lists the old names of a zone, for search', () => {
    expect(aliasesOfTimeZone('Asia/Kolkata')).toEqual(['Asia/Calcutta']);
    expect(aliasesOfTimeZone('Europe/Kyiv')).toEqual(expect.arrayContaining(['Europe/Kiev']));
    expect(aliasesOfTimeZone('Asia/Calcutta')).toEqual([]);
  });
});
