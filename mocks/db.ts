import { createLargeAccount, VERY_LARGE_ACCOUNT_SITES } from './large-account';
import { createMemoryDatabase, type MockDatabase, type UnreadableSavedData } from './mock-database';
import type { MockData } from './mock-data';
import { isScenarioOn, resetScenarios } from './scenarios';
import { createSeedData } from './seed';
import { openStoredDatabase } from './stored-database';

/*
 * The database the handlers use: in memory in tests, localStorage in the browser (so a Save
 * survives a reload and every tab sees the others' saves), and the generated `large` (or
 * `very-large`) account in memory only while that scenario is on; `very-large` wins over `large`.
 */

export { DATABASE_STORAGE_KEY, UNREADABLE_DATA_STORAGE_KEY } from './stored-database';
export type { UnreadableSavedData } from './mock-database';

type StorageLike = Parameters<typeof openStoredDatabase>[0];

let database: MockDatabase = createMemoryDatabase(createSeedData());
let largeAccount: MockDatabase | undefined;
let veryLargeAccount: MockDatabase | undefined;

function activeDatabase(): MockDatabase {
  if (isScenarioOn('very-large')) {
    veryLargeAccount ??= createMemoryDatabase(createLargeAccount(createSeedData(), VERY_LARGE_ACCOUNT_SITES));
    return veryLargeAccount;
  }
  if (!isScenarioOn('large')) return database;
  largeAccount ??= createMemoryDatabase(createLargeAccount(createSeedData()));
  return largeAccount;
}

/** The account being served (the demo account, or the 5,000- or 20,000-site one), as stored now: for reading. */
export function db(): MockData {
  return activeDatabase().read();
}

/**
 * Reads the account as stored now, lets `change` check and change it, and stores the result, in
 * one synchronous step: `change` must not await. A save in another tab lands before or after it,
 * never in between, so a stale version is always seen as one.
 */
export function transact<T>(change: (data: MockData) => T): T {
  return activeDatabase().update(change);
}

/** Browser start: the account is read from and written to `storage` from now on. */
export function connectStorage(storage: StorageLike): void {
  database = openStoredDatabase(storage);
  largeAccount = undefined;
  veryLargeAccount = undefined;
  // Read once now, so saved data that cannot be read is reported before the first page asks.
  database.read();
}

/** POST /api/demo/reset: the seed again, for the demo account and the large ones. */
export function restoreSeedData(): void {
  database.restoreSeed();
  largeAccount = undefined;
  veryLargeAccount = undefined;
}

/** Saved data that could not be read and was replaced by the seed, until a reset. */
export function unreadableSavedData(): UnreadableSavedData | undefined {
  return database.unreadableSavedData();
}

/** Tests: the seed, no scenario, no storage. Called before each test by src/testing/setup-tests.ts. */
export function resetMockDatabase(): void {
  resetScenarios();
  database = createMemoryDatabase(createSeedData());
  largeAccount = undefined;
  veryLargeAccount = undefined;
}
