import { describeShifts, formatShift } from './comparison-wording';

const shift = (siteCount: number, leastMinutes: number, mostMinutes: number) => ({
  siteCount,
  zoneCount: 1,
  leastMinutes,
  mostMinutes,
});

describe('the words of a comparison', () => {
  it('says how far an upgrade moves in days, hours and minutes', () => {
    expect(formatShift(120)).toBe('2 h');
    expect(formatShift(45)).toBe('45 min');
    expect(formatShift(24 * 60)).toBe('1 day');
    expect(formatShift(6 * 24 * 60 + 22 * 60)).toBe('6 days 22 h');
    expect(formatShift(24 * 60 + 30)).toBe('1 day 30 min');
  });

  it('says the whole move in one sentence, with ranges only where they are ranges', () => {
    expect(
      describeShifts({
        earlier: shift(3120, 120, 6 * 24 * 60 + 22 * 60),
        later: shift(1880, 60, 60),
        unchangedSiteCount: 0,
      }),
    ).toBe('3,120 sites earlier, by 2 h to 6 days 22 h; 1,880 sites later, by 1 h.');
    expect(describeShifts({ earlier: null, later: shift(1, 120, 120), unchangedSiteCount: 4 })).toBe(
      '1 site later, by 2 h; 4 sites at the same time.',
    );
  });

  it('says when nothing moves', () => {
    expect(describeShifts({ earlier: null, later: null, unchangedSiteCount: 12 })).toBe(
      'Every site upgrades at the same time as with the saved window.',
    );
  });
});
