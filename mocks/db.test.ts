import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteListSchema } from '@/contract/sites';
import { connectStorage, DATABASE_STORAGE_KEY, resetMockDatabase } from './db';
import { setScenarios } from './scenarios';
import { call, createMemoryStorage, get, put } from './test-client';

const WINDOW = '/api/account/maintenance-window';
const readWindow = async () => maintenanceWindowSchema.parse((await get(WINDOW)).body);

/** What a browser reload does to the mocked backend: memory gone, localStorage kept. */
function reload(storage: ReturnType<typeof createMemoryStorage>): void {
  resetMockDatabase();
  connectStorage(storage);
}

describe('persistence in the browser (localStorage)', () => {
  it('keeps a save across a reload', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    reload(storage);
    expect(await readWindow()).toMatchObject({ day: 'MONDAY', start: '04:00', version: 3 });
    expect((await get('/api/audit-log')).body).toHaveLength(4);
  });

  it('starts from the seed when nothing was saved, or what was saved cannot be read', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    expect((await readWindow()).version).toBe(2);
    storage.setItem(DATABASE_STORAGE_KEY, '{"maintenanceWindow":{"day":"FUNDAY"}}');
    reload(storage);
    expect((await readWindow()).day).toBe('SUNDAY');
    storage.setItem(DATABASE_STORAGE_KEY, 'not json');
    reload(storage);
    expect((await readWindow()).day).toBe('SUNDAY');
  });

  it('saves the seed again on "Reset demo data"', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    await call('POST', '/api/demo/reset');
    reload(storage);
    expect((await readWindow()).day).toBe('SUNDAY');
  });

  it('never saves the generated large account', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    setScenarios(['large']);
    await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    expect(storage.values.size).toBe(0);
    reload(storage);
    expect((await readWindow()).day).toBe('SUNDAY');
    expect(siteListSchema.parse((await get('/api/sites')).body).total).toBe(31);
  });
});

describe('resetMockDatabase (tests)', () => {
  it('forgets saves, scenarios and storage', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    setScenarios(['viewer']);
    resetMockDatabase();
    expect((await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"')).status).toBe(200);
    expect(storage.values.size).toBe(0);
  });
});
