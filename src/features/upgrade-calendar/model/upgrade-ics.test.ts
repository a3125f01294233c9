import ICAL from 'ical.js';
import { DateTime } from '@/lib/date-time';
import { buildUpgradeIcs } from './upgrade-ics';
import { group, site } from './test-groups';

describe('buildUpgradeIcs', () => {
  const tokyo = group(
    'Asia/Tokyo',
    '2023-03-11T16:00Z',
    '2023-03-11T18:00Z',
    [site('Tokyo', 'Asia/Tokyo')],
    [
      {
        kind: 'deferred-by-notice',
        skippedStart: DateTime.fromISO('2023-03-04T16:00Z', { zone: 'Asia/Tokyo' }),
        skippedStartMillis: Date.parse('2023-03-04T16:00Z'),
        skippedEndMillis: Date.parse('2023-03-04T18:00Z'),
        skippedEnd: DateTime.fromISO('2023-03-04T18:00Z', { zone: 'Asia/Tokyo' }),
      },
    ],
  );
  const london = group('Europe/London', '2026-10-25T00:00Z', '2026-10-25T03:00Z', [
    site('London', 'Europe/London', 'GB'),
    site('Leeds', 'Europe/London', 'GB'),
  ]);

  it('writes one event per zone that parses back to the same UTC instants', () => {
    const text = buildUpgradeIcs([tokyo, london], {
      releasedAt: '2023-03-03T09:00:00Z',
      host: 'console.test',
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((event) => [
        event.summary,
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]),
    ).toEqual([
      ['Socket upgrade: Tokyo', '2023-03-11T16:00:00.000Z', '2023-03-11T18:00:00.000Z'],
      ['Socket upgrade: 2 sites (Europe/London)', '2026-10-25T00:00:00.000Z', '2026-10-25T03:00:00.000Z'],
    ]);
    expect(events[0]?.description).toContain('Deferred by the 48-hour notice');
    expect(events[0]?.description).toContain('Sunday 12 March 2023, 01:00 – 03:00');
    expect(events[1]?.uid).toBe('2023-03-03T09:00:00Z/Europe/London@console.test');
    expect(text).toContain('DTSTART:20230311T160000Z');
  });
});
