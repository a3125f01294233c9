import { z } from 'zod';
import { maintenanceWindowInputSchema } from './maintenance-window';
import { MAX_SITES_PAGE_SIZE, siteSchema, type Site } from './sites';

/*
 * A site's own upgrade window: the account window's day and two-hour slot, applied in the site's
 * zone with the same rule and the same 48-hour notice; null sends the site back to the account's.
 *
 * It has its own endpoint (PUT /api/sites/:id/upgrade-window) rather than a field of the General
 * body: the General body, its form and its conflict merge stay as they are; the bulk endpoint is
 * the very same operation over several sites; and each save is one kind of audit entry
 * ("site-window", not "site"). The window is still a field of the site, under the site's one
 * version: If-Match carries the site's version, and a 409 answers the whole site.
 */

/** A site's own window, or null when it follows the account's: `Site['upgradeWindow']`. */
export type SiteWindow = Site['upgradeWindow'];

/** The same day and slot rules as the account's window (./maintenance-window.ts); null: the account's. */
const ownWindowInputSchema = maintenanceWindowInputSchema.nullable();

/** PUT /api/sites/:id/upgrade-window body (If-Match: the site's version); the 200 is the `Site`. */
export const siteWindowInputSchema = z.strictObject({ upgradeWindow: ownWindowInputSchema });
export type SiteWindowInput = z.input<typeof siteWindowInputSchema>;

/** The most sites one bulk save takes: a page of the site list at its largest. */
export const MAX_BULK_SITES = MAX_SITES_PAGE_SIZE;

/**
 * POST /api/sites/upgrade-window body: the window (or null) for every listed site, each with the
 * version the administrator saw, so a site someone changed since answers "conflict" instead of
 * being overwritten.
 */
export const bulkSiteWindowInputSchema = z.strictObject({
  sites: z
    .array(
      z.strictObject({
        siteId: z.string({ error: 'siteId is the id of a site.' }).min(1, 'siteId is the id of a site.'),
        version: z
          .int({ error: 'version is the version of the site you saw: a whole number from 1.' })
          .min(1, 'version is the version of the site you saw: a whole number from 1.'),
      }),
      { error: 'sites is a list of { siteId, version }.' },
    )
    .min(1, 'Choose at least one site.')
    .max(MAX_BULK_SITES, `One save takes at most ${MAX_BULK_SITES.toLocaleString('en-GB')} sites.`)
    .superRefine((sites, ctx) => {
      const seen = new Set<string>();
      sites.forEach((site, index) => {
        if (seen.has(site.siteId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'siteId'],
            message: `${site.siteId} is listed twice.`,
          });
        }
        seen.add(site.siteId);
      });
    }),
  upgradeWindow: ownWindowInputSchema,
});
export type BulkSiteWindowInput = z.input<typeof bulkSiteWindowInputSchema>;

/** What became of one listed site: nothing is skipped without saying so. */
export const bulkSiteWindowResultSchema = z.discriminatedUnion('result', [
  /** The site now has the window; `site.version` is new, or the same when it had it already. */
  z.object({ siteId: z.string(), result: z.literal('saved'), site: siteSchema }),
  /** Someone saved the site since the version sent: nothing saved; here is the site as it is now. */
  z.object({ siteId: z.string(), result: z.literal('conflict'), current: siteSchema }),
  /** Not saved, and why ("There is no site with id ..."). */
  z.object({ siteId: z.string(), result: z.literal('failed'), reason: z.string() }),
]);
export type BulkSiteWindowResult = z.infer<typeof bulkSiteWindowResultSchema>;

/** The 200 of POST /api/sites/upgrade-window: one result per listed site, in the order sent. */
export const bulkSiteWindowAnswerSchema = z.object({ results: z.array(bulkSiteWindowResultSchema) });
export type BulkSiteWindowAnswer = z.infer<typeof bulkSiteWindowAnswerSchema>;
