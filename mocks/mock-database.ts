import type { MockData } from './mock-data';
import { createSeedData } from './seed';

/** Saved data that could not be read and was replaced by the seed (GET /api/demo/scenarios says so). */
export interface UnreadableSavedData {
  foundAt: string;
  /** Why, in words: "it is not valid JSON". */
  reason: string;
  /** The localStorage key that keeps a copy of what could not be read. */
  keptUnder: string;
}

/** Where one account's data lives: in memory (tests, the large account) or in localStorage. */
export interface MockDatabase {
  /** The data as stored now. */
  read(): MockData;
  /** Read, change and store in one synchronous step (see `transact` in ./db.ts). */
  update<T>(change: (data: MockData) => T): T;
  /** The seed again; also closes the report of unreadable saved data. */
  restoreSeed(): void;
  unreadableSavedData(): UnreadableSavedData | undefined;
}

/** Data that lives as long as the page (or the test): there is no other copy to lose it to. */
export function createMemoryDatabase(initial: MockData): MockDatabase {
  let data = initial;
  return {
    read: () => data,
    update: (change) => change(data),
    restoreSeed: () => {
      data = createSeedData();
    },
    unreadableSavedData: () => undefined,
  };
}
