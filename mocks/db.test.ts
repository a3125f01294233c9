import { demoScenariosSchema } from '@/contract/demo';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteListSchema } from '@/contract/sites';
import { connectStorage, DATABASE_STORAGE_KEY, resetMockDatabase, UNREADABLE_DATA_STORAGE_KEY } from './db';
import { setScenarios } from './scenarios';
import { createSeedData } from './seed';
import { auditEntries, call, createMemoryStorage, get, put } from './test-client';

const WINDOW = '/api/account/maintenance-window';
const readWindow = async () => maintenanceWindowSchema.parse((await get(WINDOW)).body);
const readDemoStatus = async () => demoScenariosSchema.parse((await get('/api/demo/scenarios')).body);

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
    expect(await auditEntries()).toHaveLength(createSeedData().auditLog.length + 1);
  });

  it('starts from the seed when nothing was saved, and says nothing', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    expect((await readWindow()).version).toBe(2);
    expect((await readDemoStatus()).unreadableSavedData).toBeNull();
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
    const stored = storage.getItem(DATABASE_STORAGE_KEY);
    setScenarios(['large']);
    await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    expect(storage.getItem(DATABASE_STORAGE_KEY)).toBe(stored);
    reload(storage);
    expect((await readWindow()).day).toBe('SUNDAY');
    expect(siteListSchema.parse((await get('/api/sites')).body).total).toBe(31);
  });
});

describe('saved data that cannot be read', () => {
  const unreadable = [
    { kind: 'not JSON', text: 'not json', reason: /not valid JSON/ },
    {
      kind: 'a day that does not exist',
      text: JSON.stringify({ maintenanceWindow: { day: 'FUNDAY' } }),
      reason: /shape this version of the console saves \(maintenanceWindow\.day\)/,
    },
    {
      kind: 'an older shape (no audit log)',
      text: '{"maintenanceWindow":{"day":"MONDAY"},"sites":[]}',
      reason: /shape this version of the console saves/,
    },
  ];

  it.each(unreadable)(
    'is kept aside and reported, not silently replaced: $kind',
    async ({ text, reason }) => {
      const storage = createMemoryStorage();
      storage.setItem(DATABASE_STORAGE_KEY, text);
      connectStorage(storage);

      // The console still works, on the seed...
      expect(await readWindow()).toMatchObject({ day: 'SUNDAY', version: 2 });
      // ...says why, and keeps what it could not read for the user to recover.
      const status = await readDemoStatus();
      expect(status.unreadableSavedData).toMatchObject({ keptUnder: UNREADABLE_DATA_STORAGE_KEY });
      expect(status.unreadableSavedData?.reason).toMatch(reason);
      expect(JSON.parse(storage.getItem(UNREADABLE_DATA_STORAGE_KEY) ?? '{}')).toMatchObject({ text });

      // The report lasts across reloads and saves until someone resets the demo data.
      await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
      reload(storage);
      expect((await readDemoStatus()).unreadableSavedData).not.toBeNull();
      expect((await call('POST', '/api/demo/reset')).status).toBe(204);
      expect((await readDemoStatus()).unreadableSavedData).toBeNull();
      // The copy stays after the reset: nothing the user saved is ever thrown away by the mocks.
      expect(JSON.parse(storage.getItem(UNREADABLE_DATA_STORAGE_KEY) ?? '{}')).toMatchObject({ text });
    },
  );
});

describe('resetMockDatabase (tests)', () => {
  it('forgets saves, scenarios and storage', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    const stored = storage.getItem(DATABASE_STORAGE_KEY);
    setScenarios(['viewer']);
    resetMockDatabase();
    expect((await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"')).status).toBe(200);
    expect(storage.getItem(DATABASE_STORAGE_KEY)).toBe(stored);
  });
});
