// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ScheduleEngine, type UpgradeFreeze, type UpgradeWindow } from './upgrade-schedule';
import type { WeeklySlot } from './weekly-slot';

const engine = new ScheduleEngine();

/*
 * Worked cases of upgrade freezes (DOMAIN.md, "Upgrade freezes"): a window touching any frozen
 * local date of its site does not happen. Instants are asserted as UTC ISO strings, with the
 * site's local time in a comment.
 */

const SUNDAY_1_TO_3: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };

const release = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const utcIso = (millis: number) => new Date(millis).toISOString();
const span = (upgradeWindow: UpgradeWindow) => [
  utcIso(upgradeWindow.startMillis),
  utcIso(upgradeWindow.endMillis),
];
const freeze = (name: string, startDate: string, endDate = startDate): UpgradeFreeze => ({
  name,
  startDate,
  endDate,
});

describe('Asia/Tokyo (no clock changes)', () => {
  it("moves the product's example a further week when its window is frozen", () => {
    // Released Fri 3 Mar 2023 18:00 JST: Sun 5 Mar is under 48 h away, Sun 12 Mar is frozen.
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', release('2023-03-03T09:00:00Z'), {
      freezes: [freeze('Spring', '2023-03-12')],
    });
    // Sun 19 Mar 2023 01:00-03:00 JST
    expect(span(answer)).toEqual(['2023-03-18T16:00:00.000Z', '2023-03-18T18:00:00.000Z']);
    expect(answer.frozenBy).toBeNull();
    // The notice passed over Sun 5 Mar (no freeze there), the freeze Sun 12 Mar 01:00-03:00 JST.
    expect(answer.deferredWindow).toMatchObject({ nominalDate: '2023-03-05', frozenBy: null });
    expect(
      answer.frozenWindows.map(({ upgradeWindow, freezeName }) => [
        upgradeWindow.nominalDate,
        ...span(upgradeWindow),
        upgradeWindow.frozenBy,
        freezeName,
      ]),
    ).toEqual([['2023-03-12', '2023-03-11T16:00:00.000Z', '2023-03-11T18:00:00.000Z', 'Spring', 'Spring']]);
  });

  it('finds the window after a 60-day freeze that covers nine Sundays', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', release('2026-10-28T00:00:00Z'), {
      freezes: [freeze('Year-end', '2026-11-01', '2026-12-30')],
    });
    // Sun 3 Jan 2027 01:00-03:00 JST
    expect(span(answer)).toEqual(['2027-01-02T16:00:00.000Z', '2027-01-02T18:00:00.000Z']);
    expect(answer.frozenWindows.map(({ upgradeWindow }) => upgradeWindow.nominalDate)).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-29',
      '2026-12-06',
      '2026-12-13',
      '2026-12-20',
      '2026-12-27',
    ]);
  });

  it('searches past freezes placed back to back for longer than a year (frozen weeks are not counted)', () => {
    // Seven 60-day freezes from 1 Nov 2026 to 25 Dec 2027, each starting the day after the last.
    const freezes = Array.from({ length: 7 }, (_, index) => {
      const start = DateTime.fromISO('2026-11-01', { zone: 'utc' }).plus({ days: 60 * index });
      return freeze(
        `Freeze ${index + 1}`,
        start.toISODate() ?? '',
        start.plus({ days: 59 }).toISODate() ?? '',
      );
    });
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', release('2026-10-28T00:00:00Z'), {
      freezes,
    });
    // Sun 26 Dec 2027 01:00-03:00 JST, the day after the last freeze
    expect(span(answer)).toEqual(['2027-12-25T16:00:00.000Z', '2027-12-25T18:00:00.000Z']);
    expect(answer.frozenWindows).toHaveLength(60);
    expect(answer.frozenWindows.at(-1)?.freezeName).toBe('Freeze 7');
  });

  it('freezes a window crossing midnight by either of its two dates, but not by the date it ends at 00:00', () => {
    const saturdayLate: WeeklySlot = { day: 6, start: '23:00', end: '01:00' };
    const untilMidnight: WeeklySlot = { day: 6, start: '22:00', end: '00:00' };
    const from = release('2026-06-05T00:00:00Z');
    const to = release('2026-06-15T00:00:00Z');
    const sundayFreeze = { freezes: [freeze('Sunday', '2026-06-07')] };
    // Sat 6 Jun 23:00 JST to Sun 7 Jun 01:00 JST touches Sunday 7 June.
    expect(
      engine
        .upgradeWindowsBetween(saturdayLate, 'Asia/Tokyo', from, to, sundayFreeze)
        .map((w) => [w.nominalDate, w.frozenBy]),
    ).toEqual([
      ['2026-06-06', 'Sunday'],
      ['2026-06-13', null],
    ]);
    // Sat 6 Jun 22:00 JST to Sun 7 Jun 00:00 JST ends as Sunday begins: it touches Saturday only.
    expect(
      engine
        .upgradeWindowsBetween(untilMidnight, 'Asia/Tokyo', from, to, sundayFreeze)
        .map((w) => [w.nominalDate, w.frozenBy]),
    ).toEqual([
      ['2026-06-06', null],
      ['2026-06-13', null],
    ]);
  });

  it('names the freeze of the earliest frozen date a window touches', () => {
    const windows = engine.upgradeWindowsBetween(
      { day: 6, start: '23:00', end: '01:00' },
      'Asia/Tokyo',
      release('2026-06-05T00:00:00Z'),
      release('2026-06-08T00:00:00Z'),
      { freezes: [freeze('Sunday', '2026-06-07'), freeze('Saturday', '2026-06-06')] },
    );
    expect(windows.map((w) => w.frozenBy)).toEqual(['Saturday']);
  });
});

describe('Europe/London across the October change (02:00 BST -> 01:00 GMT, Sunday 25 October 2026)', () => {
  it('freezes the lengthened window of the change day and upgrades the Sunday after', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Europe/London', release('2026-10-21T12:00:00Z'), {
      freezes: [freeze('Half-term', '2026-10-25')],
    });
    // Sun 1 Nov 2026 01:00-03:00 GMT
    expect(span(answer)).toEqual(['2026-11-01T01:00:00.000Z', '2026-11-01T03:00:00.000Z']);
    // The frozen one: Sun 25 Oct 01:00 BST to 03:00 GMT, 3 h
    const [frozen] = answer.frozenWindows;
    expect(frozen && span(frozen.upgradeWindow)).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
    expect(frozen?.upgradeWindow.clockChange).toBe('lengthened');
  });

  it('freezes Saturday 23:00 - 01:00 by a freeze of the Saturday or of the Sunday of the change', () => {
    const lateSaturday: WeeklySlot = { day: 6, start: '23:00', end: '01:00' };
    const frozenBy = (only: UpgradeFreeze) =>
      engine
        .upgradeWindowsBetween(
          lateSaturday,
          'Europe/London',
          release('2026-10-17T00:00:00Z'),
          release('2026-11-02T00:00:00Z'),
          { freezes: [only] },
        )
        .map((w) => [w.nominalDate, w.frozenBy]);
    // Sat 17 Oct 23:00 BST, Sat 24 Oct 23:00 BST to Sun 25 Oct 01:00 BST, Sat 31 Oct 23:00 GMT
    expect(frozenBy(freeze('Saturday', '2026-10-24'))).toEqual([
      ['2026-10-17', null],
      ['2026-10-24', 'Saturday'],
      ['2026-10-31', null],
    ]);
    expect(frozenBy(freeze('Change day', '2026-10-25'))).toEqual([
      ['2026-10-17', null],
      ['2026-10-24', 'Change day'],
      ['2026-10-31', null],
    ]);
  });

  it('keeps the frozen window a whole window in the calendar, with its clock change', () => {
    const [window25] = engine.upgradeWindowsBetween(
      SUNDAY_1_TO_3,
      'Europe/London',
      release('2026-10-24T00:00:00Z'),
      release('2026-10-26T00:00:00Z'),
      { freezes: [freeze('Half-term', '2026-10-19', '2026-10-25')] },
    );
    expect(window25).toMatchObject({
      nominalDate: '2026-10-25',
      frozenBy: 'Half-term',
      durationMinutes: 180,
    });
    expect(window25?.start.toISO()).toBe('2026-10-25T01:00:00.000+01:00');
  });
});

describe('America/Santiago (the clock falls back from 24:00 to 23:00)', () => {
  it('counts the dates the clock reads after falling back, not only before', () => {
    // Sat 4 Apr 2026 23:00 -03 to 24:00 -03, then 23:00 -04 again to Sun 5 Apr 01:00 -04: the
    // second hour on Saturday, the last on Sunday.
    const frozenBy = (date: string) =>
      engine
        .upgradeWindowsBetween(
          { day: 6, start: '23:00', end: '01:00' },
          'America/Santiago',
          release('2026-04-01T00:00:00Z'),
          release('2026-04-08T00:00:00Z'),
          { freezes: [freeze(date, date)] },
        )
        .map((w) => [...span(w), w.frozenBy]);
    expect(frozenBy('2026-04-05')).toEqual([
      ['2026-04-05T02:00:00.000Z', '2026-04-05T05:00:00.000Z', '2026-04-05'],
    ]);
    expect(frozenBy('2026-04-04')).toEqual([
      ['2026-04-05T02:00:00.000Z', '2026-04-05T05:00:00.000Z', '2026-04-04'],
    ]);
    expect(frozenBy('2026-04-06')).toEqual([['2026-04-05T02:00:00.000Z', '2026-04-05T05:00:00.000Z', null]]);
  });
});

describe('Pacific/Apia (Samoa skipped Friday 30 December 2011)', () => {
  const released = release('2011-12-25T00:00:00Z');

  it('a freeze of the skipped Friday alone freezes nothing: no instant reads that date', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 5, start: '00:00', end: '02:00' },
      'Pacific/Apia',
      released,
      {
        freezes: [freeze('Skipped day', '2011-12-30')],
      },
    );
    // Fri 6 Jan 2012 00:00-02:00 +14, as without the freeze; 30 Dec had no window.
    expect(span(answer)).toEqual(['2012-01-05T10:00:00.000Z', '2012-01-05T12:00:00.000Z']);
    expect(answer.frozenWindows).toEqual([]);
    expect(answer.weeksWithoutWindow.map((week) => [week.nominalDate, week.reason])).toEqual([
      ['2011-12-30', 'date-skipped'],
    ]);
  });

  it('Thursday 29 December 23:00 ends at the jump and touches only the 29th', () => {
    const thursdayLate: WeeklySlot = { day: 4, start: '23:00', end: '01:00' };
    // Thu 29 Dec 23:00 -10 until the jump to Sat 31 Dec 00:00 +14
    const fromFriday = engine.nextUpgradeWindow(thursdayLate, 'Pacific/Apia', released, {
      freezes: [freeze('New year', '2011-12-30', '2012-01-01')],
    });
    expect(span(fromFriday)).toEqual(['2011-12-30T09:00:00.000Z', '2011-12-30T10:00:00.000Z']);
    expect(fromFriday.frozenWindows).toEqual([]);
    const fromThursday = engine.nextUpgradeWindow(thursdayLate, 'Pacific/Apia', released, {
      freezes: [freeze('New year', '2011-12-29', '2012-01-01')],
    });
    // Thu 5 Jan 2012 23:00 +14 to Fri 6 Jan 01:00 +14
    expect(span(fromThursday)).toEqual(['2012-01-05T09:00:00.000Z', '2012-01-05T11:00:00.000Z']);
    expect(fromThursday.frozenWindows.map(({ upgradeWindow }) => upgradeWindow.nominalDate)).toEqual([
      '2011-12-29',
    ]);
  });

  it('a freeze from the skipped Friday to Saturday freezes the Saturday window right after the jump', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 6, start: '00:00', end: '02:00' },
      'Pacific/Apia',
      released,
      {
        freezes: [freeze('New year', '2011-12-30', '2011-12-31')],
      },
    );
    // Sat 31 Dec 00:00 +14 is frozen; Sat 7 Jan 2012 00:00-02:00 +14
    expect(answer.frozenWindows.map(({ upgradeWindow }) => span(upgradeWindow))).toEqual([
      ['2011-12-30T10:00:00.000Z', '2011-12-30T12:00:00.000Z'],
    ]);
    expect(span(answer)).toEqual(['2012-01-06T10:00:00.000Z', '2012-01-06T12:00:00.000Z']);
  });
});

describe('per-site windows', () => {
  it('need nothing more of the engine: a site with its own window passes its own slot', () => {
    const account = SUNDAY_1_TO_3;
    const ownWindow: WeeklySlot = { day: 3, start: '12:00', end: '14:00' };
    const released = release('2026-06-08T00:00:00Z');
    const accountSite = engine.nextUpgradeWindow(account, 'Asia/Tokyo', released);
    const ownSite = engine.nextUpgradeWindow(ownWindow, 'Asia/Tokyo', released);
    // Sun 14 Jun 01:00 JST for the account's window; Wed 10 Jun 12:00 JST for the site's own
    expect(span(accountSite)).toEqual(['2026-06-13T16:00:00.000Z', '2026-06-13T18:00:00.000Z']);
    expect(span(ownSite)).toEqual(['2026-06-10T03:00:00.000Z', '2026-06-10T05:00:00.000Z']);
    // Each slot is remembered apart: asking for one never returns the other's answer.
    expect(engine.nextUpgradeWindow({ ...account }, 'Asia/Tokyo', released)).toBe(accountSite);
    expect(engine.nextUpgradeWindow({ ...ownWindow }, 'Asia/Tokyo', released)).toBe(ownSite);
  });
});

describe('answers under freezes', () => {
  const released = release('2023-03-03T09:00:00Z');

  it('are remembered by the freezes they say, not by the list object', () => {
    const spring = [freeze('Spring', '2023-03-12')];
    const first = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, { freezes: spring });
    expect(
      engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, {
        freezes: [freeze('Spring', '2023-03-12')],
      }),
    ).toBe(first);
    const renamed = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, {
      freezes: [freeze('Equinox', '2023-03-12')],
    });
    expect(renamed.frozenWindows[0]?.freezeName).toBe('Equinox');
    expect(engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released).frozenWindows).toEqual([]);
  });

  it('follow a list changed in place', () => {
    const freezes: UpgradeFreeze[] = [freeze('Spring', '2023-03-12')];
    const before = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, { freezes });
    freezes[0] = freeze('Spring', '2023-03-19');
    const after = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, { freezes });
    // Sun 12 Mar 01:00 JST once the freeze moved to the 19th
    expect(before.nominalDate).toBe('2023-03-19');
    expect(after.nominalDate).toBe('2023-03-12');
  });

  it('are the same without freezes as with an empty list', () => {
    expect(engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released, { freezes: [] })).toBe(
      engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', released),
    );
  });
});
