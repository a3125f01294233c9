import type { AuditAction, AuditChange, AuditTarget } from '@/contract/audit-log';
import type { Actor, MockData } from './mock-data';

/** The fields whose value differs, as the audit log shows them (text, or null when empty). */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): AuditChange[] {
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: asText(before[field]), after: asText(after[field]) }));
}

function asText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Adds the entry of a save, newest first. Every save calls it on the `data` it changes, inside the
 * same `transact` step (./db.ts): the change and its entry are stored together or not at all.
 */
export function recordChange(
  data: MockData,
  entry: {
    actor: Actor;
    target: AuditTarget;
    /** Omitted: "changed". */
    action?: AuditAction;
    version: number;
    changes: AuditChange[];
    occurredAt: string;
  },
): void {
  const { auditLog } = data;
  const { action = 'changed', ...rest } = entry;
  auditLog.unshift({ id: `audit-${auditLog.length + 1}`, action, ...rest });
}
