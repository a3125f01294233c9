import type { RequestHandler } from 'msw';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteSchema } from '@/contract/sites';
import { server } from './node';
import { createSeedData } from './seed';
import { auditEntries, createMemoryStorage, generalOf, get, put } from './test-client';

/*
 * Two browser tabs of the console run two copies of the mocked backend over one localStorage.
 * Each "tab" here is a fresh copy of the mocks' modules (as a page load makes), sharing only the
 * storage, and answers the requests sent while it is the tab in use.
 */

type Storage = ReturnType<typeof createMemoryStorage>;

async function openTab(storage: Storage): Promise<RequestHandler[]> {
  vi.resetModules();
  const { connectStorage } = await import('./db');
  const { handlers } = await import('./handlers');
  connectStorage(storage);
  return handlers;
}

async function inTab<T>(tab: RequestHandler[], request: () => Promise<T>): Promise<T> {
  server.use(...tab);
  try {
    return await request();
  } finally {
    server.resetHandlers();
  }
}

const WINDOW = '/api/account/maintenance-window';

describe('two tabs over one saved account', () => {
  it('a stale tab gets 409 with the other tab’s save, and loses nothing of it', async () => {
    const storage = createMemoryStorage();
    const tabA = await openTab(storage);
    const tabB = await openTab(storage);
    // Both tabs show version 2.
    expect(maintenanceWindowSchema.parse((await inTab(tabB, () => get(WINDOW))).body).version).toBe(2);

    // Tab A saves Monday (version 3) and renames Tokyo.
    await inTab(tabA, async () => {
      expect((await put(WINDOW, { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"')).status).toBe(200);
      const tokyo = siteSchema.parse((await get('/api/sites/site-tokyo')).body);
      const renamed = await put(
        '/api/sites/site-tokyo/general',
        { ...generalOf(tokyo), name: 'Tokyo HQ' },
        `"${tokyo.version}"`,
      );
      expect(renamed.status).toBe(200);
    });

    // Tab B, still on version 2, saves a new slot: refused, with A's window as it is now.
    const stale = await inTab(tabB, () =>
      put(WINDOW, { day: 'SUNDAY', start: '10:00', end: '12:00' }, '"2"'),
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ current: { day: 'MONDAY', start: '04:00', version: 3 } });

    // Nothing of A's is gone, whichever tab asks.
    for (const tab of [tabA, tabB]) {
      await inTab(tab, async () => {
        expect(maintenanceWindowSchema.parse((await get(WINDOW)).body)).toMatchObject({
          day: 'MONDAY',
          version: 3,
        });
        expect(siteSchema.parse((await get('/api/sites/site-tokyo')).body).name).toBe('Tokyo HQ');
        // The two saves of tab A, after the seed's entries.
        expect(await auditEntries()).toHaveLength(createSeedData().auditLog.length + 2);
      });
    }

    // B, told of version 3, saves on top of it.
    const retried = await inTab(tabB, () =>
      put(WINDOW, { day: 'SUNDAY', start: '10:00', end: '12:00' }, '"3"'),
    );
    expect(retried.status).toBe(200);
    expect(maintenanceWindowSchema.parse((await inTab(tabA, () => get(WINDOW))).body).version).toBe(4);
  });
});
