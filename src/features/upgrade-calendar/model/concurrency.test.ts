import { concurrencyPeak, foldEmptyHours, hourlyConcurrency } from './concurrency';
import { group, site } from './test-groups';

// The first `ha` sites have two Sockets.
const sites = (count: number, zone: string, ha = 0) =>
  Array.from({ length: count }, (_, i) => site(`${zone} ${i}`, zone, 'JP', i < ha ? 'ha' : 'single'));

describe('concurrency', () => {
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', sites(3, 'Asia/Tokyo', 1));
  // Kathmandu (+05:45) overlaps Tokyo's window for 15 minutes only.
  const kathmandu = group(
    'Asia/Kathmandu',
    '2023-03-11T19:15Z',
    '2023-03-11T21:15Z',
    sites(2, 'Asia/Kathmandu', 2),
  );
  const seoul = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', sites(4, 'Asia/Seoul'));
  const kolkata = group('Asia/Kolkata', '2023-03-11T17:45Z', '2023-03-11T19:45Z', sites(1, 'Asia/Kolkata'));

  it('counts every site, and the HA ones, in each display-zone hour its window touches', () => {
    const buckets = hourlyConcurrency([tokyo, kathmandu], 'UTC');
    expect(buckets.map((b) => [b.start.toISO(), b.sites, b.haSites])).toEqual([
      ['2023-03-11T16:00:00.000Z', 3, 1],
      ['2023-03-11T17:00:00.000Z', 3, 1],
      ['2023-03-11T18:00:00.000Z', 0, 0],
      ['2023-03-11T19:00:00.000Z', 2, 2],
      ['2023-03-11T20:00:00.000Z', 2, 2],
      ['2023-03-11T21:00:00.000Z', 2, 2],
    ]);
  });

  it('names the zones upgrading in each hour', () => {
    const buckets = hourlyConcurrency([tokyo, seoul, kolkata], 'UTC');
    expect(buckets.map((b) => b.groups.map((g) => g.timeZone))).toEqual([
      ['Asia/Tokyo', 'Asia/Seoul'],
      ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Kolkata'],
      ['Asia/Kolkata'],
      ['Asia/Kolkata'],
    ]);
  });

  it('aligns the hours to the display zone, even at a quarter-hour offset', () => {
    const buckets = hourlyConcurrency([kathmandu], 'Asia/Kathmandu');
    expect(buckets.map((b) => b.start.toUTC().toISO())).toEqual([
      '2023-03-11T19:15:00.000Z',
      '2023-03-11T20:15:00.000Z',
    ]);
  });

  it('finds the exact peak and the zones that make it', () => {
    const peak = concurrencyPeak([tokyo, seoul, kolkata, kathmandu]);
    // Tokyo 3 (1 HA), Seoul 4, Kolkata 1, from Kolkata's opening to Tokyo's and Seoul's close.
    expect(peak?.sites).toBe(8);
    expect(peak?.haSites).toBe(1);
    expect(peak?.start.toISO()).toBe('2023-03-11T17:45:00.000Z');
    expect(peak?.end.toISO()).toBe('2023-03-11T18:00:00.000Z');
    expect(peak?.groups.map((g) => g.timeZone).sort()).toEqual(['Asia/Kolkata', 'Asia/Seoul', 'Asia/Tokyo']);
  });

  it('does not count a window that closes as another opens as overlapping', () => {
    const after = group('Asia/Kolkata', '2023-03-11T18:00Z', '2023-03-11T20:00Z', sites(5, 'Asia/Kolkata'));
    expect(concurrencyPeak([tokyo, after])?.sites).toBe(5);
    expect(concurrencyPeak([])).toBeUndefined();
  });
});

describe('foldEmptyHours', () => {
  it('folds a long stretch without upgrades into one gap and keeps short ones', () => {
    const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T17:00Z', sites(1, 'Asia/Tokyo'));
    const later = group('Asia/Seoul', '2023-03-11T19:00Z', '2023-03-11T20:00Z', sites(1, 'Asia/Seoul'));
    const muchLater = group('UTC', '2023-03-12T06:00Z', '2023-03-12T07:00Z', sites(1, 'UTC'));
    const folded = foldEmptyHours(hourlyConcurrency([tokyo, later, muchLater], 'UTC'));
    expect(folded.map((item) => ('gapHours' in item ? `gap ${item.gapHours}` : item.sites))).toEqual([
      1,
      0,
      0,
      1,
      'gap 10',
      1,
    ]);
  });
});
