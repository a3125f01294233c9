// @vitest-environment node
import { ScheduleEngine } from '@/domain/upgrade-schedule';
import { DateTime, EXPORT_LOCALE } from './date-time';
import {
  explainClockChangeSinceLastWeek,
  explainFreeze,
  explainFrozenWindow,
  explainNextUpgrade,
  hasClockChangeReason,
  isClockChange,
  movedByFreezeLabels,
  upgradeTimes,
  explainFrozenSites,
} from './upgrade-wording';

/*
 * The one wording of the engine's explanations, checked on the engine's own answers: every
 * screen (preview, site line, calendar, table, CSV, .ics) says exactly these sentences.
 */

const engine = new ScheduleEngine();
const sunday = { day: 7, start: '01:00', end: '03:00' } as const;
const released = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe('explaining an upgrade window', () => {
  it("names the window the 48-hour notice passed over (the product's Tokyo example)", () => {
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2023-03-03T09:00:00Z'));
    expect(explainNextUpgrade(next)).toEqual([
      {
        kind: 'deferred-by-notice',
        label: 'Deferred by notice',
        sentence:
          'Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release.',
      },
    ]);
    expect(upgradeTimes(next, 'America/New_York')).toEqual({
      siteTime: 'Sunday 12 March 2023, 01:00 – 03:00 (JST)',
      otherTime: 'Saturday 11 March 2023, 11:00 – 13:00 (EST)',
    });
  });

  it("names Samoa's skipped Friday as the Friday it was, 30 December 2011", () => {
    const friday = { day: 5, start: '00:00', end: '02:00' } as const;
    const next = engine.nextUpgradeWindow(friday, 'Pacific/Apia', released('2011-12-25T00:00:00Z'));
    expect(explainNextUpgrade(next).map(({ sentence }) => sentence)).toEqual([
      'No window on Friday 30 December 2011: the time zone skipped that date altogether.',
    ]);
  });

  it('says when the clocks jump over the whole slot (Antarctica/Troll, 2 hours)', () => {
    const next = engine.nextUpgradeWindow(sunday, 'Antarctica/Troll', released('2026-03-25T00:00:00Z'));
    expect(explainNextUpgrade(next)).toEqual([
      {
        kind: 'week-without-window',
        label: 'No window that week',
        sentence: 'No window on Sunday 29 March 2026: the clocks jump over the whole time slot that night.',
      },
    ]);
  });

  it('says by how much a clock change shortens, lengthens or delays the window', () => {
    const newYork = engine.nextUpgradeWindow(
      { day: 7, start: '02:00', end: '04:00' },
      'America/New_York',
      released('2026-03-04T12:00:00Z'),
    );
    expect(explainNextUpgrade(newYork).map(({ label }) => label)).toEqual([
      'Opens 1 h late',
      'Shortened by 1 h',
    ]);
    const lordHowe = engine.nextUpgradeWindow(
      sunday,
      'Australia/Lord_Howe',
      released('2026-03-31T00:00:00Z'),
    );
    expect(explainNextUpgrade(lordHowe)).toEqual([
      {
        kind: 'lengthened',
        label: 'Lengthened by 30 min',
        sentence:
          'Clock change on Sunday 5 April 2026: the clocks go back during the window, so it is 30 min longer.',
      },
    ]);
  });

  it("words the dates in the given locale, the times on the 24-hour clock (the exports' is fixed)", () => {
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2023-03-03T09:00:00Z'));
    expect(explainNextUpgrade(next, 'en-US').map(({ sentence }) => sentence)).toEqual([
      'Waits a week: the window of Sunday, March 5, 2023, 01:00 site time opens less than 48 hours after the release.',
    ]);
    expect(upgradeTimes(next, 'America/New_York', { locale: 'ja-JP' })).toEqual({
      siteTime: '2023年3月12日日曜日, 01:00 – 03:00 (JST)',
      otherTime: '2023年3月11日土曜日, 11:00 – 13:00 (EST)',
    });
    expect(upgradeTimes(next, 'America/New_York', { locale: EXPORT_LOCALE }).siteTime).toBe(
      'Sunday 12 March 2023, 01:00 – 03:00 (JST)',
    );
  });

  it('has nothing to explain in an ordinary week', () => {
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Kathmandu', released('2026-06-10T08:30:00Z'));
    expect(explainNextUpgrade(next)).toEqual([]);
  });

  it('says when the clocks changed between two windows (Jerusalem, Friday 27 March 2026)', () => {
    const [lastWeek, thisWeek, nextWeek] = engine.upgradeWindowsBetween(
      sunday,
      'Asia/Jerusalem',
      released('2026-03-21T00:00:00Z'),
      released('2026-04-06T00:00:00Z'),
    );
    // Sun 22 Mar 01:00 IST (23:00 UTC the day before), Sun 29 Mar 01:00 IDT (22:00 UTC)
    expect([lastWeek?.startMillis, thisWeek?.startMillis]).toEqual([
      Date.parse('2026-03-21T23:00:00Z'),
      Date.parse('2026-03-28T22:00:00Z'),
    ]);
    if (!lastWeek || !thisWeek || !nextWeek) throw new Error('three windows expected');
    expect(explainClockChangeSinceLastWeek(lastWeek, thisWeek)).toEqual({
      kind: 'changed-since-last-week',
      label: 'Clocks forward 1 h since last week',
      sentence:
        "Clock change since last week's window: the clocks went forward 1 h (UTC+02:00 → UTC+03:00) before this one opened.",
    });
    expect(explainClockChangeSinceLastWeek(thisWeek, nextWeek)).toBeUndefined();
  });

  it('tells a clock-change reason without wording it, as the wording would', { timeout: 60_000 }, () => {
    // Every zone the runtime knows, after releases that meet the spring and autumn changes (and,
    // in most zones, an ordinary week).
    for (const release of ['2026-03-04T12:00:00Z', '2026-03-25T12:00:00Z', '2026-10-21T12:00:00Z']) {
      for (const timeZone of Intl.supportedValuesOf('timeZone')) {
        const next = engine.nextUpgradeWindow(sunday, timeZone, released(release));
        expect(hasClockChangeReason(next), `${timeZone} after ${release}`).toBe(
          explainNextUpgrade(next).some(isClockChange),
        );
      }
    }
  });
});

describe('explaining upgrade freezes', () => {
  const yearEnd = { name: 'Year-end', startDate: '2026-12-19', endDate: '2026-12-31' };

  it('names the frozen window, the freeze and the window the upgrade waits for', () => {
    // Released Tue 22 Dec 2026: Sun 27 Dec is in the freeze (19-31 Dec).
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-12-22T00:00:00Z'), {
      freezes: [yearEnd],
    });
    expect(explainNextUpgrade(next)).toEqual([
      {
        kind: 'frozen',
        label: 'Year-end freeze',
        sentence:
          'The window of Sunday 27 December 2026, 01:00 – 03:00 is in the Year-end freeze: the upgrade waits for Sunday 3 January 2027, 01:00 – 03:00 site time.',
      },
    ]);
    expect(explainNextUpgrade(next).some(isClockChange)).toBe(false);
  });

  it('says the first and last of several windows of one freeze once', () => {
    // Released Tue 15 Dec 2026: Sun 20 and Sun 27 Dec are in the freeze.
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-12-15T00:00:00Z'), {
      freezes: [yearEnd],
    });
    expect(explainNextUpgrade(next).map(({ sentence }) => sentence)).toEqual([
      'The windows from Sunday 20 December 2026 to Sunday 27 December 2026 are in the Year-end freeze: the upgrade waits for Sunday 3 January 2027, 01:00 – 03:00 site time.',
    ]);
  });

  it('gives each freeze of a chain its own sentence, after the notice, and does not say "freeze" twice', () => {
    // Released Fri 11 Dec 2026 18:00 JST: Sun 13 Dec is under 48 h away.
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-12-11T09:00:00Z'), {
      freezes: [yearEnd, { name: 'New Year freeze', startDate: '2027-01-01', endDate: '2027-01-03' }],
    });
    expect(explainNextUpgrade(next).map(({ kind, label }) => [kind, label])).toEqual([
      ['deferred-by-notice', 'Deferred by notice'],
      ['frozen', 'Year-end freeze'],
      ['frozen', 'New Year freeze'],
    ]);
    expect(explainNextUpgrade(next)[2]?.sentence).toBe(
      'The window of Sunday 3 January 2027, 01:00 – 03:00 is in the New Year freeze: the upgrade waits for Sunday 10 January 2027, 01:00 – 03:00 site time.',
    );
  });

  it('does not say "freeze" twice for a name with the year after it, as the seed names them', () => {
    const next = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-12-22T00:00:00Z'), {
      freezes: [{ ...yearEnd, name: 'Year-end freeze 2026' }],
    });
    expect(explainNextUpgrade(next).map(({ label }) => label)).toEqual(['Year-end freeze 2026']);
    expect(explainFrozenSites(1, ['Year-end freeze 2026'])).toBe(
      '1 site waits for the end of the Year-end freeze 2026: a window in a freeze does not happen, the upgrade is in the first window after it.',
    );
    expect(explainFrozenSites(2, ['Year-end', 'Spring', 'Launch freeze'])).toMatch(
      /^2 sites wait for the end of the Year-end freeze, the Spring freeze or the Launch freeze:/,
    );
  });

  it('names both days of a frozen window that crosses midnight', () => {
    const next = engine.nextUpgradeWindow(
      { day: 6, start: '23:00', end: '01:00' },
      'Europe/London',
      released('2026-10-20T00:00:00Z'),
      { freezes: [{ name: 'Clock change', startDate: '2026-10-25', endDate: '2026-10-25' }] },
    );
    expect(explainNextUpgrade(next).map(({ sentence }) => sentence)).toEqual([
      'The window of Saturday 24 October 2026, 23:00 – Sunday 25 October 2026, 01:00 is in the Clock change freeze: the upgrade waits for Saturday 31 October 2026, 23:00 – Sunday 1 November 2026, 01:00 site time.',
    ]);
  });

  it('words a calendar window by its frozenBy, and nothing for one that happens', () => {
    // Sun 20 and Sun 27 Dec in the freeze (19-27 Dec), Sun 3 Jan 2027 not.
    const [frozen, , happens] = engine.upgradeWindowsBetween(
      sunday,
      'Asia/Tokyo',
      released('2026-12-19T00:00:00Z'),
      released('2027-01-04T00:00:00Z'),
      { freezes: [{ ...yearEnd, endDate: '2026-12-27' }] },
    );
    expect(frozen && explainFrozenWindow(frozen)).toEqual({
      kind: 'frozen',
      label: 'Year-end freeze',
      sentence:
        'No upgrade in the window of Sunday 20 December 2026, 01:00 – 03:00 site time: it is in the Year-end freeze.',
    });
    expect(happens && explainFrozenWindow(happens)).toBeNull();
  });

  it('tags an upgrade a freeze moved once per freeze, and nothing for one no freeze moved', () => {
    // Released Fri 11 Dec 2026 18:00 JST: the notice, then two freezes, hold windows back.
    const chain = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-12-11T09:00:00Z'), {
      freezes: [yearEnd, { name: 'New Year', startDate: '2027-01-01', endDate: '2027-01-03' }],
    });
    expect(movedByFreezeLabels(chain)).toEqual([
      'Moved by the Year-end freeze',
      'Moved by the New Year freeze',
    ]);
    const free = engine.nextUpgradeWindow(sunday, 'Asia/Tokyo', released('2026-11-11T09:00:00Z'), {
      freezes: [yearEnd],
    });
    expect(movedByFreezeLabels(free)).toEqual([]);
  });

  it('words a freeze itself for the days a calendar shades, in the locale given', () => {
    expect(
      explainFreeze({ name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' }),
    ).toEqual({
      label: 'Year-end freeze 2026',
      sentence:
        "The Year-end freeze 2026: no upgrades from Friday 18 December 2026 to Monday 4 January 2027, on each site's own dates.",
    });
    expect(explainFreeze(yearEnd, EXPORT_LOCALE).label).toBe('Year-end freeze');
  });
});
