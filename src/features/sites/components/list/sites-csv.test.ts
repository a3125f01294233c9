import { db } from '@mocks/db';
import { siteSummarySchema, SITE_SORTS } from '@/contract/sites';
import { DateTime } from '@/lib/date-time';
import { sitesCsv, sitesCsvFileName } from './sites-csv';
import { SORT_OPTIONS } from './sort-options';

// The vendor article's example: released Friday 3 March 2023, 18:00 in Tokyo (09:00 UTC).
const RELEASED_AT = DateTime.fromISO('2023-03-03T09:00:00Z', { zone: 'utc' });
// Sunday 01:00 - 03:00, and no freeze unless a test adds one.
const schedule = () => ({ maintenanceWindow: db().maintenanceWindow, freezes: [] });
const siteById = (id: string) => siteSummarySchema.parse(db().sites.find((site) => site.id === id));

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

/** The CSV's rows as records keyed by its header. */
function parse(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((fields) => Object.fromEntries(header.map((name, index) => [name, fields[index] ?? ''])));
}

describe('the Sites CSV', () => {
  it('has one row per site, in the order given, with readable and machine columns', () => {
    const sites = ['site-tokyo', 'site-sao-paulo', 'site-kathmandu'].map(siteById);
    const csv = sitesCsv({
      sites,
      schedule: schedule(),
      releasedAt: RELEASED_AT,
      viewerTimeZone: 'Europe/London',
    });
    const rows = parse(csv);
    expect(rows.map((row) => row['Site ID'])).toEqual(['site-tokyo', 'site-sao-paulo', 'site-kathmandu']);
    // Tokyo waits a week: Sunday 5 March 01:00 JST is less than 48 hours after the release.
    expect(rows[0]).toMatchObject({
      Site: 'Tokyo Office',
      Country: 'Japan',
      'Country code': 'JP',
      'Time zone': 'Asia/Tokyo',
      'UTC offset now': 'UTC+09:00',
      'Next upgrade (site time)': 'Sunday 12 March 2023, 01:00 – 03:00 (JST)',
      'Next upgrade (your time, Europe/London)': 'Saturday 11 March 2023, 16:00 – 18:00 (GMT)',
      'Next upgrade start (UTC)': '2023-03-11T16:00:00Z',
      'Next upgrade end (UTC)': '2023-03-11T18:00:00Z',
      'Next upgrade start (site time)': '2023-03-12T01:00:00+09:00',
      'Next upgrade end (site time)': '2023-03-12T03:00:00+09:00',
      'If released at (UTC)': '2023-03-03T09:00:00Z',
    });
    expect(rows[0]?.Notes).toMatch(/^Waits a week: the window of Sunday 5 March 2023, 01:00 site time/);
    expect(rows[1]).toMatchObject({
      Site: 'São Paulo Office',
      City: 'São Paulo',
      'UTC offset now': 'UTC−03:00',
    });
    // Kathmandu's Sunday 5 March 01:00 (+05:45) is Saturday 19:15 UTC, before the notice ends too.
    expect(rows[2]).toMatchObject({
      'Next upgrade start (site time)': '2023-03-12T01:00:00+05:45',
      'Next upgrade start (UTC)': '2023-03-11T19:15:00Z',
    });
  });

  it('names both zones of a window a clock change runs through, with an arrow', () => {
    // Released Thursday 22 October 2026: London's next window, Sunday 25 October, ends on GMT.
    const rows = parse(
      sitesCsv({
        sites: [siteById('site-london')],
        schedule: schedule(),
        releasedAt: DateTime.fromISO('2026-10-22T09:00:00Z', { zone: 'utc' }),
        viewerTimeZone: 'Asia/Tokyo',
      }),
    );
    expect(rows[0]).toMatchObject({
      'Next upgrade (site time)': 'Sunday 25 October 2026, 01:00 – 03:00 (BST → GMT)',
      'Next upgrade start (UTC)': '2026-10-25T00:00:00Z',
      'Next upgrade end (UTC)': '2026-10-25T03:00:00Z',
      // 01:00 BST to 03:00 GMT: each end with the offset the site's clock has then.
      'Next upgrade start (site time)': '2026-10-25T01:00:00+01:00',
      'Next upgrade end (site time)': '2026-10-25T03:00:00+00:00',
    });
    expect(rows[0]?.Notes).toMatch(/clocks go back during the window, so it is 1 h longer/);
  });

  it("uses a site's own window, says which window each row used, and keeps to the freezes", () => {
    const sites = ['site-tokyo', 'site-frankfurt'].map(siteById);
    const freezes = [{ name: 'Spring', startDate: '2023-03-06', endDate: '2023-03-08' }];
    const [tokyo, frankfurt] = parse(
      sitesCsv({
        sites,
        schedule: { maintenanceWindow: db().maintenanceWindow, freezes },
        releasedAt: RELEASED_AT,
        viewerTimeZone: 'UTC',
      }),
    );
    expect(tokyo?.['Upgrade window']).toBe('Sunday 01:00 – 03:00 (account)');
    // Frankfurt's own Tuesday 7 March window is frozen: it waits a week.
    expect(frankfurt).toMatchObject({
      'Upgrade window': 'Tuesday 02:00 – 04:00 (own)',
      'Next upgrade start (site time)': '2023-03-14T02:00:00+01:00',
      'Next upgrade start (UTC)': '2023-03-14T01:00:00Z',
    });
    expect(frankfurt?.Notes).toMatch(/Tuesday 7 March 2023, 02:00 – 04:00 is in the Spring freeze/);
  });

  it('keeps a site whose zone is not recognised, with no times and a note saying why', () => {
    const mars = { ...siteById('site-tokyo'), id: 'site-mars', name: 'Mars Base', timezone: 'Mars/Olympus' };
    const [row] = parse(
      sitesCsv({
        sites: [mars],
        schedule: schedule(),
        releasedAt: RELEASED_AT,
        viewerTimeZone: 'UTC',
      }),
    );
    expect(row).toMatchObject({
      'Site ID': 'site-mars',
      'Time zone': 'Mars/Olympus',
      'UTC offset now': '',
      'Next upgrade (site time)': '',
      'Next upgrade start (UTC)': '',
      Notes: 'Time zone not recognised: fix it on the site.',
    });
  });

  it('is named for what it holds and when it was worked out', () => {
    expect(sitesCsvFileName(RELEASED_AT.setZone('Asia/Tokyo'))).toBe(
      'sites-next-upgrades-20230303T0900Z.csv',
    );
  });
});

describe('the Sort by menu', () => {
  it('offers every order the API takes, once each', () => {
    expect(SORT_OPTIONS.map((option) => option.sort).sort()).toEqual([...SITE_SORTS].sort());
  });
});
