// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  earliestDateUnderWay,
  freezeLengthInDays,
  freezeStateAt,
  isFreezeOver,
  MAX_FREEZE_DAYS,
  upgradeFreezeProblems,
} from './upgrade-freeze-rules';
import type { UpgradeFreeze } from './upgrade-freezes';

/* The rules a list of freezes keeps to be saved, one by one, each at its edge. */

// Mon 1 Jun 2026 12:00 UTC
const NOW = DateTime.fromISO('2026-06-01T12:00:00Z', { zone: 'utc' });
const freeze = (name: string, startDate: string, endDate: string): UpgradeFreeze => ({
  name,
  startDate,
  endDate,
});
const codesOf = (freezes: UpgradeFreeze[], options = { now: NOW }) =>
  upgradeFreezeProblems(freezes, options).map(({ code, index, field }) => [code, index, field]);

describe('a list of freezes that can be saved', () => {
  it('has no problem: future freezes, one running now, back to back', () => {
    expect(
      codesOf([
        freeze('Running', '2026-05-20', '2026-06-05'),
        freeze('Summer', '2026-06-06', '2026-08-04'),
        freeze('Year-end', '2026-12-20', '2027-01-03'),
      ]),
    ).toEqual([]);
  });

  it('may be empty', () => {
    expect(codesOf([])).toEqual([]);
  });
});

describe('a freeze lasts at most 60 days', () => {
  it('60 days, both ends counted, is allowed; 61 is not', () => {
    // 1 Jul to 29 Aug 2026 is 60 days; to 30 Aug, 61.
    expect(codesOf([freeze('Summer', '2026-07-01', '2026-08-29')])).toEqual([]);
    expect(codesOf([freeze('Summer', '2026-07-01', '2026-08-30')])).toEqual([
      ['FREEZE_TOO_LONG', 0, 'endDate'],
    ]);
    expect(
      upgradeFreezeProblems([freeze('Summer', '2026-07-01', '2026-08-30')], { now: NOW })[0]?.message,
    ).toBe(`A freeze lasts at most ${MAX_FREEZE_DAYS} days; this one lasts 61.`);
  });

  it('one day is a freeze: start and end on the same date', () => {
    expect(codesOf([freeze('Launch', '2026-07-01', '2026-07-01')])).toEqual([]);
  });
});

describe('the end is not before the start', () => {
  it('refuses an end the day before the start', () => {
    expect(codesOf([freeze('Backwards', '2026-07-02', '2026-07-01')])).toEqual([
      ['FREEZE_ENDS_BEFORE_START', 0, 'endDate'],
    ]);
  });
});

describe('freezes may not overlap each other', () => {
  it('refuses a freeze sharing one date with an earlier one of the list, naming it', () => {
    const problems = upgradeFreezeProblems(
      [freeze('Summer', '2026-07-01', '2026-07-31'), freeze('August', '2026-07-31', '2026-08-15')],
      { now: NOW },
    );
    expect(problems).toEqual([
      {
        code: 'FREEZES_OVERLAP',
        index: 1,
        field: 'startDate',
        otherIndex: 0,
        message: 'The freeze overlaps the Summer freeze.',
      },
    ]);
  });

  it('refuses one inside another, whatever the order of the list', () => {
    expect(
      codesOf([freeze('Inside', '2026-07-10', '2026-07-12'), freeze('Summer', '2026-07-01', '2026-07-31')]),
    ).toEqual([['FREEZES_OVERLAP', 1, 'startDate']]);
  });

  it('allows one that starts the day after another ends', () => {
    expect(
      codesOf([freeze('July', '2026-07-01', '2026-07-31'), freeze('August', '2026-08-01', '2026-08-31')]),
    ).toEqual([]);
  });
});

describe('a freeze wholly in the past may be deleted but not created', () => {
  // The last clocks to finish 31 May are 12 h behind UTC: 31 May is over everywhere at 1 Jun 12:00 UTC.
  it('refuses a new freeze whose last date is over everywhere', () => {
    expect(codesOf([freeze('May', '2026-05-01', '2026-05-31')])).toEqual([['FREEZE_IN_PAST', 0, 'endDate']]);
  });

  it('allows a new freeze whose last date is still running somewhere (UTC-12)', () => {
    const justBefore = { now: NOW.minus({ milliseconds: 1 }) };
    expect(codesOf([freeze('May', '2026-05-01', '2026-05-31')], justBefore)).toEqual([]);
    expect(isFreezeOver(freeze('May', '2026-05-01', '2026-05-31'), justBefore.now)).toBe(false);
    expect(isFreezeOver(freeze('May', '2026-05-01', '2026-05-31'), NOW)).toBe(true);
  });

  it('keeps a past freeze already saved, unchanged', () => {
    const may = freeze('May', '2026-05-01', '2026-05-31');
    expect(upgradeFreezeProblems([may], { now: NOW, saved: [{ ...may }] })).toEqual([]);
  });

  it('refuses a saved past freeze once changed: that creates a past freeze', () => {
    const may = freeze('May', '2026-05-01', '2026-05-31');
    expect(
      upgradeFreezeProblems([{ ...may, name: 'Spring' }], { now: NOW, saved: [may] }).map(({ code }) => code),
    ).toEqual(['FREEZE_IN_PAST']);
  });

  it('deleting it is always possible: the list without it has no problem', () => {
    const may = freeze('May', '2026-05-01', '2026-05-31');
    const summer = freeze('Summer', '2026-07-01', '2026-07-31');
    expect(upgradeFreezeProblems([summer], { now: NOW, saved: [may, summer] })).toEqual([]);
  });

  it('takes the time as an argument and refuses an invalid one', () => {
    expect(() => upgradeFreezeProblems([], { now: DateTime.invalid('no clock') })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATETIME' }),
    );
  });
});

describe('names and dates', () => {
  it('a freeze needs a name that is not blank', () => {
    expect(codesOf([freeze('  ', '2026-07-01', '2026-07-02')])).toEqual([
      ['FREEZE_NAME_REQUIRED', 0, 'name'],
    ]);
  });

  it.each([
    ['not a date', 'soon'],
    ['a day that does not exist', '2026-02-30'],
    ['a date with a time', '2026-07-01T00:00'],
    ['a date written the US way', '07/01/2026'],
  ])('refuses a start that is %s', (_what, startDate) => {
    expect(codesOf([freeze('Bad', startDate, '2026-07-02')])).toEqual([
      ['FREEZE_DATE_INVALID', 0, 'startDate'],
    ]);
  });

  it('reports every problem of every freeze, in list order', () => {
    expect(
      codesOf([
        freeze('', '2026-07-01', '2026-09-30'),
        freeze('Ok', '2026-10-01', '2026-10-02'),
        freeze('Old', '2025-01-01', 'never'),
        freeze('Overlap', '2026-09-30', '2026-10-01'),
      ]),
    ).toEqual([
      ['FREEZE_NAME_REQUIRED', 0, 'name'],
      ['FREEZE_TOO_LONG', 0, 'endDate'],
      ['FREEZE_DATE_INVALID', 2, 'endDate'],
      ['FREEZES_OVERLAP', 3, 'startDate'],
    ]);
  });
});

describe('the length of a freeze', () => {
  it('counts both dates, across a year end and a leap day; none for a date that is not real', () => {
    expect(freezeLengthInDays({ startDate: '2026-12-18', endDate: '2027-01-04' })).toBe(18);
    expect(freezeLengthInDays({ startDate: '2028-02-28', endDate: '2028-03-01' })).toBe(3);
    expect(freezeLengthInDays({ startDate: '2026-12-18', endDate: '2026-12-18' })).toBe(1);
    expect(freezeLengthInDays({ startDate: '2027-02-29', endDate: '2027-03-01' })).toBeNull();
  });
});

describe('the earliest date under way', () => {
  it('is the date at UTC-12, which turns at 12:00 UTC', () => {
    // Tue 1 Dec 2026 04:00 UTC is still Mon 30 Nov 16:00 at UTC-12.
    expect(earliestDateUnderWay(DateTime.fromISO('2026-12-01T04:00:00Z'))).toBe('2026-11-30');
    expect(earliestDateUnderWay(DateTime.fromISO('2026-12-01T11:59:59.999Z'))).toBe('2026-11-30');
    expect(earliestDateUnderWay(DateTime.fromISO('2026-12-01T12:00:00Z'))).toBe('2026-12-01');
  });
});

describe('where a freeze stands', () => {
  const yearEnd = freeze('Year-end', '2026-12-18', '2027-01-04');
  const at = (iso: string) => freezeStateAt(yearEnd, DateTime.fromISO(iso));

  it('is in effect from midnight on its first date at UTC+14 to midnight after its last at UTC-12', () => {
    // 18 December begins at Kiritimati (UTC+14) on 17 December, 10:00 UTC.
    expect(at('2026-12-17T09:59:59.999Z')).toBe('upcoming');
    expect(at('2026-12-17T10:00:00Z')).toBe('in-effect');
    // 4 January ends at UTC-12 on 5 January, 12:00 UTC.
    expect(at('2027-01-05T11:59:59.999Z')).toBe('in-effect');
    expect(at('2027-01-05T12:00:00Z')).toBe('over');
  });
});
