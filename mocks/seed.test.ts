import { DateTime } from 'luxon';
import { siteGeneralInputSchema } from '@/contract/site-general-input';
import { siteSchema } from '@/contract/sites';
import { isCanonicalTimeZone } from '@/domain/places';
import { isFreezeOver } from '@/domain/upgrade-freeze-rules';
import { createLargeAccount, LARGE_ACCOUNT_SITES, VERY_LARGE_ACCOUNT_SITES } from './large-account';
import { mockDataSchema } from './mock-data';
import { createSeedData } from './seed';
import { generalOf } from './test-client';

describe('the seed', () => {
  const seed = createSeedData();

  it('matches the contract', () => {
    expect(() => mockDataSchema.parse(seed)).not.toThrow();
  });

  it('is valid as the backend itself validates sites: real zones, countries, states of those countries', () => {
    for (const site of seed.sites) {
      const result = siteGeneralInputSchema.safeParse(generalOf(site));
      expect(result.error?.issues ?? [], site.id).toEqual([]);
      expect(isCanonicalTimeZone(site.timezone), site.timezone).toBe(true);
    }
  });

  it('has unique names (case-insensitive) and stable ids', () => {
    const names = seed.sites.map((site) => site.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(seed.sites.map((site) => site.id)).toEqual(expect.arrayContaining(['site-tokyo', 'site-london']));
  });

  it('has one site in Asia/Tokyo and one in Europe/London', () => {
    expect(seed.sites.filter((site) => site.timezone === 'Asia/Tokyo').map((site) => site.id)).toEqual([
      'site-tokyo',
    ]);
    expect(seed.sites.filter((site) => site.timezone === 'Europe/London').map((site) => site.id)).toEqual([
      'site-london',
    ]);
  });

  it('covers clocks that behave differently', () => {
    const zones = new Set(seed.sites.map((site) => site.timezone));
    for (const zone of [
      'Asia/Kolkata', // +05:30
      'Asia/Kathmandu', // +05:45
      'Pacific/Chatham', // +12:45
      'Pacific/Kiritimati', // +14:00
      'Pacific/Pago_Pago', // -11:00
      'America/St_Johns', // -03:30
      'Australia/Lord_Howe', // 30-minute change
      'Antarctica/Troll', // 2-hour change
      'America/Santiago', // change at midnight
      'Pacific/Apia', // skipped a day
    ]) {
      expect(zones).toContain(zone);
    }
  });

  it('has HA and single-Socket sites, and every Socket model', () => {
    expect(new Set(seed.sites.map((site) => site.haMode))).toEqual(new Set(['ha', 'single']));
    expect(new Set(seed.sites.map((site) => site.connectionType)).size).toBe(8);
  });

  it('has the reference window, Sunday 01:00 - 03:00', () => {
    expect(seed.maintenanceWindow).toMatchObject({ day: 'SUNDAY', start: '01:00', end: '03:00' });
  });

  it('gives Frankfurt Data Center its own window, Tuesday 02:00 - 04:00, and leaves Tokyo on the account window', () => {
    const withOwnWindow = seed.sites.filter((site) => site.upgradeWindow !== null);
    expect(withOwnWindow.map((site) => [site.id, site.siteType, site.upgradeWindow])).toEqual([
      ['site-frankfurt', 'Data Center', { day: 'TUESDAY', start: '02:00', end: '04:00' }],
    ]);
  });

  it('has audit entries of every kind, newest first, numbered in the order they happened', () => {
    const log = createSeedData(new Date('2026-12-01T04:00:00Z')).auditLog;
    expect(new Set(log.map((entry) => entry.target.kind))).toEqual(
      new Set(['maintenance-window', 'site', 'site-window', 'freeze']),
    );
    const times = log.map((entry) => entry.occurredAt);
    expect(times).toEqual(times.toSorted().reverse());
    expect(log.map((entry) => entry.id)).toEqual(log.map((_, index) => `audit-${log.length - index}`));
  });

  it.each([
    // The clock, the coming (or current) year-end freeze, the one before it.
    ['2026-12-01T04:00:00Z', ['2026-12-18', '2027-01-04'], '2025-12-18'],
    ['2026-12-25T12:00:00Z', ['2026-12-18', '2027-01-04'], '2025-12-18'],
    // 4 January is still under way at UTC-12 until noon UTC on the 5th.
    ['2027-01-05T11:00:00Z', ['2026-12-18', '2027-01-04'], '2025-12-18'],
    ['2027-01-05T13:00:00Z', ['2027-12-18', '2028-01-04'], '2026-12-18'],
    ['2027-06-30T00:00:00Z', ['2027-12-18', '2028-01-04'], '2026-12-18'],
  ])('at %s, dates the year-end freeze %j and keeps the one before, over', (clock, [start, end], before) => {
    const now = new Date(clock);
    const data = createSeedData(now);
    const [previous, coming] = data.upgradeFreezes;
    expect([coming?.startDate, coming?.endDate]).toEqual([start, end]);
    expect(previous?.startDate).toBe(before);
    expect(isFreezeOver(coming ?? { endDate: '' }, DateTime.fromJSDate(now))).toBe(false);
    expect(isFreezeOver(previous ?? { endDate: '' }, DateTime.fromJSDate(now))).toBe(true);
    // Nothing in the log happened after the clock.
    expect(
      data.auditLog
        .filter((entry) => entry.target.kind === 'freeze')
        .every((entry) => Date.parse(entry.occurredAt) < now.getTime()),
    ).toBe(true);
  });

  it('gives a fresh copy each time', () => {
    const other = createSeedData();
    other.sites.pop();
    expect(createSeedData().sites).toHaveLength(seed.sites.length);
  });
});

describe('the large account', () => {
  const large = createLargeAccount(createSeedData());

  it('has 5,000 valid sites with unique ids and names', () => {
    expect(large.sites).toHaveLength(LARGE_ACCOUNT_SITES);
    expect(new Set(large.sites.map((site) => site.id)).size).toBe(LARGE_ACCOUNT_SITES);
    expect(new Set(large.sites.map((site) => site.name.toLowerCase())).size).toBe(LARGE_ACCOUNT_SITES);
    for (const site of large.sites) {
      expect(siteSchema.safeParse(site).success).toBe(true);
      expect(siteGeneralInputSchema.safeParse(generalOf(site)).success, site.id).toBe(true);
    }
  });

  it('is generated the same way every time', () => {
    expect(createLargeAccount(createSeedData())).toEqual(large);
  });
});

describe('the very large account', () => {
  it("has 20,000 sites with unique ids and names, the large account's first", () => {
    const veryLarge = createLargeAccount(createSeedData(), VERY_LARGE_ACCOUNT_SITES);
    expect(veryLarge.sites).toHaveLength(VERY_LARGE_ACCOUNT_SITES);
    expect(new Set(veryLarge.sites.map((site) => site.id)).size).toBe(VERY_LARGE_ACCOUNT_SITES);
    expect(new Set(veryLarge.sites.map((site) => site.name.toLowerCase())).size).toBe(
      VERY_LARGE_ACCOUNT_SITES,
    );
    expect(veryLarge.sites.slice(0, LARGE_ACCOUNT_SITES)).toEqual(createLargeAccount(createSeedData()).sites);
  });
});
