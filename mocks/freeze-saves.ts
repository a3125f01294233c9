import type { StoredUpgradeFreeze, UpgradeFreezeValues } from '@/contract/upgrade-freezes';
import { changedFields, recordChange } from './audit-trail';
import type { Actor, MockData } from './mock-data';
import { nextVersionStamp } from './saves';

/*
 * Creating, changing and deleting upgrade freezes, each with its audit entry in the same step.
 * Like ./saves.ts, each changes the `data` it is given (the account inside `transact`); the
 * handler has checked the role, the version and the rules first.
 */

const FREEZE_FIELDS = ['name', 'startDate', 'endDate'] as const;

const byStartDate = (a: StoredUpgradeFreeze, b: StoredUpgradeFreeze) =>
  a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name);

const target = (freeze: StoredUpgradeFreeze) => ({
  kind: 'freeze' as const,
  freezeId: freeze.id,
  freezeName: freeze.name,
});

/**
 * An id no freeze has had: random rather than counted, so a deleted freeze's id (which its audit
 * entries link to) never comes back for a new one. getRandomValues works on plain http too.
 */
export function newFreezeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `freeze-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function createFreeze(
  data: MockData,
  values: UpgradeFreezeValues,
  actor: Actor,
  now = new Date(),
): StoredUpgradeFreeze {
  const freeze: StoredUpgradeFreeze = {
    id: newFreezeId(),
    ...values,
    version: 1,
    updatedAt: now.toISOString(),
    updatedBy: actor.name,
  };
  data.upgradeFreezes = [...data.upgradeFreezes, freeze].sort(byStartDate);
  const nothing = { name: null, startDate: null, endDate: null };
  recordChange(data, {
    actor,
    target: target(freeze),
    action: 'created',
    version: freeze.version,
    changes: changedFields<Record<(typeof FREEZE_FIELDS)[number], string | null>>(
      nothing,
      freeze,
      FREEZE_FIELDS,
    ),
    occurredAt: freeze.updatedAt,
  });
  return freeze;
}

/** A save that changes nothing leaves the version and the log alone, as every other save does. */
export function updateFreeze(
  data: MockData,
  freezeId: string,
  values: UpgradeFreezeValues,
  actor: Actor,
  now = new Date(),
): StoredUpgradeFreeze | undefined {
  const before = data.upgradeFreezes.find((freeze) => freeze.id === freezeId);
  if (!before) return undefined;
  const changes = changedFields(before, { ...before, ...values }, FREEZE_FIELDS);
  if (changes.length === 0) return before;
  const after: StoredUpgradeFreeze = {
    ...before,
    ...values,
    ...nextVersionStamp(before, actor, now),
  };
  data.upgradeFreezes = data.upgradeFreezes
    .map((freeze) => (freeze.id === freezeId ? after : freeze))
    .sort(byStartDate);
  recordChange(data, {
    actor,
    target: target(after),
    version: after.version,
    changes,
    occurredAt: after.updatedAt,
  });
  return after;
}

export function deleteFreeze(data: MockData, freezeId: string, actor: Actor, now = new Date()): boolean {
  const before = data.upgradeFreezes.find((freeze) => freeze.id === freezeId);
  if (!before) return false;
  data.upgradeFreezes = data.upgradeFreezes.filter((freeze) => freeze.id !== freezeId);
  const nothing = { name: null, startDate: null, endDate: null };
  recordChange(data, {
    actor,
    target: target(before),
    action: 'deleted',
    version: before.version,
    changes: changedFields<Record<(typeof FREEZE_FIELDS)[number], string | null>>(
      before,
      nothing,
      FREEZE_FIELDS,
    ),
    occurredAt: now.toISOString(),
  });
  return true;
}

/** conflict-next-save: the other admin renames the freeze first (always to something new). */
export function rivalSavesFreeze(data: MockData, freezeId: string, actor: Actor, now = new Date()): void {
  const freeze = data.upgradeFreezes.find((candidate) => candidate.id === freezeId);
  if (!freeze) return;
  const renamed = `${freeze.name} (checked by ${actor.name})`;
  updateFreeze(
    data,
    freezeId,
    {
      name: renamed.length <= 100 ? renamed : `Checked by ${actor.name}`,
      startDate: freeze.startDate,
      endDate: freeze.endDate,
    },
    actor,
    now,
  );
}
