import { toFieldErrors } from './common';
import {
  earliestDateOnEarth,
  freezeLengthInDays,
  freezeRuleErrors,
  isFreezeOver,
  upgradeFreezeInputSchema,
} from './upgrade-freezes';

const yearEnd = { name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' };
const NOW = new Date('2026-12-01T04:00:00.000Z');

describe('the length of a freeze', () => {
  it('counts both dates, across a year end and a leap day', () => {
    expect(freezeLengthInDays(yearEnd)).toBe(18);
    expect(freezeLengthInDays({ startDate: '2028-02-28', endDate: '2028-03-01' })).toBe(3);
    expect(freezeLengthInDays({ startDate: '2026-12-18', endDate: '2026-12-18' })).toBe(1);
  });
});

describe('upgradeFreezeInputSchema', () => {
  it('stores a trimmed, composed name and the dates as sent', () => {
    expect(upgradeFreezeInputSchema.parse({ ...yearEnd, name: ' Cafe\u0301 freeze ' })).toEqual({
      ...yearEnd,
      name: 'Café freeze',
    });
  });

  it('allows a one-day freeze and one of exactly 60 days, not 61', () => {
    expect(upgradeFreezeInputSchema.safeParse({ ...yearEnd, endDate: '2026-12-18' }).success).toBe(true);
    expect(upgradeFreezeInputSchema.safeParse({ ...yearEnd, endDate: '2027-02-15' }).success).toBe(true);
    const tooLong = upgradeFreezeInputSchema.safeParse({ ...yearEnd, endDate: '2027-02-16' });
    expect(toFieldErrors(tooLong.error?.issues ?? [])).toEqual([
      { field: 'endDate', message: 'A freeze lasts at most 60 days; this one lasts 61.' },
    ]);
  });

  it('checks the dates against each other only when both are real dates', () => {
    const result = upgradeFreezeInputSchema.safeParse({
      ...yearEnd,
      startDate: '2026-13-01',
      endDate: '2026-01-01',
    });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      {
        field: 'startDate',
        message: 'The start date must be a real date written as YYYY-MM-DD, such as 2026-12-18.',
      },
    ]);
  });
});

describe('the rules only the server checks', () => {
  it('takes the date of the clocks furthest behind (UTC-12) as the last date still under way', () => {
    expect(earliestDateOnEarth(new Date('2026-12-01T04:00:00Z'))).toBe('2026-11-30');
    expect(earliestDateOnEarth(new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-01');
    expect(isFreezeOver({ endDate: '2026-11-30' }, NOW)).toBe(false);
    expect(isFreezeOver({ endDate: '2026-11-29' }, NOW)).toBe(true);
  });

  it('accepts a freeze with nothing against it', () => {
    expect(freezeRuleErrors(yearEnd, { others: [], now: NOW })).toEqual([]);
  });

  it('names the freeze it overlaps at the date that falls inside it', () => {
    const others = [{ name: 'Spring', startDate: '2027-03-01', endDate: '2027-03-14' }];
    const ending = freezeRuleErrors(
      { ...yearEnd, startDate: '2027-02-20', endDate: '2027-03-01' },
      { others, now: NOW },
    );
    expect(ending).toEqual([
      {
        field: 'endDate',
        message: 'These dates overlap "Spring" (1 March 2027 – 14 March 2027): freezes cannot overlap.',
      },
    ]);
    const starting = freezeRuleErrors(
      { ...yearEnd, startDate: '2027-03-14', endDate: '2027-03-20' },
      { others, now: NOW },
    );
    expect(starting.map((error) => error.field)).toEqual(['startDate']);
    // The day after the other freeze ends is free.
    expect(
      freezeRuleErrors({ ...yearEnd, startDate: '2027-03-15', endDate: '2027-03-20' }, { others, now: NOW }),
    ).toEqual([]);
  });

  it('reports a namesake and a past end together', () => {
    const others = [{ name: 'year-end FREEZE 2026', startDate: '2020-01-01', endDate: '2020-01-02' }];
    const errors = freezeRuleErrors(
      { ...yearEnd, startDate: '2026-11-01', endDate: '2026-11-02' },
      { others, now: NOW },
    );
    expect(errors.map((error) => error.field)).toEqual(['name', 'endDate']);
    expect(errors[1]?.message).toBe(
      "This freeze would be over on every site's clock: it must end on 30 November 2026 or later.",
    );
  });
});
