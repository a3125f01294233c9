import type { z } from 'zod';
import { createLargeAccount } from './large-account';
import { mockDataSchema, type MockData } from './mock-data';
import { isScenarioOn, resetScenarios } from './scenarios';
import { createSeedData } from './seed';

/*
 * The mocked backend's one in-memory database. In the browser it is saved to localStorage after
 * every change, so a Save survives a reload; the `large` account lives in memory only.
 * Releases are not saved: they always come from the seed, so a new seed release shows at once.
 */

/** Bump when the seed or the shapes change, so browsers drop data saved in the old form. */
export const DATABASE_STORAGE_KEY = 'socket-upgrade-console.mock-database.v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const savedSchema = mockDataSchema.omit({ socketReleases: true });

let data: MockData = createSeedData();
let largeData: MockData | undefined;
let storage: StorageLike | undefined;

/** The data of the account being served: the demo account, or the 5,000-site one. */
export function db(): MockData {
  if (!isScenarioOn('large')) return data;
  largeData ??= createLargeAccount(createSeedData());
  return largeData;
}

/** After each change: keeps the demo account across reloads (never the generated large one). */
export function commit(): void {
  if (!storage || isScenarioOn('large')) return;
  const saved: z.input<typeof savedSchema> = {
    maintenanceWindow: data.maintenanceWindow,
    sites: data.sites,
    auditLog: data.auditLog,
  };
  storage.setItem(DATABASE_STORAGE_KEY, JSON.stringify(saved));
}

/** Browser start: load what an earlier visit saved (or the seed), and save there from now on. */
export function connectStorage(target: StorageLike): void {
  storage = target;
  data = readSaved(target) ?? createSeedData();
  largeData = undefined;
}

/** POST /api/demo/reset: the seed again, for the demo account and the large one. */
export function restoreSeedData(): void {
  data = createSeedData();
  largeData = undefined;
  commit();
}

/** Tests: the seed, no scenario, no storage. Called before each test by src/testing/setup-tests.ts. */
export function resetMockDatabase(): void {
  resetScenarios();
  storage = undefined;
  data = createSeedData();
  largeData = undefined;
}

function readSaved(target: StorageLike): MockData | undefined {
  const text = target.getItem(DATABASE_STORAGE_KEY);
  if (text === null) return undefined;
  try {
    const saved = savedSchema.safeParse(JSON.parse(text));
    // Data from an older build or edited by hand: start again from the seed rather than crash.
    if (saved.success) return { ...saved.data, socketReleases: createSeedData().socketReleases };
  } catch {
    // Not JSON: the same.
  }
  return undefined;
}
