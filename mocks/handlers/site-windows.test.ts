import { conflictBodySchema, validationErrorBodySchema } from '@/contract/common';
import { bulkSiteWindowAnswerSchema } from '@/contract/site-window';
import { siteListSchema, siteSchema } from '@/contract/sites';
import { connectStorage, resetMockDatabase } from '../db';
import { setScenarios } from '../scenarios';
import { auditEntries, createMemoryStorage, get, post, put } from '../test-client';

const site = async (id: string) => siteSchema.parse((await get(`/api/sites/${id}`)).body);
const listIds = async (query: string) =>
  siteListSchema.parse((await get(`/api/sites${query}`)).body).items.map((item) => item.id);
const fieldErrors = (body: unknown) => validationErrorBodySchema.parse(body).errors;

const TOKYO = '/api/sites/site-tokyo/upgrade-window';
const WEDNESDAY = { day: 'WEDNESDAY', start: '03:00', end: '05:00' } as const;
const TUESDAY = { day: 'TUESDAY', start: '02:00', end: '04:00' } as const;

describe('the upgrade window of a site in the site answers', () => {
  it('is null for a site that follows the account window, and its own for Frankfurt', async () => {
    expect((await site('site-tokyo')).upgradeWindow).toBeNull();
    expect(await site('site-frankfurt')).toMatchObject({ upgradeWindow: TUESDAY, version: 2 });
  });

  it('comes with each site of the list, which filters on it', async () => {
    const list = siteListSchema.parse((await get('/api/sites?search=frankfurt')).body);
    expect(list.items).toMatchObject([{ id: 'site-frankfurt', upgradeWindow: TUESDAY }]);
    expect(await listIds('?ownWindow=true')).toEqual(['site-frankfurt']);
    const following = siteListSchema.parse((await get('/api/sites?ownWindow=false&pageSize=100')).body);
    expect(following.total).toBe(30);
    expect(following.items.every((item) => item.upgradeWindow === null)).toBe(true);
  });

  it("carries each site's version, so a bulk save from the list can send what the list showed", async () => {
    const list = siteListSchema.parse((await get('/api/sites?search=tokyo')).body);
    expect(list.items).toMatchObject([{ id: 'site-tokyo', version: 2 }]);
    await put(TOKYO, { upgradeWindow: WEDNESDAY }, '"2"');
    const after = siteListSchema.parse((await get('/api/sites?search=tokyo')).body);
    expect(after.items).toMatchObject([{ id: 'site-tokyo', version: 3, upgradeWindow: WEDNESDAY }]);
  });

  it.each(['?ownWindow=yes', '?ownWindow=', '?ownWindow=TRUE'])('answers 400 to %s', async (query) => {
    const answer = await get(`/api/sites${query}`);
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toEqual([
      { field: 'ownWindow', message: 'ownWindow is true or false.' },
    ]);
  });
});

describe('PUT /api/sites/:id/upgrade-window', () => {
  it('gives the site its own window: a new site version, and a site-window entry in the same step', async () => {
    const answer = await put(TOKYO, { upgradeWindow: WEDNESDAY }, '"2"');
    expect(answer.status).toBe(200);
    const saved = siteSchema.parse(answer.body);
    expect(saved).toMatchObject({ upgradeWindow: WEDNESDAY, version: 3, updatedBy: 'Alex Morgan' });
    expect(answer.headers.get('ETag')).toBe('"3"');
    expect(await site('site-tokyo')).toEqual(saved);
    expect(await listIds('?ownWindow=true')).toEqual(['site-frankfurt', 'site-tokyo']);

    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      occurredAt: saved.updatedAt,
      target: { kind: 'site-window', siteId: 'site-tokyo', siteName: 'Tokyo Office' },
      action: 'changed',
      version: 3,
      changes: [
        { field: 'day', before: null, after: 'WEDNESDAY' },
        { field: 'start', before: null, after: '03:00' },
        { field: 'end', before: null, after: '05:00' },
      ],
    });
  });

  it('sends a site back to the account window with null, logging what it had', async () => {
    const answer = await put('/api/sites/site-frankfurt/upgrade-window', { upgradeWindow: null }, '"2"');
    expect(siteSchema.parse(answer.body)).toMatchObject({ upgradeWindow: null, version: 3 });
    expect((await auditEntries())[0]?.changes).toEqual([
      { field: 'day', before: 'TUESDAY', after: null },
      { field: 'start', before: '02:00', after: null },
      { field: 'end', before: '04:00', after: null },
    ]);
  });

  it('logs only the fields that changed, and nothing when nothing changed', async () => {
    const frankfurt = '/api/sites/site-frankfurt/upgrade-window';
    await put(frankfurt, { upgradeWindow: { ...TUESDAY, start: '03:00', end: '05:00' } }, '"2"');
    expect((await auditEntries())[0]?.changes.map((change) => change.field)).toEqual(['start', 'end']);
    const before = await auditEntries();
    const same = await put(frankfurt, { upgradeWindow: { ...TUESDAY, start: '03:00', end: '05:00' } }, '"3"');
    expect(siteSchema.parse(same.body).version).toBe(3);
    expect(await auditEntries()).toEqual(before);
  });

  it.each([
    [{ upgradeWindow: { ...WEDNESDAY, start: '03:30' } }, 'upgradeWindow.start', /on the hour/],
    [{ upgradeWindow: { ...WEDNESDAY, end: '06:00' } }, 'upgradeWindow.end', /ends at 05:00/],
    [{ upgradeWindow: { ...WEDNESDAY, day: 3 } }, 'upgradeWindow.day', /MONDAY to SUNDAY/],
    [{ upgradeWindow: 'account' }, 'upgradeWindow', /\{ day, start, end \}/],
    [{}, 'upgradeWindow', /\{ day, start, end \}/],
    [{ upgradeWindow: null, timezone: 'Asia/Tokyo' }, 'timezone', /not a field/],
  ])('answers 400 naming the field for %j, and saves nothing', async (body, field, message) => {
    const answer = await put(TOKYO, body, '"2"');
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toContainEqual({ field, message: expect.stringMatching(message) });
    expect((await site('site-tokyo')).version).toBe(2);
  });

  it('checks role, existence, then If-Match: 403, 404, 428, 409 with the whole current site', async () => {
    const body = { upgradeWindow: WEDNESDAY };
    expect((await put('/api/sites/site-atlantis/upgrade-window', body, '"1"')).status).toBe(404);
    expect((await put(TOKYO, body)).status).toBe(428);
    const stale = await put(TOKYO, body, '"1"');
    expect(stale.status).toBe(409);
    expect(conflictBodySchema(siteSchema).parse(stale.body).current).toEqual(await site('site-tokyo'));
    setScenarios(['viewer']);
    expect((await put(TOKYO, body, '"2"')).status).toBe(403);
    expect((await site('site-tokyo')).upgradeWindow).toBeNull();
  });

  it('shares the site version with the General fields: a General form of the old version gets 409', async () => {
    await put(TOKYO, { upgradeWindow: WEDNESDAY }, '"2"');
    const tokyo = await site('site-tokyo');
    const {
      name,
      description,
      siteType,
      connectionType,
      countryCode,
      stateCode,
      cityName,
      address,
      timezone,
    } = tokyo;
    const general = {
      name,
      description,
      siteType,
      connectionType,
      countryCode,
      stateCode,
      cityName,
      address,
      timezone,
    };
    const stale = await put('/api/sites/site-tokyo/general', { ...general, name: 'Tokyo HQ' }, '"2"');
    expect(stale.status).toBe(409);
    // A General save keeps the window.
    const saved = await put('/api/sites/site-tokyo/general', { ...general, name: 'Tokyo HQ' }, '"3"');
    expect(siteSchema.parse(saved.body)).toMatchObject({ name: 'Tokyo HQ', upgradeWindow: WEDNESDAY });
  });

  it('is kept across a reload in the browser', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    await put(TOKYO, { upgradeWindow: WEDNESDAY }, '"2"');
    resetMockDatabase();
    connectStorage(storage);
    expect((await site('site-tokyo')).upgradeWindow).toEqual(WEDNESDAY);
  });
});

describe('POST /api/sites/upgrade-window', () => {
  const PATH = '/api/sites/upgrade-window';

  it('answers a result for every site: saved with its new version, conflict with its state, failed with why', async () => {
    const answer = await post(PATH, {
      sites: [
        { siteId: 'site-tokyo', version: 2 },
        { siteId: 'site-london', version: 1 },
        { siteId: 'site-kolkata', version: 1 },
        { siteId: 'site-atlantis', version: 1 },
      ],
      upgradeWindow: WEDNESDAY,
    });
    expect(answer.status).toBe(200);
    const { results } = bulkSiteWindowAnswerSchema.parse(answer.body);
    expect(results).toMatchObject([
      { siteId: 'site-tokyo', result: 'saved', site: { upgradeWindow: WEDNESDAY, version: 3 } },
      { siteId: 'site-london', result: 'saved', site: { upgradeWindow: WEDNESDAY, version: 2 } },
      { siteId: 'site-kolkata', result: 'conflict', current: { upgradeWindow: null, version: 2 } },
      { siteId: 'site-atlantis', result: 'failed', reason: 'There is no site with id "site-atlantis".' },
    ]);
    expect(await listIds('?ownWindow=true')).toEqual(['site-frankfurt', 'site-london', 'site-tokyo']);

    // One entry per saved site, written with the save, at one instant.
    const [london, tokyo, before] = await auditEntries();
    expect([london?.target, tokyo?.target]).toEqual([
      { kind: 'site-window', siteId: 'site-london', siteName: 'London HQ' },
      { kind: 'site-window', siteId: 'site-tokyo', siteName: 'Tokyo Office' },
    ]);
    expect(london?.occurredAt).toBe(tokyo?.occurredAt);
    expect(before?.target.kind).not.toBe('site-window');
  });

  it('sends sites back to the account window with null; one already there is saved unchanged', async () => {
    const { results } = bulkSiteWindowAnswerSchema.parse(
      (
        await post(PATH, {
          sites: [
            { siteId: 'site-frankfurt', version: 2 },
            { siteId: 'site-tokyo', version: 2 },
          ],
          upgradeWindow: null,
        })
      ).body,
    );
    expect(results).toMatchObject([
      { siteId: 'site-frankfurt', result: 'saved', site: { upgradeWindow: null, version: 3 } },
      { siteId: 'site-tokyo', result: 'saved', site: { upgradeWindow: null, version: 2 } },
    ]);
    expect(await listIds('?ownWindow=true')).toEqual([]);
    expect((await auditEntries('?kind=site-window')).map((entry) => entry.target)).toMatchObject([
      { siteId: 'site-frankfurt' },
      { siteId: 'site-frankfurt' },
    ]);
  });

  it.each([
    [{ sites: [], upgradeWindow: null }, 'sites', /at least one site/],
    [{ sites: [{ siteId: 'site-tokyo' }], upgradeWindow: null }, 'sites.0.version', /version of the site/],
    [
      {
        sites: [
          { siteId: 'site-tokyo', version: 2 },
          { siteId: 'site-tokyo', version: 2 },
        ],
        upgradeWindow: null,
      },
      'sites.1.siteId',
      /site-tokyo is listed twice/,
    ],
    [{ sites: [{ siteId: 'site-tokyo', version: 2 }] }, 'upgradeWindow', /\{ day, start, end \}/],
    [
      { sites: [{ siteId: 'site-tokyo', version: 2 }], upgradeWindow: { ...TUESDAY, end: '05:00' } },
      'upgradeWindow.end',
      /ends at 04:00/,
    ],
    [{ sites: 'all', upgradeWindow: null }, 'sites', /list of \{ siteId, version \}/],
  ])('answers 400 to %j and saves nothing', async (body, field, message) => {
    const before = await auditEntries();
    const answer = await post(PATH, body);
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(await auditEntries()).toEqual(before);
  });

  it('answers 403 to a viewer and 500 in the failing scenario, saving nothing', async () => {
    const body = { sites: [{ siteId: 'site-tokyo', version: 2 }], upgradeWindow: WEDNESDAY };
    setScenarios(['viewer']);
    expect((await post(PATH, body)).status).toBe(403);
    setScenarios(['fail-next-save']);
    expect((await post(PATH, body)).status).toBe(500);
    expect((await site('site-tokyo')).upgradeWindow).toBeNull();
  });

  it('lets Dana Admin edit the first listed site first in the conflict scenario: it alone conflicts', async () => {
    setScenarios(['conflict-next-save']);
    const answer = await post(PATH, {
      sites: [
        { siteId: 'site-tokyo', version: 2 },
        { siteId: 'site-london', version: 1 },
      ],
      upgradeWindow: WEDNESDAY,
    });
    expect(bulkSiteWindowAnswerSchema.parse(answer.body).results).toMatchObject([
      { siteId: 'site-tokyo', result: 'conflict', current: { version: 3, updatedBy: 'Dana Admin' } },
      { siteId: 'site-london', result: 'saved' },
    ]);
  });
});
