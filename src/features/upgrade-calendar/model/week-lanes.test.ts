import { DateTime } from '@/lib/date-time';
import { groupByZone, groupTitle } from './zone-groups';
import { lanesForWeek, sitesUpgradingIn } from './week-lanes';
import { group, site, upgradeWindow } from './test-groups';
import { weekContaining, weekFromMonday, shiftWeek, weekFraction } from './week';

const SUNDAY_1_TO_3 = { day: 7, start: '01:00', end: '03:00' } as const;
const TUESDAY_2_TO_4 = { day: 2, start: '02:00', end: '04:00' } as const;

describe('groupByZone', () => {
  it('asks for each zone once and puts its sites, sorted by name, in one group', () => {
    const asked: string[] = [];
    const sites = [
      site('Osaka', 'Asia/Tokyo'),
      site('London', 'Europe/London', 'GB'),
      site('Kyoto', 'Asia/Tokyo'),
    ];
    const groups = groupByZone(sites, SUNDAY_1_TO_3, (timeZone) => {
      asked.push(timeZone);
      const tokyo = timeZone === 'Asia/Tokyo';
      return group(timeZone, tokyo ? '2023-03-11T16:00Z' : '2023-03-12T01:00Z', '2023-03-12T03:00Z', [])
        .upgrade;
    });
    expect(asked.sort()).toEqual(['Asia/Tokyo', 'Europe/London']);
    expect(groups.map((g) => [g.timeZone, g.sites.map((s) => s.name)])).toEqual([
      ['Asia/Tokyo', ['Kyoto', 'Osaka']],
      ['Europe/London', ['London']],
    ]);
  });
});

describe('groupByZone with sites that have their own window', () => {
  it('splits a zone by window, asks once per zone and window, and orders the groups by upgrade', () => {
    const asked: string[] = [];
    const sites = [
      site('Osaka', 'Asia/Tokyo'),
      site('Tokyo', 'Asia/Tokyo', 'JP', 'single', TUESDAY_2_TO_4),
      site('Kyoto', 'Asia/Tokyo'),
      site('Nagoya', 'Asia/Tokyo', 'JP', 'ha', TUESDAY_2_TO_4),
      // Its own window is the account's: the same schedule, so the account's group.
      site('Sapporo', 'Asia/Tokyo', 'JP', 'single', SUNDAY_1_TO_3),
    ];
    const groups = groupByZone(sites, SUNDAY_1_TO_3, (timeZone, slot) => {
      asked.push(`${timeZone} ${slot.day} ${slot.start}`);
      // Tuesday 02:00 JST comes before Sunday 01:00 JST in this week.
      return slot.day === 2
        ? group(timeZone, '2023-03-06T17:00Z', '2023-03-06T19:00Z', []).upgrade
        : group(timeZone, '2023-03-11T16:00Z', '2023-03-11T18:00Z', []).upgrade;
    });
    expect(asked.sort()).toEqual(['Asia/Tokyo 2 02:00', 'Asia/Tokyo 7 01:00']);
    expect(groups.map((g) => [g.key, g.ownWindow, g.sites.map((s) => s.name)])).toEqual([
      ['Asia/Tokyo own 2 02:00-04:00', TUESDAY_2_TO_4, ['Nagoya', 'Tokyo']],
      ['Asia/Tokyo', null, ['Kyoto', 'Osaka', 'Sapporo']],
    ]);
    expect(groups.map(groupTitle)).toEqual(['Asia/Tokyo (own window: Tuesday 02:00 – 04:00)', 'Asia/Tokyo']);
  });
});

describe('lanesForWeek', () => {
  const tokyo = group(
    'Asia/Tokyo',
    '2023-03-11T16:00Z',
    '2023-03-11T18:00Z',
    [site('Tokyo', 'Asia/Tokyo')],
    // Sun 5 Mar 01:00-03:00 JST, under 48 h after the release
    { deferredWindow: upgradeWindow('Asia/Tokyo', '2023-03-04T16:00Z', '2023-03-04T18:00Z') },
  );
  const losAngeles = group('America/Los_Angeles', '2023-03-05T09:00Z', '2023-03-05T11:00Z', [
    site('LA', 'America/Los_Angeles', 'US'),
    site('San Diego', 'America/Los_Angeles', 'US'),
  ]);

  it('shows in the cut-off week the skipped window and the zones that upgrade that week', () => {
    const week = weekContaining(DateTime.fromISO('2023-03-05T09:00Z'), 'Asia/Tokyo');
    const lanes = lanesForWeek([losAngeles, tokyo], week);
    expect(
      lanes.map((lane) => [lane.group.timeZone, lane.upgradeInWeek, Boolean(lane.deferredWindow)]),
    ).toEqual([
      ['America/Los_Angeles', true, false],
      ['Asia/Tokyo', false, true],
    ]);
    expect(sitesUpgradingIn(lanes)).toBe(2);
  });

  it('shows the deferred upgrade the week after, and leaves out zones with nothing that week', () => {
    const week = shiftWeek(weekContaining(DateTime.fromISO('2023-03-05T09:00Z'), 'Asia/Tokyo'), 1);
    const lanes = lanesForWeek([losAngeles, tokyo], week);
    expect(lanes.map((lane) => [lane.group.timeZone, lane.upgradeInWeek])).toEqual([['Asia/Tokyo', true]]);
  });

  it('places a window by instant: the same upgrade falls on another day for a New York viewer', () => {
    const week = weekFromMonday('2023-03-06', 'America/New_York');
    expect(week).toBeDefined();
    if (!week) return;
    // Sun 12 Mar 01:00 JST is Sat 11 Mar 11:00 EST: day 6 of the week, 11 h in.
    expect(weekFraction(week, tokyo.upgrade.start)).toBeCloseTo((5 * 24 + 11) / (7 * 24 - 1), 5);
    expect(week.end.diff(week.start, 'hours').hours).toBe(167); // the clocks go forward on 12 March
  });

  it('shows a week without a window in the week of its clock jump only, wherever the viewer is', () => {
    // New York's Sunday 02:00-03:00 slot vanished on 8 March 2026: the clocks jumped from 02:00
    // EST to 03:00 EDT at 07:00 UTC, which is Sunday 21:00 in Kiritimati (+14).
    const newYork = group(
      'America/New_York',
      '2026-03-15T06:00Z',
      '2026-03-15T07:00Z',
      [site('NYC', 'America/New_York', 'US')],
      {
        weeksWithoutWindow: [
          {
            nominalDate: '2026-03-08',
            reason: 'clock-jump',
            jumpAtMillis: Date.parse('2026-03-08T07:00Z'),
            timeZone: 'America/New_York',
          },
        ],
      },
    );
    const weekOfJump = weekFromMonday('2026-03-02', 'Pacific/Kiritimati');
    const weekAfter = weekFromMonday('2026-03-09', 'Pacific/Kiritimati');
    if (!weekOfJump || !weekAfter) throw new Error('not Mondays');
    expect(lanesForWeek([newYork], weekOfJump).map((lane) => lane.weekWithoutWindow?.nominalDate)).toEqual([
      '2026-03-08',
    ]);
    // The week after starts on 8 March at 10:00 UTC, inside 8 March as a UTC day: not a reason.
    expect(lanesForWeek([newYork], weekAfter).map((lane) => lane.weekWithoutWindow)).toEqual([undefined]);
  });

  it('refuses a week that does not start on a Monday', () => {
    expect(weekFromMonday('2023-03-07', 'UTC')).toBeUndefined();
    expect(weekFromMonday('not a date', 'UTC')).toBeUndefined();
  });
});
