// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { WeeklySlot } from './weekly-slot';
import { ScheduleEngine, type UpgradeWindow } from './upgrade-schedule';

const engine = new ScheduleEngine();

/*
 * Targeted cases at the clock changes DOMAIN.md warns about. Instants are asserted as UTC ISO
 * strings, with the site's local time in a comment.
 */

const SUNDAY_1_TO_3: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };

const release = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const utcIso = (millis: number) => new Date(millis).toISOString();

function span(window: UpgradeWindow) {
  return [utcIso(window.startMillis), utcIso(window.endMillis)];
}

function changes(window: UpgradeWindow) {
  return {
    durationMinutes: window.durationMinutes,
    durationChangeMinutes: window.durationChangeMinutes,
    clockChange: window.clockChange,
    openedLateMinutes: window.openedLateMinutes,
    offsetAtStartMinutes: window.offsetAtStartMinutes,
    offsetAtEndMinutes: window.offsetAtEndMinutes,
  };
}

describe('an ordinary week', () => {
  it('opens and closes at the slot times in the site zone, with nothing to explain', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', release('2023-03-02T16:00:00Z'));
    // Sun 5 Mar 2023 01:00-03:00 JST
    expect(span(answer)).toEqual(['2023-03-04T16:00:00.000Z', '2023-03-04T18:00:00.000Z']);
    expect(answer.nominalDate).toBe('2023-03-05');
    expect(answer.timeZone).toBe('Asia/Tokyo');
    expect(answer.start.toISO()).toBe('2023-03-05T01:00:00.000+09:00');
    expect(answer.end.toISO()).toBe('2023-03-05T03:00:00.000+09:00');
    expect(answer.start.zoneName).toBe('Asia/Tokyo');
    expect(answer.noticeCutoffMillis).toBe(Date.parse('2023-03-04T16:00:00Z'));
    expect(answer).toMatchObject({
      nominalDurationMinutes: 120,
      deferredWindow: null,
      weeksWithoutWindow: [],
    });
    expect(changes(answer)).toEqual({
      durationMinutes: 120,
      durationChangeMinutes: 0,
      clockChange: 'none',
      openedLateMinutes: 0,
      offsetAtStartMinutes: 540,
      offsetAtEndMinutes: 540,
    });
  });
});

describe('the 48-hour notice', () => {
  const window: WeeklySlot = { day: 3, start: '12:00', end: '14:00' };

  it('keeps a window that opens exactly 48 hours after the release', () => {
    // released Mon 8 Jun 2026 12:00 IST; window Wed 10 Jun 12:00-14:00 IST
    const answer = engine.nextUpgradeWindow(window, 'Asia/Kolkata', release('2026-06-08T06:30:00Z'));
    expect(span(answer)).toEqual(['2026-06-10T06:30:00.000Z', '2026-06-10T08:30:00.000Z']);
    expect(answer.deferredWindow).toBeNull();
  });

  it('defers to the next week a window that opens one millisecond under 48 hours after', () => {
    const answer = engine.nextUpgradeWindow(window, 'Asia/Kolkata', release('2026-06-08T06:30:00.001Z'));
    // Wed 17 Jun 12:00-14:00 IST
    expect(span(answer)).toEqual(['2026-06-17T06:30:00.000Z', '2026-06-17T08:30:00.000Z']);
    // The window it passed over: Wed 10 Jun 12:00-14:00 IST
    expect(answer.deferredWindow?.nominalDate).toBe('2026-06-10');
    expect(span(answer.deferredWindow!)).toEqual(['2026-06-10T06:30:00.000Z', '2026-06-10T08:30:00.000Z']);
    expect(answer.releasedAtMillis).toBe(Date.parse('2026-06-08T06:30:00.001Z'));
  });

  it('does not call it deferred when the passed window opened before the release', () => {
    // released Wed 10 Jun 13:00 IST, during that week's window
    const answer = engine.nextUpgradeWindow(window, 'Asia/Kolkata', release('2026-06-10T07:30:00Z'));
    expect(span(answer)).toEqual(['2026-06-17T06:30:00.000Z', '2026-06-17T08:30:00.000Z']);
    expect(answer.deferredWindow).toBeNull();
  });

  it('does not depend on the zone the release instant is expressed in', () => {
    const inUtc = engine.nextUpgradeWindow(window, 'Asia/Kolkata', release('2026-06-08T06:31:00Z'));
    const inAuckland = engine.nextUpgradeWindow(
      window,
      'Asia/Kolkata',
      DateTime.fromISO('2026-06-08T18:31:00', { zone: 'Pacific/Auckland' }),
    );
    expect(span(inAuckland)).toEqual(span(inUtc));
  });
});

describe('Europe/London (01:00 GMT -> 02:00 BST, 02:00 BST -> 01:00 GMT)', () => {
  it('opens at the jump and lasts 1 h when the clocks go forward inside the slot', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Europe/London', release('2026-03-25T12:00:00Z'));
    // Sun 29 Mar 2026 02:00-03:00 BST (01:00 never shows)
    expect(span(answer)).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z']);
    expect(changes(answer)).toEqual({
      durationMinutes: 60,
      durationChangeMinutes: -60,
      clockChange: 'shortened',
      openedLateMinutes: 60,
      offsetAtStartMinutes: 60,
      offsetAtEndMinutes: 60,
    });
  });

  it('runs from the first 01:00 to 03:00 GMT, 3 h, when the clocks go back inside the slot', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Europe/London', release('2026-10-21T12:00:00Z'));
    // Sun 25 Oct 2026 01:00 BST to 03:00 GMT
    expect(span(answer)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T03:00:00.000Z']);
    expect(answer.start.toISO()).toBe('2026-10-25T01:00:00.000+01:00');
    expect(answer.end.toISO()).toBe('2026-10-25T03:00:00.000+00:00');
    expect(changes(answer)).toEqual({
      durationMinutes: 180,
      durationChangeMinutes: 60,
      clockChange: 'lengthened',
      openedLateMinutes: 0,
      offsetAtStartMinutes: 60,
      offsetAtEndMinutes: 0,
    });
  });

  it('is untouched by a clock change on another day', () => {
    const windows = engine.upgradeWindowsBetween(
      { day: 6, start: '01:00', end: '03:00' },
      'Europe/London',
      release('2026-03-27T00:00:00Z'),
      release('2026-04-05T00:00:00Z'),
    );
    // Sat 28 Mar 01:00-03:00 GMT, Sat 4 Apr 01:00-03:00 BST
    expect(windows.map(span)).toEqual([
      ['2026-03-28T01:00:00.000Z', '2026-03-28T03:00:00.000Z'],
      ['2026-04-04T00:00:00.000Z', '2026-04-04T02:00:00.000Z'],
    ]);
    expect(windows.map((w) => w.clockChange)).toEqual(['none', 'none']);
  });
});

describe('America/New_York (02:00 EST -> 03:00 EDT, 02:00 EDT -> 01:00 EST)', () => {
  it('opens at 03:00 EDT when 02:00 never shows', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 7, start: '02:00', end: '04:00' },
      'America/New_York',
      release('2026-03-04T12:00:00Z'),
    );
    // Sun 8 Mar 2026 03:00-04:00 EDT
    expect(span(answer)).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T08:00:00.000Z']);
    expect(answer.openedLateMinutes).toBe(60);
    expect(answer.durationChangeMinutes).toBe(-60);
  });

  it('has no window at all when the slot lies inside the skipped hour', () => {
    const windows = engine.upgradeWindowsBetween(
      { day: 7, start: '02:00', end: '03:00' },
      'America/New_York',
      release('2026-03-01T00:00:00Z'),
      release('2026-03-16T00:00:00Z'),
    );
    // Sun 1 Mar 02:00 EST, (8 Mar: none), Sun 15 Mar 02:00 EDT
    expect(windows.map((w) => w.nominalDate)).toEqual(['2026-03-01', '2026-03-15']);
    const answer = engine.nextUpgradeWindow(
      { day: 7, start: '02:00', end: '03:00' },
      'America/New_York',
      release('2026-03-04T12:00:00Z'),
    );
    expect(answer.nominalDate).toBe('2026-03-15');
    expect(utcIso(answer.startMillis)).toBe('2026-03-15T06:00:00.000Z');
    // The clock jumps from 02:00 EST to 03:00 EDT on Sun 8 Mar, over the whole slot.
    expect(answer.weeksWithoutWindow).toEqual([
      {
        nominalDate: '2026-03-08',
        reason: 'clock-jump',
        jumpAtMillis: Date.parse('2026-03-08T07:00:00Z'),
        timeZone: 'America/New_York',
      },
    ]);
  });

  it('lasts 3 h from the first 01:00 EDT to 03:00 EST when the clocks go back', () => {
    const answer = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'America/New_York',
      release('2026-10-28T00:00:00Z'),
    );
    // Sun 1 Nov 2026 01:00 EDT to 03:00 EST
    expect(span(answer)).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-01T08:00:00.000Z']);
    expect(answer.clockChange).toBe('lengthened');
    expect([answer.offsetAtStartMinutes, answer.offsetAtEndMinutes]).toEqual([-240, -300]);
  });

  it('crosses midnight: Saturday 23:00 to Sunday 01:00', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 6, start: '23:00', end: '01:00' },
      'America/New_York',
      release('2026-10-28T12:00:00Z'),
    );
    // Sat 31 Oct 23:00 EDT to Sun 1 Nov 01:00 EDT (the first 01:00)
    expect(span(answer)).toEqual(['2026-11-01T03:00:00.000Z', '2026-11-01T05:00:00.000Z']);
    expect(answer.nominalDate).toBe('2026-10-31');
  });
});

describe('America/Santiago (clocks change at midnight)', () => {
  it('opens at 01:00 -03 when midnight never shows', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 7, start: '00:00', end: '02:00' },
      'America/Santiago',
      release('2026-09-01T00:00:00Z'),
    );
    // Sun 6 Sep 2026 01:00-02:00 -03
    expect(span(answer)).toEqual(['2026-09-06T04:00:00.000Z', '2026-09-06T05:00:00.000Z']);
    expect(answer.start.toISO()).toBe('2026-09-06T01:00:00.000-03:00');
    expect(answer.openedLateMinutes).toBe(60);
  });

  it('ends at the jump when a slot crossing midnight loses its midnight', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 6, start: '23:00', end: '01:00' },
      'America/Santiago',
      release('2026-09-01T00:00:00Z'),
    );
    // Sat 5 Sep 23:00 -04 to Sun 6 Sep 01:00 -03 (the jump from 24:00 -04)
    expect(span(answer)).toEqual(['2026-09-06T03:00:00.000Z', '2026-09-06T04:00:00.000Z']);
    expect([answer.offsetAtStartMinutes, answer.offsetAtEndMinutes]).toEqual([-240, -180]);
    expect(answer.openedLateMinutes).toBe(0);
    expect(answer.durationChangeMinutes).toBe(-60);
  });

  it('lasts 3 h when the clock falls back from 24:00 to 23:00 inside the slot', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 6, start: '23:00', end: '01:00' },
      'America/Santiago',
      release('2026-04-01T00:00:00Z'),
    );
    // Sat 4 Apr 23:00 -03, back to 23:00 -04 at midnight, until Sun 5 Apr 01:00 -04
    expect(span(answer)).toEqual(['2026-04-05T02:00:00.000Z', '2026-04-05T05:00:00.000Z']);
    expect(answer.clockChange).toBe('lengthened');
  });

  it('opens at 00:00 -04 when the clock fell back from 24:00 to 23:00 the night before', () => {
    const windows = engine.upgradeWindowsBetween(
      { day: 7, start: '00:00', end: '02:00' },
      'America/Santiago',
      release('2026-04-01T00:00:00Z'),
      release('2026-04-08T00:00:00Z'),
    );
    // Sun 5 Apr 00:00-02:00 -04 (at 24:00 -03 the clock read Sat 23:00 -04, not Sun 00:00)
    expect(windows.map(span)).toEqual([['2026-04-05T04:00:00.000Z', '2026-04-05T06:00:00.000Z']]);
  });
});

describe('Australia/Lord_Howe (30-minute changes)', () => {
  it('loses 30 minutes when 02:00 jumps to 02:30', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 7, start: '02:00', end: '04:00' },
      'Australia/Lord_Howe',
      release('2026-09-30T00:00:00Z'),
    );
    // Sun 4 Oct 2026 02:30-04:00 +11
    expect(span(answer)).toEqual(['2026-10-03T15:30:00.000Z', '2026-10-03T17:00:00.000Z']);
    expect(answer.openedLateMinutes).toBe(30);
    expect(answer.durationChangeMinutes).toBe(-30);
  });

  it('gains 30 minutes when 02:00 falls back to 01:30', () => {
    const answer = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Australia/Lord_Howe',
      release('2026-03-31T00:00:00Z'),
    );
    // Sun 5 Apr 2026 01:00 +11 to 03:00 +10:30
    expect(span(answer)).toEqual(['2026-04-04T14:00:00.000Z', '2026-04-04T16:30:00.000Z']);
    expect([answer.offsetAtStartMinutes, answer.offsetAtEndMinutes]).toEqual([660, 630]);
    expect(answer.durationChangeMinutes).toBe(30);
  });
});

describe('Antarctica/Troll (2-hour changes)', () => {
  it('has no window when the whole slot lies in the 2-hour jump, and says which week was skipped', () => {
    const answer = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Antarctica/Troll',
      release('2026-03-25T00:00:00Z'),
    );
    // Sun 29 Mar 2026: 01:00 +00 -> 03:00 +02, so nothing; Sun 5 Apr 01:00-03:00 +02
    expect(span(answer)).toEqual(['2026-04-04T23:00:00.000Z', '2026-04-05T01:00:00.000Z']);
    expect(answer.weeksWithoutWindow.map((week) => [week.nominalDate, week.reason])).toEqual([
      ['2026-03-29', 'clock-jump'],
    ]);
    expect(utcIso(answer.weeksWithoutWindow[0]!.jumpAtMillis)).toBe('2026-03-29T01:00:00.000Z');
    expect(answer.deferredWindow).toBeNull();
  });

  it('lasts 4 h when the clock falls back 2 h into the slot', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 7, start: '00:00', end: '02:00' },
      'Antarctica/Troll',
      release('2026-10-20T00:00:00Z'),
    );
    // Sun 25 Oct 00:00 +02 ... 03:00 +02 -> 01:00 +00 ... 02:00 +00
    expect(span(answer)).toEqual(['2026-10-24T22:00:00.000Z', '2026-10-25T02:00:00.000Z']);
    expect(answer.durationChangeMinutes).toBe(120);
  });
});

describe('Pacific/Apia (Samoa skipped Friday 30 December 2011)', () => {
  const friday: WeeklySlot = { day: 5, start: '00:00', end: '02:00' };

  it('waits for Friday 6 January 2012 and reports 30 December as skipped', () => {
    const answer = engine.nextUpgradeWindow(friday, 'Pacific/Apia', release('2011-12-25T00:00:00Z'));
    // Fri 6 Jan 2012 00:00-02:00 +14
    expect(span(answer)).toEqual(['2012-01-05T10:00:00.000Z', '2012-01-05T12:00:00.000Z']);
    // The zone went from Thu 29 Dec 24:00 -10 straight to Sat 31 Dec 00:00 +14.
    expect(answer.weeksWithoutWindow).toEqual([
      {
        nominalDate: '2011-12-30',
        reason: 'date-skipped',
        jumpAtMillis: Date.parse('2011-12-30T10:00:00Z'),
        timeZone: 'Pacific/Apia',
      },
    ]);
    expect(answer.offsetAtStartMinutes).toBe(840);
  });

  it('lists no window for the missing Friday', () => {
    const windows = engine.upgradeWindowsBetween(
      friday,
      'Pacific/Apia',
      release('2011-12-20T00:00:00Z'),
      release('2012-01-10T00:00:00Z'),
    );
    // Fri 23 Dec 00:00 -10, Fri 6 Jan 00:00 +14
    expect(windows.map((w) => [w.nominalDate, ...span(w)])).toEqual([
      ['2011-12-23', '2011-12-23T10:00:00.000Z', '2011-12-23T12:00:00.000Z'],
      ['2012-01-06', '2012-01-05T10:00:00.000Z', '2012-01-05T12:00:00.000Z'],
    ]);
  });
});

describe('zones far from UTC or off the hour', () => {
  it('Asia/Kathmandu (+05:45) opens at 01:00 local, 19:15 UTC the day before', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Kathmandu', release('2026-06-10T08:30:00Z'));
    // Sun 14 Jun 2026 01:00-03:00 +05:45
    expect(span(answer)).toEqual(['2026-06-13T19:15:00.000Z', '2026-06-13T21:15:00.000Z']);
    expect(answer.offsetAtStartMinutes).toBe(345);
  });

  it('Pacific/Kiritimati (+14) upgrades on its Sunday, still Saturday in UTC', () => {
    const answer = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Pacific/Kiritimati',
      release('2026-06-12T11:00:00Z'),
    );
    // Sun 21 Jun 2026 01:00-03:00 +14 (Sun 14 Jun opened 24 h after the release)
    expect(span(answer)).toEqual(['2026-06-20T11:00:00.000Z', '2026-06-20T13:00:00.000Z']);
    expect(answer.nominalDate).toBe('2026-06-21');
    expect(answer.deferredWindow?.nominalDate).toBe('2026-06-14');
  });

  it('Pacific/Pago_Pago (-11) upgrades on its Sunday, Sunday noon in UTC', () => {
    const answer = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Pacific/Pago_Pago',
      release('2026-06-12T11:00:00Z'),
    );
    // Sun 14 Jun 2026 01:00-03:00 -11
    expect(span(answer)).toEqual(['2026-06-14T12:00:00.000Z', '2026-06-14T14:00:00.000Z']);
    expect(answer.deferredWindow).toBeNull();
  });

  it('Africa/Monrovia (-00:44:30 until 1972) works to the second', () => {
    const answer = engine.nextUpgradeWindow(
      { day: 5, start: '00:00', end: '02:00' },
      'Africa/Monrovia',
      release('1972-01-03T00:00:00Z'),
    );
    // Fri 7 Jan 1972: 23:59:59 -00:44:30 -> 00:44:30 +00:00, so it opens 44.5 minutes late
    expect(span(answer)).toEqual(['1972-01-07T00:44:30.000Z', '1972-01-07T02:00:00.000Z']);
    expect(answer.openedLateMinutes).toBe(44.5);
  });
});

describe('zone names', () => {
  it('accepts old names and returns DateTimes in the zone as named', () => {
    const old = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Calcutta', release('2026-06-01T00:00:00Z'));
    const current = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Kolkata', release('2026-06-01T00:00:00Z'));
    // Sun 7 Jun 2026 01:00-03:00 IST
    expect(span(old)).toEqual(['2026-06-06T19:30:00.000Z', '2026-06-06T21:30:00.000Z']);
    expect(span(current)).toEqual(span(old));
    expect(old.start.zoneName).toBe('Asia/Calcutta');
    expect(current.start.zoneName).toBe('Asia/Kolkata');
  });
});

describe('results', () => {
  it('build each DateTime once, on first read, and serialise them as ISO strings', () => {
    const answer = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Asia/Tokyo', release('2023-03-02T16:00:00Z'));
    expect(answer.start).toBe(answer.start);
    expect(answer.start.toMillis()).toBe(answer.startMillis);
    const json: unknown = JSON.parse(JSON.stringify(answer));
    expect(json).toMatchObject({
      start: '2023-03-05T01:00:00.000+09:00',
      end: '2023-03-05T03:00:00.000+09:00',
      startMillis: answer.startMillis,
      nominalDate: '2023-03-05',
      deferredWindow: null,
    });
  });

  it('are remembered by an engine, and the same from a fresh one', () => {
    const before = engine.nextUpgradeWindow(SUNDAY_1_TO_3, 'Europe/London', release('2026-03-25T12:00:00Z'));
    expect(
      engine.nextUpgradeWindow({ ...SUNDAY_1_TO_3 }, 'Europe/London', release('2026-03-25T12:00:00Z')),
    ).toBe(before);
    const fresh = new ScheduleEngine().nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Europe/London',
      release('2026-03-25T12:00:00Z'),
    );
    expect(fresh).not.toBe(before);
    expect(span(fresh)).toEqual(span(before));
  });

  it('follow the zone data the engine is given, from the first answer on', () => {
    // A stand-in for a runtime whose rules for a zone differ from any older copy (as Chromium's
    // Casablanca differs from Node's in late 2026): the first answer is already the new one.
    const fixedOffset = (offset: number) => ({
      timeZone: 'Africa/Casablanca',
      offsetAt: () => offset,
      offsetsBetween: () => ({ offsetAtFrom: offset, transitions: [] }),
    });
    const released = release('2026-10-20T12:00:00Z');
    const underPlusOne = new ScheduleEngine({ zoneOffsets: () => fixedOffset(60 * 60_000) });
    const underZero = new ScheduleEngine({ zoneOffsets: () => fixedOffset(0) });
    // Sun 25 Oct 2026 01:00 site time, at +01 and at +00
    expect(
      utcIso(underPlusOne.nextUpgradeWindow(SUNDAY_1_TO_3, 'Africa/Casablanca', released).startMillis),
    ).toBe('2026-10-25T00:00:00.000Z');
    expect(
      utcIso(underZero.nextUpgradeWindow(SUNDAY_1_TO_3, 'Africa/Casablanca', released).startMillis),
    ).toBe('2026-10-25T01:00:00.000Z');
  });

  it("do not depend on the host's zone or Luxon's default zone", () => {
    const inDefault = engine.nextUpgradeWindow(
      SUNDAY_1_TO_3,
      'Europe/London',
      release('2026-03-25T12:00:00Z'),
    );
    const previous = Settings.defaultZone;
    try {
      Settings.defaultZone = 'Pacific/Kiritimati';
      const inKiritimati = new ScheduleEngine().nextUpgradeWindow(
        SUNDAY_1_TO_3,
        'Europe/London',
        release('2026-03-25T12:00:00Z'),
      );
      expect(span(inKiritimati)).toEqual(span(inDefault));
      expect(inKiritimati.start.toISO()).toBe('2026-03-29T02:00:00.000+01:00');
    } finally {
      Settings.defaultZone = previous;
    }
  });

  it('list nothing for an empty range', () => {
    const instant = release('2026-03-01T01:30:00Z');
    expect(engine.upgradeWindowsBetween(SUNDAY_1_TO_3, 'Europe/London', instant, instant)).toEqual([]);
  });

  it('list a window that is already open at the start of the range', () => {
    const windows = engine.upgradeWindowsBetween(
      SUNDAY_1_TO_3,
      'Europe/London',
      release('2026-03-01T01:30:00Z'),
      release('2026-03-01T01:31:00Z'),
    );
    expect(windows.map(span)).toEqual([['2026-03-01T01:00:00.000Z', '2026-03-01T03:00:00.000Z']]);
  });
});
