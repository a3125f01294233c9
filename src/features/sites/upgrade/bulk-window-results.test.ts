import type { BulkSiteWindowResult } from '@/contract/site-window';
import { siteSchema, type Site } from '@/contract/sites';
import {
  bulkWindowInput,
  bulkWindowReport,
  bulkWindowSummary,
  conflictRetry,
  mergeBulkWindowReports,
} from './bulk-window-results';

const TUESDAY = { day: 'TUESDAY', start: '02:00', end: '04:00' } as const;
const ACCOUNT = { day: 'SUNDAY', start: '01:00', end: '03:00' } as const;

function site(id: string, name: string, version: number, changes: Partial<Site> = {}): Site {
  return siteSchema.parse({
    id,
    name,
    siteType: 'Branch',
    connectionType: 'X1600',
    countryCode: 'JP',
    stateCode: null,
    cityName: '',
    timezone: 'Asia/Tokyo',
    socketVersion: '26.3.22512',
    haMode: 'single',
    upgradeWindow: null,
    description: '',
    address: '',
    version,
    updatedAt: '2026-12-01T08:00:00Z',
    updatedBy: 'Alex Morgan',
    ...changes,
  });
}

const sent = [
  { siteId: 'site-tokyo', name: 'Tokyo Office', version: 2 },
  { siteId: 'site-london', name: 'London Office', version: 1 },
  { siteId: 'site-kolkata', name: 'Kolkata Office', version: 1 },
  { siteId: 'site-gone', name: 'Gone Office', version: 4 },
  { siteId: 'site-unanswered', name: 'Quiet Office', version: 1 },
];

const results: BulkSiteWindowResult[] = [
  {
    siteId: 'site-tokyo',
    result: 'saved',
    site: site('site-tokyo', 'Tokyo Office', 3, { upgradeWindow: TUESDAY }),
  },
  {
    siteId: 'site-london',
    result: 'saved',
    site: site('site-london', 'London Office', 1, { upgradeWindow: TUESDAY }),
  },
  {
    siteId: 'site-kolkata',
    result: 'conflict',
    current: site('site-kolkata', 'Kolkata Office', 2, { updatedBy: 'Dana Admin' }),
  },
  { siteId: 'site-gone', result: 'failed', reason: 'There is no site with id site-gone.' },
];

describe('the report of a bulk window save', () => {
  const report = bulkWindowReport(sent, results, ACCOUNT);

  it('has one row per site sent, in the order sent, none skipped', () => {
    expect(report.map((row) => [row.name, row.outcome])).toEqual([
      ['Tokyo Office', 'saved'],
      ['London Office', 'saved'],
      ['Kolkata Office', 'conflict'],
      ['Gone Office', 'failed'],
      ['Quiet Office', 'failed'],
    ]);
  });

  it('says why each site was not saved, and which window a conflicting site has now', () => {
    expect(report.map((row) => row.text)).toEqual([
      'Saved.',
      'Saved: it had this window already.',
      "Not saved: Dana Admin changed this site since the list was loaded; it follows the account's window, Sunday 01:00 – 03:00.",
      'Not saved: There is no site with id site-gone.',
      'Not saved: the server did not answer for this site.',
    ]);
    expect(bulkWindowSummary(report)).toBe(
      '2 sites saved · 1 site changed by someone else first · 2 sites failed',
    );
  });

  it('retries only the conflicts, with the version they have now, and merges the answer in', () => {
    const retry = conflictRetry(report);
    expect(retry).toEqual([{ siteId: 'site-kolkata', name: 'Kolkata Office', version: 2 }]);
    expect(bulkWindowInput(retry, null)).toEqual({
      sites: [{ siteId: 'site-kolkata', version: 2 }],
      upgradeWindow: null,
    });
    const retried = bulkWindowReport(
      retry,
      [{ siteId: 'site-kolkata', result: 'saved', site: site('site-kolkata', 'Kolkata Office', 3) }],
      ACCOUNT,
    );
    const merged = mergeBulkWindowReports(report, retried);
    expect(merged.map((row) => row.outcome)).toEqual(['saved', 'saved', 'saved', 'failed', 'failed']);
    expect(conflictRetry(merged)).toEqual([]);
    expect(bulkWindowSummary(merged)).toBe('3 sites saved · 2 sites failed');
  });
});
