import { DateTime } from 'luxon';
import type { Site, SiteSort } from '@/contract/sites';
import { countryName } from '@/domain/places';
import { ScheduleEngine, type UpgradeFreeze } from '@/domain/upgrade-schedule';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import { createSeedData } from './seed';
import { countSitesByCountry, siteSearch, sortSites, type SiteQueryContext } from './site-query';

const seed = createSeedData();
const SUNDAY_0100: SiteQueryContext['maintenanceWindow'] = { day: 'SUNDAY', start: '01:00', end: '03:00' };

/** A Wednesday in November: New Zealand, Chile and Australia on summer time, the north on winter time. */
const WEDNESDAY = DateTime.fromISO('2026-11-18T09:00:00Z', { zone: 'utc' });
const at = (
  now: DateTime,
  maintenanceWindow = SUNDAY_0100,
  freezes: readonly UpgradeFreeze[] = [],
): SiteQueryContext => ({ now, maintenanceWindow, freezes });

const ids = (sites: readonly Site[]) => sites.map((site) => site.id);
const sorted = (sort: SiteSort, context: SiteQueryContext, sites: readonly Site[] = seed.sites) =>
  sortSites(sites, sort, context);

// An engine of the test's own: what the list is sorted by is checked against a fresh computation,
// in the site's own window (Frankfurt Data Center: Tuesday 02:00 - 04:00) or the account's.
const engine = new ScheduleEngine();
const upgradeStart = (site: Site, now: DateTime, freezes: readonly UpgradeFreeze[] = []) => {
  const { day, start, end } = site.upgradeWindow ?? SUNDAY_0100;
  return engine.nextUpgradeWindow({ day: weekdayNumberFromApi(day), start, end }, site.timezone, now, {
    freezes,
  }).startMillis;
};
const offsetNow = (site: Site, now: DateTime) => now.setZone(site.timezone).offset;

const marsBase: Site = { ...seed.sites[0]!, id: 'site-mars', name: 'Mars Base', timezone: 'Mars/Olympus' };
const aardvark: Site = { ...seed.sites[0]!, id: 'site-aardvark', name: 'Aardvark Lab', timezone: '' };

describe('sorting by next upgrade', () => {
  it('orders sites by when their next window opens, east to west in a week without notice trouble', () => {
    const order = sorted('nextUpgrade', at(WEDNESDAY));
    const starts = order.map((site) => upgradeStart(site, WEDNESDAY));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Sunday 22 November, 01:00 local: Kiritimati (+14) first, then the Chathams (+13:45), then
    // Apia and Auckland (both +13, by name); Honolulu (-10) and Pago Pago (-11) last on Sunday,
    // then Frankfurt, in its own window on Tuesday 24 November.
    expect(ids(order).slice(0, 4)).toEqual(['site-kiritimati', 'site-chatham', 'site-apia', 'site-auckland']);
    expect(ids(order).slice(-3)).toEqual(['site-honolulu', 'site-pago-pago', 'site-frankfurt']);
  });

  it('follows the 48-hour notice: a release on Friday 12:00 UTC leaves only Pago Pago in that Sunday', () => {
    // Cut-off Sunday 22 November 12:00 UTC: Pago Pago opens exactly then (01:00 at -11), so it
    // still upgrades that week; Frankfurt follows in its own window on Tuesday 24 November (01:00
    // UTC); every other site waits for Sunday 29 November.
    const friday = DateTime.fromISO('2026-11-20T12:00:00Z', { zone: 'utc' });
    const order = sorted('nextUpgrade', at(friday));
    expect(order[0]?.id).toBe('site-pago-pago');
    expect(upgradeStart(order[0]!, friday)).toBe(Date.parse('2026-11-22T12:00:00Z'));
    expect(order[1]?.id).toBe('site-frankfurt');
    expect(upgradeStart(order[1]!, friday)).toBe(Date.parse('2026-11-24T01:00:00Z'));
    expect(order[2]?.id).toBe('site-kiritimati');
    expect(upgradeStart(order[2]!, friday)).toBe(Date.parse('2026-11-28T11:00:00Z'));
  });

  it('keeps to the freezes: with 21-23 November frozen, Frankfurt upgrades first, the others a week later', () => {
    const freezes = [{ name: 'Black Friday', startDate: '2026-11-21', endDate: '2026-11-23' }];
    const order = sorted('nextUpgrade', at(WEDNESDAY, SUNDAY_0100, freezes));
    expect(order[0]?.id).toBe('site-frankfurt');
    expect(upgradeStart(order[0]!, WEDNESDAY, freezes)).toBe(Date.parse('2026-11-24T01:00:00Z'));
    expect(order[1]?.id).toBe('site-kiritimati');
    expect(upgradeStart(order[1]!, WEDNESDAY, freezes)).toBe(Date.parse('2026-11-28T11:00:00Z'));
    const starts = order.map((site) => upgradeStart(site, WEDNESDAY, freezes));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('turns round with "-", while sites without an upgrade time stay last either way', () => {
    const sites = [...seed.sites, marsBase, aardvark];
    const ascending = ids(sorted('nextUpgrade', at(WEDNESDAY), sites));
    const descending = ids(sorted('-nextUpgrade', at(WEDNESDAY), sites));
    expect(ascending.slice(-2)).toEqual(['site-aardvark', 'site-mars']);
    expect(descending.slice(-2)).toEqual(['site-aardvark', 'site-mars']);
    expect(descending[0]).toBe('site-frankfurt');
    expect(descending.slice(0, -2)).toEqual(ascending.slice(0, -2).reverse().sort(byUpgradeThenName));

    function byUpgradeThenName(a: string, b: string): number {
      const site = (id: string) => sites.find((candidate) => candidate.id === id)!;
      return (
        upgradeStart(site(b), WEDNESDAY) - upgradeStart(site(a), WEDNESDAY) ||
        site(a).name.localeCompare(site(b).name)
      );
    }
  });

  it('puts the sites on an account window with no length last, by name; a site with its own window keeps its time', () => {
    const order = ids(sorted('nextUpgrade', at(WEDNESDAY, { ...SUNDAY_0100, end: '01:00' })));
    expect(order[0]).toBe('site-frankfurt');
    expect(order.slice(1)).toEqual(
      ids(sorted('name', at(WEDNESDAY))).filter((id) => id !== 'site-frankfurt'),
    );
  });
});

describe('sorting by UTC offset', () => {
  it('orders sites west to east by their offset now, ties by name', () => {
    const order = sorted('utcOffset', at(WEDNESDAY));
    const offsets = order.map((site) => offsetNow(site, WEDNESDAY));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(order[0]?.id).toBe('site-pago-pago');
    expect(order.at(-1)?.id).toBe('site-kiritimati');
    for (let index = 1; index < order.length; index++) {
      const [before, after] = [order[index - 1]!, order[index]!];
      if (offsetNow(before, WEDNESDAY) === offsetNow(after, WEDNESDAY)) {
        expect(before.name.localeCompare(after.name), `${before.name} before ${after.name}`).toBeLessThan(0);
      }
    }
  });

  it('reads the offset at the moment asked: Santiago is at -03:00 in November, -04:00 in July', () => {
    const july = DateTime.fromISO('2026-07-15T12:00:00Z', { zone: 'utc' });
    const santiagoAndSaoPaulo = seed.sites.filter((site) =>
      ['site-santiago', 'site-sao-paulo'].includes(site.id),
    );
    expect(ids(sorted('utcOffset', at(WEDNESDAY), santiagoAndSaoPaulo))).toEqual([
      'site-santiago', // both -03:00: by name
      'site-sao-paulo',
    ]);
    expect(ids(sorted('-utcOffset', at(july), santiagoAndSaoPaulo))).toEqual([
      'site-sao-paulo', // -03:00
      'site-santiago', // -04:00
    ]);
  });

  it('puts zones it does not recognise last, either way', () => {
    const sites = [marsBase, ...seed.sites];
    expect(sorted('utcOffset', at(WEDNESDAY), sites).at(-1)?.id).toBe('site-mars');
    expect(sorted('-utcOffset', at(WEDNESDAY), sites).at(-1)?.id).toBe('site-mars');
    expect(sorted('-utcOffset', at(WEDNESDAY), sites)[0]?.id).toBe('site-kiritimati');
  });
});

describe('searching by UTC offset', () => {
  const find = (search: string, now = WEDNESDAY) => ids(seed.sites.filter(siteSearch(search, now))).sort();

  it.each(['UTC+05:45', '+5:45', 'GMT+5:45', '+0545', ' utc+05:45 '])('%j finds Kathmandu', (search) => {
    expect(find(search)).toEqual(['site-kathmandu']);
  });

  it.each(['GMT-3', '-03:00', 'UTC−03:00', '-3'])(
    '%j finds the sites at -03:00 now: São Paulo, and Santiago on its summer time',
    (search) => {
      expect(find(search)).toEqual(['site-santiago', 'site-sao-paulo']);
      expect(find(search, DateTime.fromISO('2026-07-15T12:00:00Z', { zone: 'utc' }))).toEqual([
        'site-sao-paulo',
      ]);
    },
  );

  it('finds +14:00 and -11:00, the ends of the clock', () => {
    expect(find('+14:00')).toEqual(['site-kiritimati']);
    expect(find('UTC-11')).toEqual(['site-pago-pago']);
  });

  it('still searches text that is not an offset, and finds nothing at an offset no site has', () => {
    expect(find('kathmandu')).toEqual(['site-kathmandu']);
    expect(find('+04:15')).toEqual([]);
    // Not an offset (no sign): a plain text search, as before.
    expect(find('5:45')).toEqual([]);
  });

  it('never matches a zone it does not recognise', () => {
    expect([marsBase, aardvark].filter(siteSearch('+00:00', WEDNESDAY))).toEqual([]);
  });
});

describe('counting sites by country', () => {
  it('lists each country that has sites once, with its count, by English name', () => {
    const counts = countSitesByCountry(seed.sites);
    expect(counts.reduce((sum, { siteCount }) => sum + siteCount, 0)).toBe(seed.sites.length);
    expect(counts).toContainEqual({ countryCode: 'US', siteCount: 4 });
    expect(counts).toContainEqual({ countryCode: 'DE', siteCount: 2 });
    expect(counts).toContainEqual({ countryCode: 'JP', siteCount: 1 });
    expect(counts.map(({ countryCode }) => countryCode).slice(0, 3)).toEqual(['AS', 'AQ', 'AU']);
    const names = counts.map(({ countryCode }) => countryName(countryCode)!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('counts nothing for an account without sites', () => {
    expect(countSitesByCountry([])).toEqual([]);
  });
});
