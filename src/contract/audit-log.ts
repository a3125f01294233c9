import { z } from 'zod';
import { instantSchema, versionSchema, whenFieldsAreValid } from './common';

/** What an entry is about: the account's window, a site's General fields, a site's window, a freeze. */
export const AUDIT_KINDS = ['maintenance-window', 'site', 'site-window', 'freeze'] as const;
export const auditKindSchema = z.enum(AUDIT_KINDS, { error: `kind is one of ${AUDIT_KINDS.join(', ')}.` });
export type AuditKind = z.infer<typeof auditKindSchema>;

/** What a change was made to, with the ids to link to it and its name at the time. */
export const auditTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('maintenance-window') }),
  /** The site's General fields. */
  z.object({ kind: z.literal('site'), siteId: z.string(), siteName: z.string() }),
  /** The site's own window (changes `day`, `start`, `end`; null: the site follows the account's). */
  z.object({ kind: z.literal('site-window'), siteId: z.string(), siteName: z.string() }),
  z.object({ kind: z.literal('freeze'), freezeId: z.string(), freezeName: z.string() }),
]);
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** A freeze is created and deleted; everything else, and a freeze's edit, is changed. */
export const AUDIT_ACTIONS = ['created', 'changed', 'deleted'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field's value before and after, as text ("SUNDAY", "Asia/Kolkata"); null when empty. */
export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** Who saves: the administrator's name and e-mail (the e-mail filters the log). */
export const auditActorSchema = z.object({ name: z.string(), email: z.string() });
export type AuditActor = z.infer<typeof auditActorSchema>;

/** Who changed what, when: one entry per successful save (per site, for a bulk save). */
export const auditEntrySchema = z.object({
  id: z.string(),
  occurredAt: instantSchema,
  actor: auditActorSchema,
  target: auditTargetSchema,
  /** Created and deleted say so; an answer without it is a change. */
  action: z.enum(AUDIT_ACTIONS).default('changed'),
  /** The version the save produced (for a deletion, the last version the freeze had). */
  version: versionSchema,
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Entries newest first (how the backend keeps them). */
export const auditLogSchema = z.array(auditEntrySchema);

export const MAX_AUDIT_LOG_PAGE_SIZE = 200;
export const DEFAULT_AUDIT_LOG_PAGE_SIZE = 50;

/** GET /api/audit-log: one page, newest first, how many entries match, and who appears in the log. */
export const auditLogPageSchema = z.object({
  items: auditLogSchema,
  total: z.int().min(0),
  /** Everyone with an entry in the whole log (not only this page), by name: the administrator filter. */
  actors: z.array(auditActorSchema),
});
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;

const instantParam = (name: string) =>
  z.iso.datetime({ error: `${name} is an instant in UTC, such as 2026-12-01T00:00:00Z.` }).optional();

const pageSizeMessage = `pageSize is a whole number from 1 to ${MAX_AUDIT_LOG_PAGE_SIZE}.`;

/**
 * GET /api/audit-log query parameters, all optional and combined with "and". `siteId` finds the
 * entries of that site (General and window); `actor` is an administrator's e-mail; `from` (included)
 * and `to` (excluded) are instants, so a day in the viewer's zone is asked for exactly.
 */
export const auditLogParamsSchema = z
  .strictObject({
    kind: auditKindSchema.optional(),
    siteId: z.string().min(1, 'siteId is the id of a site.').optional(),
    actor: z.string().min(1, "actor is an administrator's e-mail.").optional(),
    from: instantParam('from'),
    to: instantParam('to'),
    page: z
      .int({ error: 'page is a whole number from 1.' })
      .min(1, 'page is a whole number from 1.')
      .optional(),
    pageSize: z
      .int({ error: pageSizeMessage })
      .min(1, pageSizeMessage)
      .max(MAX_AUDIT_LOG_PAGE_SIZE, pageSizeMessage)
      .optional(),
  })
  .superRefine(
    ({ from, to }, ctx) => {
      if (from !== undefined && to !== undefined && Date.parse(to) <= Date.parse(from)) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from.' });
      }
    },
    { when: whenFieldsAreValid('from', 'to') },
  );
export type AuditLogParams = z.infer<typeof auditLogParamsSchema>;
