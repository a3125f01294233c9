import { z } from 'zod';
import { conflictBodySchema, validationErrorBodySchema } from '@/contract/common';
import type { SiteGeneralInput } from '@/contract/site-general-input';
import { siteListSchema, siteSchema, siteSummarySchema } from '@/contract/sites';
import { setScenarios } from '../scenarios';
import { auditEntries, generalOf, get, put } from '../test-client';

const list = async (query = '') => {
  const answer = await get(`/api/sites${query}`);
  expect(answer.status).toBe(200);
  return siteListSchema.parse(answer.body);
};
const ids = async (query: string) => (await list(query)).items.map((site) => site.id);
const site = async (id: string) => siteSchema.parse((await get(`/api/sites/${id}`)).body);
const fieldErrors = (body: unknown) => validationErrorBodySchema.parse(body).errors;

describe('GET /api/sites', () => {
  it('answers the first page of every site, sorted by name, with the total', async () => {
    const sites = await list();
    expect(sites.total).toBe(31);
    expect(sites.items).toHaveLength(31);
    const names = sites.items.map((item) => item.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
  });

  it('finds exactly one site for "Tokyo", in Asia/Tokyo, and one for "London", in Europe/London', async () => {
    const tokyo = await list('?search=Tokyo');
    expect(tokyo.items).toMatchObject([{ id: 'site-tokyo', name: 'Tokyo Office', timezone: 'Asia/Tokyo' }]);
    expect(tokyo.total).toBe(1);
    expect((await list('?search=london')).items).toMatchObject([
      { id: 'site-london', timezone: 'Europe/London' },
    ]);
  });

  it.each([
    ['sao paulo', ['site-sao-paulo']],
    ['SÃO', ['site-sao-paulo']],
    ['germany', ['site-berlin', 'site-frankfurt']],
    ['jp', ['site-tokyo']],
    ['new york', ['site-aws-us-east', 'site-new-york']],
    ['Asia/Kathmandu', ['site-kathmandu']],
    ['ashburn', ['site-aws-us-east']],
    ['no such place', []],
  ])('search %j matches name, city, country code or name, or time zone', async (search, expected) => {
    expect(await ids(`?search=${encodeURIComponent(search)}`)).toEqual(expected);
  });

  it('filters by country and by time zone, an old zone name finding the current one', async () => {
    expect(await ids('?country=DE')).toEqual(['site-berlin', 'site-frankfurt']);
    expect(await ids(`?timezone=${encodeURIComponent('Asia/Calcutta')}`)).toEqual(['site-kolkata']);
    expect(await ids('?country=US&search=office')).toEqual([
      'site-honolulu',
      'site-los-angeles',
      'site-new-york',
    ]);
  });

  it('sorts by name, country name or time zone, either way, ties by name', async () => {
    expect((await ids('?sort=-name')).slice(0, 2)).toEqual(['site-troll', 'site-tokyo']);
    // American Samoa, Antarctica, Australia (Lord Howe Island Station, then Sydney Office).
    expect((await ids('?sort=country')).slice(0, 4)).toEqual([
      'site-pago-pago',
      'site-troll',
      'site-lord-howe',
      'site-sydney',
    ]);
    expect((await ids('?sort=timezone')).slice(0, 2)).toEqual(['site-cairo', 'site-casablanca']);
    expect((await ids('?sort=-timezone')).slice(0, 2)).toEqual(['site-pago-pago', 'site-kiritimati']);
    expect((await ids('?sort=siteType')).slice(0, 1)).toEqual(['site-apia']);
    expect((await ids('?sort=-connectionType')).slice(0, 2)).toEqual(['site-frankfurt', 'site-jerusalem']);
  });

  it('pages: page 2 of 10, and an empty page past the end', async () => {
    const all = await ids('?pageSize=100');
    const second = await list('?page=2&pageSize=10');
    expect(second.items.map((item) => item.id)).toEqual(all.slice(10, 20));
    expect(second.total).toBe(31);
    expect(await list('?page=5&pageSize=10')).toEqual({ items: [], total: 31 });
    expect((await list('?pageSize=10000')).items).toHaveLength(31);
  });

  it('answers summaries only: what the list and the calendar need', async () => {
    const answer = await get('/api/sites?search=Tokyo');
    const { items } = z.object({ items: z.array(z.record(z.string(), z.unknown())) }).parse(answer.body);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(Object.keys(siteSummarySchema.shape).sort());
  });

  it.each([
    ['?sort=city', 'sort'],
    ['?sort=', 'sort'],
    ['?page=0', 'page'],
    ['?page=abc', 'page'],
    ['?page=1.5', 'page'],
    ['?pageSize=0', 'pageSize'],
    ['?pageSize=10001', 'pageSize'],
    ['?country=jp', 'country'],
    ['?country=XX', 'country'],
    ['?timezone=Mars/Olympus_Mons', 'timezone'],
    ['?limit=10', 'limit'],
  ])('answers 400 to %s, naming %s', async (query, field) => {
    const answer = await get(`/api/sites${query}`);
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body).map((error) => error.field)).toEqual([field]);
  });
});

describe('GET /api/sites/:id', () => {
  it("answers the site's General details and version", async () => {
    const answer = await get('/api/sites/site-kolkata');
    expect(answer.status).toBe(200);
    expect(siteSchema.parse(answer.body)).toMatchObject({
      name: 'Kolkata Office',
      countryCode: 'IN',
      stateCode: 'IN-WB',
      timezone: 'Asia/Kolkata',
      version: 2,
    });
    expect(answer.headers.get('ETag')).toBe('"2"');
  });

  it('answers 404 for a site that does not exist', async () => {
    expect((await get('/api/sites/site-atlantis')).status).toBe(404);
  });
});

describe('PUT /api/sites/:id/general', () => {
  const PATH = '/api/sites/site-tokyo/general';

  it('saves, bumps the version, and logs each changed field with before and after', async () => {
    const before = await site('site-tokyo');
    const answer = await put(PATH, { ...generalOf(before), name: 'Tokyo HQ', stateCode: null }, '"2"');
    expect(answer.status).toBe(200);
    const saved = siteSchema.parse(answer.body);
    expect(saved).toMatchObject({ name: 'Tokyo HQ', stateCode: null, version: 3, updatedBy: 'Alex Morgan' });
    expect(await site('site-tokyo')).toEqual(saved);
    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      target: { kind: 'site', siteId: 'site-tokyo', siteName: 'Tokyo HQ' },
      version: 3,
      changes: [
        { field: 'name', before: 'Tokyo Office', after: 'Tokyo HQ' },
        { field: 'stateCode', before: 'JP-13', after: null },
      ],
    });
    expect(await ids('?search=tokyo%20hq')).toEqual(['site-tokyo']);
  });

  it('stores an old zone name as its current name (Asia/Calcutta -> Asia/Kolkata), and trims text', async () => {
    const before = await site('site-tokyo');
    const answer = await put(
      PATH,
      { ...generalOf(before), timezone: 'Asia/Calcutta', cityName: '  Kolkata ' },
      '"2"',
    );
    expect(siteSchema.parse(answer.body)).toMatchObject({ timezone: 'Asia/Kolkata', cityName: 'Kolkata' });
  });

  it("treats an empty state (a form's empty choice) as none", async () => {
    const answer = await put(PATH, { ...generalOf(await site('site-tokyo')), stateCode: '' }, '"2"');
    expect(siteSchema.parse(answer.body).stateCode).toBeNull();
  });

  it('treats an omitted state as none', async () => {
    const { stateCode: _state, ...withoutState } = generalOf(await site('site-tokyo'));
    const answer = await put(PATH, withoutState, '"2"');
    expect(siteSchema.parse(answer.body).stateCode).toBeNull();
  });

  it('lets a site keep its own name in another case', async () => {
    const answer = await put(PATH, { ...generalOf(await site('site-tokyo')), name: 'TOKYO OFFICE' }, '"2"');
    expect(answer.status).toBe(200);
  });

  it.each<[string, Partial<Record<keyof SiteGeneralInput | 'socketVersion', unknown>>, string, RegExp]>([
    ['an empty name', { name: '   ' }, 'name', /Enter a name/],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'name', /at most 100/],
    ["another site's name, in any case", { name: 'london hq' }, 'name', /already named "London HQ"/],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'description', /at most 500/],
    ['a 101-character city', { cityName: 'x'.repeat(101) }, 'cityName', /at most 100/],
    ['a 201-character address', { address: 'x'.repeat(201) }, 'address', /at most 200/],
    ['an unknown site type', { siteType: 'Store' }, 'siteType', /Branch, Headquarters/],
    ['an unknown Socket model', { connectionType: 'X9000' }, 'connectionType', /X1500/],
    ['a time zone that does not exist', { timezone: 'Asia/Atlantis' }, 'timezone', /IANA/],
    ['a country code that is not ISO', { countryCode: 'XX' }, 'countryCode', /ISO 3166-1/],
    ['a lower-case country code', { countryCode: 'jp' }, 'countryCode', /ISO 3166-1/],
    ['a state of another country', { stateCode: 'US-CA' }, 'stateCode', /US-CA is not a state of Japan/],
    ['a state that does not exist', { stateCode: 'JP-99' }, 'stateCode', /not a state of Japan/],
    ['a field the General page does not edit', { socketVersion: '1.0' }, 'socketVersion', /not a field/],
    ['a number where text belongs', { cityName: 42 }, 'cityName', /must be text/],
    ['a missing time zone', { timezone: undefined }, 'timezone', /time zone is required/],
  ])('answers 400 to %s', async (_case, change, field, message) => {
    const body = { ...generalOf(await site('site-tokyo')), ...change };
    const answer = await put(PATH, body, '"2"');
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toContainEqual({ field, message: expect.stringMatching(message) });
    expect((await site('site-tokyo')).version).toBe(2);
  });

  it('answers 403 to a viewer', async () => {
    setScenarios(['viewer']);
    expect((await put(PATH, generalOf(await site('site-tokyo')), '"2"')).status).toBe(403);
  });

  it('answers 404 for a site that does not exist', async () => {
    const body = generalOf(await site('site-tokyo'));
    expect((await put('/api/sites/site-atlantis/general', body, '"1"')).status).toBe(404);
  });

  it('answers 428 without If-Match', async () => {
    expect((await put(PATH, generalOf(await site('site-tokyo')))).status).toBe(428);
  });

  it('answers 409 with the full current site when If-Match is stale', async () => {
    const current = await site('site-tokyo');
    const answer = await put(PATH, { ...generalOf(current), name: 'Tokyo HQ' }, '"1"');
    expect(answer.status).toBe(409);
    expect(conflictBodySchema(siteSchema).parse(answer.body).current).toEqual(current);
  });
});
