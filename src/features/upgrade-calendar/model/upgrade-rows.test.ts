import { describe, expect, it } from 'vitest';
import { DateTime } from '@/lib/date-time';
import { group, site, upgradeWindow } from './test-groups';
import { csvRecords, parseCsv } from './test-csv';
import { buildUpgradeRows, upgradeRowsCsv, upgradeWordingCache } from './upgrade-rows';

describe('upgradeWordingCache', () => {
  const tokyo = [site('Tokyo HQ', 'Asia/Tokyo')];

  it('words each zone group once', () => {
    const wordingOf = upgradeWordingCache('Europe/London');
    const sunday = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', tokyo);
    expect(wordingOf(sunday)).toBe(wordingOf(sunday));
    expect(wordingOf(sunday).siteTime).toContain('12 March 2023');
  });

  it('words a new group of the same zone anew (another release or window moved its upgrade)', () => {
    const wordingOf = upgradeWordingCache('Europe/London');
    const before = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', tokyo);
    const after = group('Asia/Tokyo', '2023-03-18T16:00Z', '2023-03-18T18:00Z', tokyo);
    expect(wordingOf(before).siteTime).toContain('12 March 2023');
    expect(wordingOf(after).siteTime).toContain('19 March 2023');
  });

  it("words dates in the locale it is given, the browser's by default", () => {
    const sunday = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', tokyo);
    expect(upgradeWordingCache('Europe/London')(sunday).siteTime).toBe(
      'Sunday 12 March 2023, 01:00 – 03:00 (JST)',
    );
    expect(upgradeWordingCache('Europe/London', 'en-US')(sunday)).toEqual({
      siteTime: 'Sunday, March 12, 2023, 01:00 – 03:00 (JST)',
      displayTime: 'Saturday, March 11, 2023, 16:00 – 18:00 (GMT)',
      notes: [],
      movedBy: [],
    });
  });
});

describe('upgradeRowsCsv', () => {
  // Released Fri 3 Mar 2023 18:00 JST: Tokyo's Sunday 5 March is too close, it waits a week.
  const releasedAt = DateTime.fromISO('2023-03-03T09:00:00Z', { zone: 'utc' });
  const tokyo = group(
    'Asia/Tokyo',
    '2023-03-11T16:00Z', // Sun 12 Mar 01:00 JST
    '2023-03-11T18:00Z', // 03:00 JST
    [site('Tokyo Office', 'Asia/Tokyo', 'JP', 'ha')],
    { deferredWindow: upgradeWindow('Asia/Tokyo', '2023-03-04T16:00Z', '2023-03-04T18:00Z') },
  );
  const saoPaulo = group(
    'America/Sao_Paulo',
    '2023-03-06T02:00Z', // Sun 5 Mar 23:00 -03:00, a slot crossing midnight
    '2023-03-06T04:00Z', // Mon 6 Mar 01:00 -03:00
    [site('São Paulo', 'America/Sao_Paulo', 'BR')],
  );

  const csv = upgradeRowsCsv(buildUpgradeRows([saoPaulo, tokyo], releasedAt), 'Europe/London');
  const records = csvRecords(csv);

  it('keeps the readable columns in their order (the download adds the byte order mark)', () => {
    expect(parseCsv(csv)[0]?.slice(0, 8)).toEqual([
      'Site',
      'Country',
      'Time zone',
      'Upgrade window (site time)',
      'Upgrade window (Europe/London)',
      'Length',
      'After the release',
      'Notes',
    ]);
  });

  it('adds ids, codes, ISO 8601 instants in UTC and in site time, plain minutes and true/false', () => {
    expect(records[1]).toEqual({
      Site: 'Tokyo Office',
      Country: 'Japan',
      'Time zone': 'Asia/Tokyo',
      'Upgrade window (site time)': 'Sunday 12 March 2023, 01:00 – 03:00 (JST)',
      'Upgrade window (Europe/London)': 'Saturday 11 March 2023, 16:00 – 18:00 (GMT)',
      Length: '2 h',
      'After the release': '199 h',
      Notes:
        'Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release.',
      'Site ID': 'tokyo-office',
      'Country code': 'JP',
      'HA mode': 'ha',
      'Start (UTC)': '2023-03-11T16:00:00Z',
      'End (UTC)': '2023-03-11T18:00:00Z',
      'Start (site time)': '2023-03-12T01:00:00+09:00',
      'End (site time)': '2023-03-12T03:00:00+09:00',
      'Length (minutes)': '120',
      // 3 Mar 09:00 UTC to 11 Mar 16:00 UTC: 8 days 7 hours.
      'After the release (minutes)': '11940',
      'Deferred by notice': 'true',
      'Wave (UTC start)': '2023-03-11T16:00:00Z',
      'Own window (site time)': '',
      Freeze: '',
      'Deferred by freeze': 'false',
    });
  });

  it('names the end date of a window that crosses midnight, and its offset', () => {
    const paulo = records[0];
    expect(paulo?.Site).toBe('São Paulo');
    expect(paulo?.['Upgrade window (site time)']).toBe(
      'Sunday 5 March 2023, 23:00 – Monday 6 March 2023, 01:00 (UTC−03:00)',
    );
    expect(paulo?.['Upgrade window (Europe/London)']).toBe('Monday 6 March 2023, 02:00 – 04:00 (GMT)');
    expect(paulo?.['Start (site time)']).toBe('2023-03-05T23:00:00-03:00');
    expect(paulo?.['End (site time)']).toBe('2023-03-06T01:00:00-03:00');
    expect(paulo?.['Deferred by notice']).toBe('false');
    expect(paulo?.['HA mode']).toBe('single');
  });

  it('writes instants that parse back to the windows the engine gave', () => {
    for (const [record, { upgrade }] of [
      [records[0], saoPaulo],
      [records[1], tokyo],
    ] as const) {
      for (const column of ['Start (UTC)', 'Start (site time)', 'Wave (UTC start)'])
        expect(Date.parse(record?.[column] ?? '')).toBe(upgrade.startMillis);
      for (const column of ['End (UTC)', 'End (site time)'])
        expect(Date.parse(record?.[column] ?? '')).toBe(upgrade.endMillis);
    }
  });
});
