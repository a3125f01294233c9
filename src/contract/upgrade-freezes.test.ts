import { toFieldErrors } from './common';
import { freezeRuleErrors, upgradeFreezeInputSchema } from './upgrade-freezes';

const yearEnd = { name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' };
const NOW = new Date('2026-12-01T04:00:00.000Z');

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

  it('asks for a date left empty, in words a person acts on', () => {
    const result = upgradeFreezeInputSchema.safeParse({ ...yearEnd, startDate: '', endDate: undefined });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      { field: 'startDate', message: 'Enter the start date.' },
      { field: 'endDate', message: 'Enter the end date.' },
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
    const endingOn = (endDate: string) => ({ ...yearEnd, startDate: '2026-11-20', endDate });
    expect(freezeRuleErrors(endingOn('2026-11-30'), { others: [], now: NOW })).toEqual([]);
    expect(freezeRuleErrors(endingOn('2026-11-29'), { others: [], now: NOW })).toEqual([
      {
        field: 'endDate',
        message: "This freeze would be over on every site's clock: it must end on 30 November 2026 or later.",
      },
    ]);
  });

  it('lets a freeze that is over be saved unchanged, not changed', () => {
    const over = { name: 'Old', startDate: '2025-12-18', endDate: '2026-01-04' };
    expect(freezeRuleErrors(over, { others: [], before: over, now: NOW })).toEqual([]);
    expect(
      freezeRuleErrors({ ...over, name: 'Older' }, { others: [], before: over, now: NOW }).map(
        (error) => error.field,
      ),
    ).toEqual(['endDate']);
  });

  it('says an end before the start at the end, with the start date', () => {
    const result = upgradeFreezeInputSchema.safeParse({ ...yearEnd, endDate: '2026-12-17' });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      { field: 'endDate', message: 'The end date cannot be before the start date (18 December 2026).' },
    ]);
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
