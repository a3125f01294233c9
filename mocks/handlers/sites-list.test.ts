import { siteCountriesSchema, siteListSchema, SITE_SORTS } from '@/contract/sites';
import { validationErrorBodySchema } from '@/contract/common';
import { get } from '../test-client';

/* GET /api/sites sorted by next upgrade and by UTC offset, searched by offset; GET /api/site-countries. */

const ids = async (query: string) => {
  const answer = await get(`/api/sites${query}`);
  expect(answer.status).toBe(200);
  return siteListSchema.parse(answer.body).items.map((site) => site.id);
};

describe('GET /api/sites, answered at the server clock', () => {
  beforeEach(() => {
    // Only the clock: MSW's timers keep running. Wednesday 18 November 2026, 09:00:30 UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-18T09:00:30Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('sorts by the next upgrade if a version were released now, and pages that order', async () => {
    const all = await ids('?sort=nextUpgrade');
    expect(all.slice(0, 3)).toEqual(['site-kiritimati', 'site-chatham', 'site-apia']);
    // Frankfurt Data Center has its own window, Tuesday 02:00 - 04:00: after every Sunday one.
    expect(all.slice(-2)).toEqual(['site-pago-pago', 'site-frankfurt']);
    expect(await ids('?sort=nextUpgrade&page=2&pageSize=10')).toEqual(all.slice(10, 20));
    expect((await ids('?sort=-nextUpgrade'))[0]).toBe('site-frankfurt');
  });

  it('sorts by UTC offset now, west to east, or east to west with "-"', async () => {
    const all = await ids('?sort=utcOffset');
    expect([all[0], all.at(-1)]).toEqual(['site-pago-pago', 'site-kiritimati']);
    expect((await ids('?sort=-utcOffset'))[0]).toBe('site-kiritimati');
  });

  it('finds sites by their offset now, however it is written', async () => {
    expect(await ids(`?search=${encodeURIComponent('+5:45')}`)).toEqual(['site-kathmandu']);
    expect(await ids(`?search=${encodeURIComponent('UTC+05:45')}`)).toEqual(['site-kathmandu']);
    expect(await ids(`?search=${encodeURIComponent('GMT-3')}&sort=name`)).toEqual([
      'site-santiago',
      'site-sao-paulo',
    ]);
    expect(await ids(`?search=${encodeURIComponent('-03:00')}&country=BR`)).toEqual(['site-sao-paulo']);
  });

  it.each(['nextupgrade', 'next-upgrade', '--name', 'offset'])(
    'answers 400 to sort=%s, naming the keys it takes',
    async (sort) => {
      const answer = await get(`/api/sites?sort=${sort}`);
      expect(answer.status).toBe(400);
      const [error] = validationErrorBodySchema.parse(answer.body).errors;
      expect(error?.field).toBe('sort');
      expect(error?.message).toMatch(/nextUpgrade/);
      expect(error?.message).toMatch(/utcOffset/);
      expect(error?.message).toMatch(/"-" for descending/);
    },
  );

  it('takes every sort key the contract lists', async () => {
    for (const sort of SITE_SORTS) expect(await ids(`?sort=${sort}`), sort).toHaveLength(31);
  });
});

describe('GET /api/site-countries', () => {
  it('lists the countries that have sites, with how many each', async () => {
    const answer = await get('/api/site-countries');
    expect(answer.status).toBe(200);
    const { items } = siteCountriesSchema.parse(answer.body);
    expect(items).toContainEqual({ countryCode: 'DE', siteCount: 2 });
    expect(items).toContainEqual({ countryCode: 'US', siteCount: 4 });
    expect(items.reduce((sum, country) => sum + country.siteCount, 0)).toBe(31);
    expect(items.some((country) => country.countryCode === 'FR')).toBe(false);
  });

  it('answers 400 to a parameter it does not take', async () => {
    const answer = await get('/api/site-countries?search=tokyo');
    expect(answer.status).toBe(400);
    expect(validationErrorBodySchema.parse(answer.body).errors.map((error) => error.field)).toEqual([
      'search',
    ]);
  });
});
