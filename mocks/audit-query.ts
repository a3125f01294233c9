import type { AuditActor, AuditEntry, AuditLogParams } from '@/contract/audit-log';

/* GET /api/audit-log: filters, newest first and one page, as a database query would do them. */

/** The entries that pass every filter given; a site's filter finds its General and window entries. */
export function auditFilter({
  kind,
  siteId,
  actor,
  from,
  to,
}: AuditLogParams): (entry: AuditEntry) => boolean {
  const fromMillis = from === undefined ? -Infinity : Date.parse(from);
  const toMillis = to === undefined ? Infinity : Date.parse(to);
  return (entry) => {
    const { target } = entry;
    const at = Date.parse(entry.occurredAt);
    return (
      (kind === undefined || target.kind === kind) &&
      (siteId === undefined ||
        ((target.kind === 'site' || target.kind === 'site-window') && target.siteId === siteId)) &&
      (actor === undefined || entry.actor.email.toLowerCase() === actor.toLowerCase()) &&
      fromMillis <= at &&
      at < toMillis
    );
  };
}

const entryNumber = (entry: AuditEntry) => Number(/\d+$/.exec(entry.id)?.[0] ?? 0);

/** Newest first; entries of the same instant (a bulk save) by the order they were written, last first. */
export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.toSorted(
    (a, b) => b.occurredAt.localeCompare(a.occurredAt) || entryNumber(b) - entryNumber(a),
  );
}

/** Everyone with an entry, once each (by e-mail), by name. */
export function actorsOf(entries: readonly AuditEntry[]): AuditActor[] {
  const byEmail = new Map<string, AuditActor>();
  for (const { actor } of entries) if (!byEmail.has(actor.email)) byEmail.set(actor.email, actor);
  return [...byEmail.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
