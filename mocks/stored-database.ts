import { z } from 'zod';
import type { MockDatabase } from './mock-database';
import { mockDataSchema, type MockData } from './mock-data';
import { createSeedData } from './seed';

/*
 * The demo account in the browser's localStorage. There is no copy in memory: every request reads
 * what is stored now and a save writes back before it returns, within one synchronous step, so two
 * tabs share one account and a tab that edited an old version gets 409 like any stale client.
 * Releases are not stored: they always come from the seed, so a new seed release shows at once.
 */

/** Bump when the seed changes, so browsers start again from the new seed. */
export const DATABASE_STORAGE_KEY = 'socket-upgrade-console.mock-database.v2';
/** Where saved data that could not be read is kept, so no one's edits vanish without a trace. */
export const UNREADABLE_DATA_STORAGE_KEY = 'socket-upgrade-console.mock-database.unreadable';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const savedSchema = mockDataSchema.omit({ socketReleases: true });

const unreadableCopySchema = z.object({
  foundAt: z.string(),
  reason: z.string(),
  text: z.string(),
  /** Set by a reset: the administrator has seen the report; the copy stays. */
  acknowledged: z.boolean(),
});

export function openStoredDatabase(storage: StorageLike): MockDatabase {
  const socketReleases = createSeedData().socketReleases;

  const store = (data: MockData) => {
    const saved: z.input<typeof savedSchema> = {
      maintenanceWindow: data.maintenanceWindow,
      sites: data.sites,
      upgradeFreezes: data.upgradeFreezes,
      auditLog: data.auditLog,
    };
    storage.setItem(DATABASE_STORAGE_KEY, JSON.stringify(saved));
  };

  const read = (): MockData => {
    const text = storage.getItem(DATABASE_STORAGE_KEY);
    if (text !== null) {
      const saved = parseSaved(text);
      if (saved.success) return { ...saved.data, socketReleases };
      keepUnreadable(storage, text, saved.reason);
    }
    const seed = createSeedData();
    store(seed);
    return seed;
  };

  return {
    read,
    update: (change) => {
      const data = read();
      const result = change(data);
      store(data);
      return result;
    },
    restoreSeed: () => {
      store(createSeedData());
      const copy = readUnreadableCopy(storage);
      if (copy) storage.setItem(UNREADABLE_DATA_STORAGE_KEY, JSON.stringify({ ...copy, acknowledged: true }));
    },
    unreadableSavedData: () => {
      const copy = readUnreadableCopy(storage);
      if (!copy || copy.acknowledged) return undefined;
      return { foundAt: copy.foundAt, reason: copy.reason, keptUnder: UNREADABLE_DATA_STORAGE_KEY };
    },
  };
}

type ParsedSaved = { success: true; data: z.infer<typeof savedSchema> } | { success: false; reason: string };

function parseSaved(text: string): ParsedSaved {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { success: false, reason: 'it is not valid JSON' };
  }
  const saved = savedSchema.safeParse(json);
  if (saved.success) return saved;
  const issue = saved.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return { success: false, reason: `it does not have the shape this version of the console saves${where}` };
}

function keepUnreadable(storage: StorageLike, text: string, reason: string): void {
  const copy: z.infer<typeof unreadableCopySchema> = {
    foundAt: new Date().toISOString(),
    reason,
    text,
    acknowledged: false,
  };
  storage.setItem(UNREADABLE_DATA_STORAGE_KEY, JSON.stringify(copy));
}

function readUnreadableCopy(storage: StorageLike): z.infer<typeof unreadableCopySchema> | undefined {
  try {
    const copy = unreadableCopySchema.safeParse(
      JSON.parse(storage.getItem(UNREADABLE_DATA_STORAGE_KEY) ?? 'null'),
    );
    return copy.success ? copy.data : undefined;
  } catch {
    return undefined;
  }
}
