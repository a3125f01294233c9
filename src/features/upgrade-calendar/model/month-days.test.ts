import { DateTime } from '@/lib/date-time';
import { monthGrid, monthOfWeek, upgradesByDay } from './month-days';
import { group, site } from './test-groups';

describe('month view model', () => {
  it('counts sites and zones on the display-zone day their upgrade opens', () => {
    const groups = [
      group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
        site('A', 'Asia/Tokyo'),
        site('B', 'Asia/Tokyo'),
      ]),
      group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('C', 'Asia/Seoul')]),
    ];
    expect([...upgradesByDay(groups, 'Asia/Tokyo')]).toEqual([['2023-03-12', { sites: 3, zones: 2 }]]);
    // 16:00 UTC on the 11th is still the 11th in New York
    expect([...upgradesByDay(groups, 'America/New_York').keys()]).toEqual(['2023-03-11']);
  });

  it('counts a zone once on a day two of its windows open (sites with their own window)', () => {
    const ownWindow = { day: 7, start: '05:00', end: '07:00' } as const;
    const groups = [
      group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('A', 'Asia/Tokyo')]),
      group('Asia/Tokyo', '2023-03-11T20:00Z', '2023-03-11T22:00Z', [site('B', 'Asia/Tokyo')], {}, ownWindow),
    ];
    expect([...upgradesByDay(groups, 'Asia/Tokyo')]).toEqual([['2023-03-12', { sites: 2, zones: 1 }]]);
  });

  it('gives a week to the month of its Thursday, and lays a month out in Monday-first rows', () => {
    const week = DateTime.fromISO('2026-02-23', { zone: 'UTC' }); // Mon 23 Feb - Sun 1 Mar
    expect(monthOfWeek(week).toISODate()).toBe('2026-02-01');
    const rows = monthGrid(DateTime.fromISO('2023-03-01', { zone: 'UTC' }));
    expect(rows).toHaveLength(5);
    expect(rows[0]?.[0]?.toISODate()).toBe('2023-02-27');
    expect(rows[4]?.[6]?.toISODate()).toBe('2023-04-02');
  });
});
