import { z } from 'zod';
import { instantSchema, versionSchema } from './common';

/** What a change was made to. */
export const auditTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('maintenance-window') }),
  z.object({ kind: z.literal('site'), siteId: z.string(), siteName: z.string() }),
]);
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** One field's value before and after, as text ("SUNDAY", "Asia/Kolkata"); null when empty. */
export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** Who changed what, when: one entry per successful save. */
export const auditEntrySchema = z.object({
  id: z.string(),
  occurredAt: instantSchema,
  actor: z.object({ name: z.string(), email: z.string() }),
  target: auditTargetSchema,
  /** The version the save produced. */
  version: versionSchema,
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const MAX_AUDIT_LOG_LIMIT = 200;
export const DEFAULT_AUDIT_LOG_LIMIT = 50;

/** GET /api/audit-log?limit=: the latest entries, newest first. */
export const auditLogSchema = z.array(auditEntrySchema);

export const auditLogParamsSchema = z.strictObject({
  limit: z
    .int({ error: `limit is a whole number from 1 to ${MAX_AUDIT_LOG_LIMIT}.` })
    .min(1, `limit is a whole number from 1 to ${MAX_AUDIT_LOG_LIMIT}.`)
    .max(MAX_AUDIT_LOG_LIMIT, `limit is a whole number from 1 to ${MAX_AUDIT_LOG_LIMIT}.`)
    .optional(),
});
export type AuditLogParams = z.infer<typeof auditLogParamsSchema>;
