import { concurrencyPeak, foldEmptyHours, hourlyConcurrency } from './concurrency';
import { group, site } from './test-groups';

const sites = (count: number, zone: string) =>
  Array.from({ length: count }, (_, i) => site(`${zone} ${i}`, zone));

describe('concurrency', () => {
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', sites(3, 'Asia/Tokyo'));
  // Kathmandu (+05:45) overlaps Tokyo's window for 15 minutes only.
  const kathmandu = group(
    'Asia/Kathmandu',
    '2023-03-11T19:15Z',
    '2023-03-11T21:15Z',
    sites(2, 'Asia/Kathmandu'),
  );
  const seoul = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', sites(4, 'Asia/Seoul'));
  const kolkata = group('Asia/Kolkata', '2023-03-11T17:45Z', '2023-03-11T19:45Z', sites(1, 'Asia/Kolkata'));

  it('counts every site in each display-zone hour its window touches', () => {
    const buckets = hourlyConcurrency([tokyo, kathmandu], 'UTC');
    expect(buckets.map((b) => [b.start.toISO(), b.sites])).toEqual([
      ['2023-03-11T16:00:00.000Z', 3],
      ['2023-03-11T17:00:00.000Z', 3],
      ['2023-03-11T18:00:00.000Z', 0],
      ['2023-03-11T19:00:00.000Z', 2],
      ['2023-03-11T20:00:00.000Z', 2],
      ['2023-03-11T21:00:00.000Z', 2],
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
    expect(peak?.sites).toBe(8);
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
