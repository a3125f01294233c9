import type { BulkSiteWindowInput, BulkSiteWindowResult, SiteWindow } from '@/contract/site-window';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { countOf, SITE } from '@/lib/plural';
import { windowText } from './window-text';

/*
 * What a bulk "Set upgrade window…" did, site by site, in words: nothing the server answered is
 * left out, and a site the answer does not mention says so too.
 */

/** A site as the bulk save sent it: its name for the report, the version the list showed. */
export interface BulkWindowSite {
  siteId: string;
  name: string;
  version: number;
}

export type BulkWindowOutcome = 'saved' | 'conflict' | 'failed';

export interface BulkWindowReportRow {
  siteId: string;
  name: string;
  outcome: BulkWindowOutcome;
  /** "Saved", "Not saved: Dana Admin changed this site since…", "Not saved: There is no site…". */
  text: string;
  /** A conflicting site's version now, for a retry that replaces theirs on purpose. */
  currentVersion?: number;
}

type WindowTimes = Pick<MaintenanceWindow, 'day' | 'start' | 'end'>;

function windowNow(upgradeWindow: SiteWindow, accountWindow: WindowTimes | undefined): string {
  if (upgradeWindow) return `its own window, ${windowText(upgradeWindow)}`;
  return accountWindow ? `the account's window, ${windowText(accountWindow)}` : "the account's window";
}

/** One row per site sent, in the order sent. */
export function bulkWindowReport(
  sent: readonly BulkWindowSite[],
  results: readonly BulkSiteWindowResult[],
  accountWindow: WindowTimes | undefined,
): BulkWindowReportRow[] {
  const bySite = new Map(results.map((result) => [result.siteId, result]));
  return sent.map(({ siteId, name, version }): BulkWindowReportRow => {
    const result = bySite.get(siteId);
    if (result === undefined) {
      return { siteId, name, outcome: 'failed', text: 'Not saved: the server did not answer for this site.' };
    }
    switch (result.result) {
      case 'saved':
        return {
          siteId,
          name: result.site.name,
          outcome: 'saved',
          text: result.site.version === version ? 'Saved: it had this window already.' : 'Saved.',
        };
      case 'conflict':
        return {
          siteId,
          name: result.current.name,
          outcome: 'conflict',
          text: `Not saved: ${result.current.updatedBy} changed this site since the list was loaded; it follows ${windowNow(result.current.upgradeWindow, accountWindow)}.`,
          currentVersion: result.current.version,
        };
      case 'failed':
        return { siteId, name, outcome: 'failed', text: `Not saved: ${result.reason}` };
    }
  });
}

/** The rows a retry answered replace theirs; the others stay as they were. */
export function mergeBulkWindowReports(
  previous: readonly BulkWindowReportRow[],
  retried: readonly BulkWindowReportRow[],
): BulkWindowReportRow[] {
  const bySite = new Map(retried.map((row) => [row.siteId, row]));
  return previous.map((row) => bySite.get(row.siteId) ?? row);
}

/** The conflicting sites, sent again with the version they have now: theirs is replaced on purpose. */
export function conflictRetry(report: readonly BulkWindowReportRow[]): BulkWindowSite[] {
  return report.flatMap((row) =>
    row.outcome === 'conflict' && row.currentVersion !== undefined
      ? [{ siteId: row.siteId, name: row.name, version: row.currentVersion }]
      : [],
  );
}

/** The POST body for these sites and this window (null: the account's). */
export function bulkWindowInput(
  sites: readonly BulkWindowSite[],
  upgradeWindow: SiteWindow,
): BulkSiteWindowInput {
  return { sites: sites.map(({ siteId, version }) => ({ siteId, version })), upgradeWindow };
}

/** "2 sites saved · 1 site not saved: changed by someone else · 1 site failed" */
export function bulkWindowSummary(report: readonly BulkWindowReportRow[]): string {
  const count = (outcome: BulkWindowOutcome) => report.filter((row) => row.outcome === outcome).length;
  const parts = [`${countOf(count('saved'), SITE)} saved`];
  if (count('conflict') > 0) parts.push(`${countOf(count('conflict'), SITE)} changed by someone else first`);
  if (count('failed') > 0) parts.push(`${countOf(count('failed'), SITE)} failed`);
  return parts.join(' · ');
}
