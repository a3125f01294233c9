import ICAL from 'ical.js';
import { buildUpgradeIcs, icsEventCounts, type IcsEventPer } from './upgrade-ics';
import { group, site, upgradeWindow } from './test-groups';

const OPTIONS = {
  releasedAt: '2023-03-03T09:00:00Z',
  host: 'console.test',
  madeAtMillis: Date.parse('2023-03-03T09:30:00Z'),
};
/** What a reader of the file does first: a line break followed by a space or a tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

function eventsOf(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** No half of a surrogate pair left alone: in UTF-8 that would be a broken character. */
const wellFormed = (line: string) => !/[\uD800-\uDFFF]/u.test(line);
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('buildUpgradeIcs', () => {
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('Tokyo', 'Asia/Tokyo')], {
    deferredWindow: upgradeWindow('Asia/Tokyo', '2023-03-04T16:00Z', '2023-03-04T18:00Z'),
  });
  const london = group('Europe/London', '2026-10-25T00:00Z', '2026-10-25T03:00Z', [
    site('London', 'Europe/London', 'GB'),
    site('Leeds', 'Europe/London', 'GB', 'ha'),
  ]);

  it('writes one event per zone that parses back to the same UTC instants', () => {
    const text = buildUpgradeIcs([tokyo, london], OPTIONS);
    const events = eventsOf(text);
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

  describe('folding', () => {
    // Names people type: accents, dashes, arrows, CJK, an emoji (4 octets, two UTF-16 units).
    const names = [
      'São Paulo – Av. Paulista',
      'Zürich → Genève',
      '東京オフィス 渋谷',
      'Rocket 🚀 Lab',
      'Ångström',
    ];
    const many = group(
      'America/Sao_Paulo',
      '2023-03-12T04:00Z',
      '2023-03-12T06:00Z',
      Array.from({ length: 30 }, (_, i) =>
        site(`${names[i % names.length]} ${i}`, 'America/Sao_Paulo', 'BR'),
      ),
    );

    for (const eventPer of ['wave', 'zone', 'site'] as const) {
      it(`keeps every line within 75 octets with multi-byte text (one event per ${eventPer})`, () => {
        const text = buildUpgradeIcs([many, tokyo], { ...OPTIONS, eventPer });
        const lines = text.split('\r\n');
        expect(lines.filter((line) => octets(line) > 75)).toEqual([]);
        // A fold never splits a character: every physical line is valid text on its own.
        expect(lines.filter((line) => !wellFormed(line))).toEqual([]);
        expect(lines.some((line) => line.startsWith(' '))).toBe(true);
      });
    }

    it('unfolds back to the same text', () => {
      const text = buildUpgradeIcs([many], { ...OPTIONS, eventPer: 'site' });
      const events = eventsOf(text);
      expect(events.map((event) => event.summary)).toEqual(
        many.sites.map((one) => `Socket upgrade: ${one.name}`),
      );
      const paulo = events[0]?.description ?? '';
      expect(paulo).toContain(
        'Socket upgrade window, site-local: Sunday 12 March 2023, 01:00 – 03:00 (UTC−03:00)',
      );
      // The unfolded file holds each description line whole, as written.
      const unfolded = unfold(text);
      expect(unfolded).toContain(`SUMMARY:Socket upgrade: ${many.sites[3]?.name}\r\n`);
      expect(unfolded).toContain(
        'Single Socket: A single-Socket site is down for a few minutes of its upgrade.',
      );
    });
  });

  describe('reminder', () => {
    it('adds no alarm unless one is chosen', () => {
      expect(buildUpgradeIcs([tokyo], OPTIONS)).not.toContain('BEGIN:VALARM');
    });

    it.each([
      [15, '-PT15M'],
      [60, '-PT1H'],
      [24 * 60, '-P1D'],
    ])('adds a display alarm %i minutes before every event', (minutes, trigger) => {
      const text = buildUpgradeIcs([tokyo, london], { ...OPTIONS, reminderMinutesBefore: minutes });
      const alarms = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((vevent) => vevent.getAllSubcomponents('valarm'));
      expect(alarms.map((list) => list.length)).toEqual([1, 1]);
      for (const [alarm] of alarms) {
        expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe(trigger);
        expect(alarm?.getFirstPropertyValue('description')).toBeTruthy();
      }
    });
  });

  describe('one event per wave, zone or site', () => {
    // Seoul opens with Tokyo (both UTC+09:00): one wave of two zones. London is a wave alone.
    const seoul = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
      site('Seoul A', 'Asia/Seoul', 'KR'),
      site('Seoul B', 'Asia/Seoul', 'KR', 'ha'),
      site('Seoul C', 'Asia/Seoul', 'KR'),
    ]);
    const groups = [tokyo, seoul, london];

    it.each<[IcsEventPer, number]>([
      ['wave', 2],
      ['zone', 3],
      ['site', 6],
    ])('one event per %s: %i events', (eventPer, count) => {
      const events = eventsOf(buildUpgradeIcs(groups, { ...OPTIONS, eventPer }));
      expect(events).toHaveLength(count);
      expect(icsEventCounts(groups)[eventPer]).toBe(count);
      expect(new Set(events.map((event) => event.uid)).size).toBe(count);
    });

    it('a wave names its zones and sites, and lasts until its last window closes', () => {
      const longer = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T19:00Z', seoul.sites.slice());
      const [wave] = eventsOf(buildUpgradeIcs([tokyo, longer], { ...OPTIONS, eventPer: 'wave' }));
      expect(wave?.summary).toBe('Socket upgrade wave: 4 sites in 2 time zones');
      expect(wave?.startDate.toJSDate().toISOString()).toBe('2023-03-11T16:00:00.000Z');
      expect(wave?.endDate.toJSDate().toISOString()).toBe('2023-03-11T19:00:00.000Z');
      expect(wave?.uid).toBe('2023-03-03T09:00:00Z/wave/2023-03-11T16:00:00Z@console.test');
      expect(wave?.description).toContain(
        'Asia/Tokyo (1 site), site-local: Sunday 12 March 2023, 01:00 – 03:00 (JST)',
      );
      expect(wave?.description).toContain(
        'Asia/Seoul (3 sites), site-local: Sunday 12 March 2023, 01:00 – 04:00 (UTC+09:00)',
      );
      expect(wave?.description).toContain('- Seoul B');
    });

    it('a site event carries its site id and what the upgrade does to it', () => {
      const events = eventsOf(buildUpgradeIcs([seoul], { ...OPTIONS, eventPer: 'site' }));
      const seoulB = events.find((event) => event.summary === 'Socket upgrade: Seoul B');
      expect(seoulB?.uid).toBe('2023-03-03T09:00:00Z/site/seoul-b@console.test');
      expect(seoulB?.description).toContain('Site ID: seoul-b');
      expect(seoulB?.description).toContain(
        'HA (two Sockets): An HA site upgrades its primary Socket, then its secondary',
      );
    });
  });
});
