import ICAL from 'ical.js';
import { buildUpgradeIcs } from './upgrade-ics';
import { group, site, upgradeWindow } from './test-groups';

describe('buildUpgradeIcs', () => {
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('Tokyo', 'Asia/Tokyo')], {
    deferredWindow: upgradeWindow('Asia/Tokyo', '2023-03-04T16:00Z', '2023-03-04T18:00Z'),
  });
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
    expect(events[0]?.description).toContain(
      'Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release.',
    );
    expect(events[0]?.description).toContain('Sunday 12 March 2023, 01:00 – 03:00');
    expect(events[1]?.uid).toBe('2023-03-03T09:00:00Z/Europe/London@console.test');
    expect(text).toContain('DTSTART:20230311T160000Z');
  });
});
