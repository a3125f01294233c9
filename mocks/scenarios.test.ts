import { conflictBodySchema } from '@/contract/common';
import { demoScenariosSchema } from '@/contract/demo';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { meSchema } from '@/contract/me';
import { siteListSchema, siteSchema } from '@/contract/sites';
import { createSeedData } from './seed';
import { setScenarios } from './scenarios';
import { auditEntries, generalOf, get, put } from './test-client';

const WINDOW = '/api/account/maintenance-window';
const MONDAY = { day: 'MONDAY', start: '04:00', end: '06:00' };
const activeScenarios = async () =>
  demoScenariosSchema.parse((await get('/api/demo/scenarios')).body).scenarios;

describe('scenario viewer', () => {
  it('makes GET /api/me say viewer and every PUT answer 403', async () => {
    setScenarios(['viewer']);
    expect(meSchema.parse((await get('/api/me')).body).role).toBe('viewer');
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(403);
    const tokyo = siteSchema.parse((await get('/api/sites/site-tokyo')).body);
    expect((await put('/api/sites/site-tokyo/general', { name: 'x' }, `"${tokyo.version}"`)).status).toBe(
      403,
    );
    // Reading still works.
    expect((await get('/api/sites')).status).toBe(200);
  });
});

describe('scenario large', () => {
  it('serves 5,000 sites over many zones, all in one call of pageSize 10000', async () => {
    setScenarios(['large']);
    const sites = siteListSchema.parse((await get('/api/sites?pageSize=10000')).body);
    expect(sites.total).toBe(5000);
    expect(sites.items).toHaveLength(5000);
    expect(new Set(sites.items.map((site) => site.timezone)).size).toBeGreaterThan(300);
    expect(new Set(sites.items.map((site) => site.id)).size).toBe(5000);
  });

  it('is the same every time, and the seed sites are part of it', async () => {
    setScenarios(['large']);
    const first = siteListSchema.parse((await get('/api/sites?pageSize=10000&sort=timezone')).body);
    setScenarios([]);
    expect(siteListSchema.parse((await get('/api/sites')).body).total).toBe(createSeedData().sites.length);
    setScenarios(['large']);
    expect(siteListSchema.parse((await get('/api/sites?pageSize=10000&sort=timezone')).body)).toEqual(first);
    expect(first.items.map((site) => site.id)).toContain('site-tokyo');
  });

  it('takes saves, in memory', async () => {
    setScenarios(['large']);
    const answer = await put(WINDOW, MONDAY, '"2"');
    expect(answer.status).toBe(200);
    expect(maintenanceWindowSchema.parse((await get(WINDOW)).body).day).toBe('MONDAY');
  });
});

describe('scenario very-large', () => {
  it('serves 20,000 sites over the same zones, in two calls of pageSize 10000, and wins over large', async () => {
    setScenarios(['large', 'very-large']);
    const first = siteListSchema.parse((await get('/api/sites?pageSize=10000&page=1')).body);
    const second = siteListSchema.parse((await get('/api/sites?pageSize=10000&page=2')).body);
    expect(first.total).toBe(20_000);
    const ids = new Set([...first.items, ...second.items].map((site) => site.id));
    expect(ids.size).toBe(20_000);
    expect(ids).toContain('site-tokyo');
    expect(new Set([...first.items, ...second.items].map((site) => site.timezone)).size).toBeGreaterThan(300);
  });
});

describe('latency', () => {
  it('adds the given milliseconds to every answer', async () => {
    setScenarios([], { latencyMs: 60 });
    const started = performance.now();
    await get('/api/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('scenario fail-next-save', () => {
  it('answers the next PUT with 500, saving nothing, then behaves again', async () => {
    setScenarios(['fail-next-save']);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(500);
    expect(maintenanceWindowSchema.parse((await get(WINDOW)).body).version).toBe(2);
    expect(await activeScenarios()).toEqual([]);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(200);
  });
});

describe('scenario offline-next-save', () => {
  it('makes the next PUT fail as a network error, then behaves again', async () => {
    setScenarios(['offline-next-save']);
    await expect(put(WINDOW, MONDAY, '"2"')).rejects.toThrow(TypeError);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(200);
  });
});

describe('scenario conflict-next-save', () => {
  it('lets Dana Admin move the window first, so the next PUT answers 409 with her version', async () => {
    setScenarios(['conflict-next-save']);
    const answer = await put(WINDOW, MONDAY, '"2"');
    expect(answer.status).toBe(409);
    const { current } = conflictBodySchema(maintenanceWindowSchema).parse(answer.body);
    expect(current).toMatchObject({
      day: 'SUNDAY',
      start: '02:00',
      end: '04:00',
      version: 3,
      updatedBy: 'Dana Admin',
    });
    const [latest] = await auditEntries();
    expect(latest).toMatchObject({ actor: { name: 'Dana Admin' }, version: 3 });
    // Saving again over her version works.
    expect((await put(WINDOW, MONDAY, '"3"')).status).toBe(200);
  });

  it('lets Dana Admin edit the site first, so the next site PUT answers 409 with her version', async () => {
    setScenarios(['conflict-next-save']);
    const tokyo = siteSchema.parse((await get('/api/sites/site-tokyo')).body);
    const { version } = tokyo;
    const answer = await put(
      '/api/sites/site-tokyo/general',
      { ...generalOf(tokyo), name: 'Tokyo HQ' },
      `"${version}"`,
    );
    expect(answer.status).toBe(409);
    const { current } = conflictBodySchema(siteSchema).parse(answer.body);
    expect(current).toMatchObject({ name: 'Tokyo Office', version: version + 1, updatedBy: 'Dana Admin' });
    expect(current.description).toMatch(/checked by Dana Admin/);
  });
});

describe('scenarios together', () => {
  it('uses one one-time scenario per save: offline, then failure, then conflict', async () => {
    setScenarios(['conflict-next-save', 'fail-next-save', 'offline-next-save', 'viewer']);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(403); // a viewer never gets that far
    setScenarios(['conflict-next-save', 'fail-next-save', 'offline-next-save']);
    await expect(put(WINDOW, MONDAY, '"2"')).rejects.toThrow(TypeError);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(500);
    expect((await put(WINDOW, MONDAY, '"2"')).status).toBe(409);
    expect((await put(WINDOW, MONDAY, '"3"')).status).toBe(200);
  });
});
