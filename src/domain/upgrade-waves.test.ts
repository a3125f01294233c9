// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIntoWaves, peakConcurrency } from './upgrade-waves';

const HOUR = 3_600_000;
const at = (startHour: number, endHour: number, sites = 1) => ({
  startMillis: startHour * HOUR,
  endMillis: endHour * HOUR,
  sites,
});

describe('waves', () => {
  it('groups windows that open at the same instant, earliest first', () => {
    const tokyo = at(16, 18);
    const seoul = at(16, 18);
    const sydney = at(14, 16);
    const waves = groupIntoWaves([tokyo, sydney, seoul]);
    expect(waves.map((wave) => wave.startMillis)).toEqual([14 * HOUR, 16 * HOUR]);
    expect(waves[1]?.members).toEqual([tokyo, seoul]);
  });

  it('keeps a window a clock change shortened in the wave of its opening', () => {
    const waves = groupIntoWaves([at(1, 3), at(1, 2)]);
    expect(waves).toHaveLength(1);
  });
});

describe('peak concurrency', () => {
  it('counts sites, not items, and names the first stretch at the peak', () => {
    const peak = peakConcurrency([at(0, 2, 5), at(1, 3, 7), at(4, 6, 9)], (item) => item.sites);
    expect(peak).toMatchObject({ count: 12, fromMillis: 1 * HOUR, untilMillis: 2 * HOUR });
    expect(peak?.during.map((item) => item.sites)).toEqual([5, 7]);
  });

  it('does not count a window that closes as another opens', () => {
    expect(peakConcurrency([at(0, 2), at(2, 4)])?.count).toBe(1);
  });

  it('has no peak without a non-empty window', () => {
    expect(peakConcurrency([])).toBeUndefined();
    expect(peakConcurrency([at(3, 3)])).toBeUndefined();
  });

  it('agrees with counting every minute', () => {
    const windows = fc.array(
      fc
        .record({
          start: fc.integer({ min: 0, max: 300 }),
          length: fc.integer({ min: 0, max: 180 }),
          sites: fc.integer({ min: 0, max: 9 }),
        })
        .map(({ start, length, sites }) => ({
          startMillis: start * 60_000,
          endMillis: (start + length) * 60_000,
          sites,
        })),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(windows, (items) => {
        let most = 0;
        for (let minute = 0; minute < 480; minute += 1) {
          const instant = minute * 60_000;
          let count = 0;
          for (const item of items)
            if (item.startMillis <= instant && instant < item.endMillis) count += item.sites;
          most = Math.max(most, count);
        }
        expect(peakConcurrency(items, (item) => item.sites)?.count ?? 0).toBe(most);
      }),
    );
  });
});
