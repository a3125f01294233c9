import ICAL from 'ical.js';
import { durationBefore, escapeText, formatIcs, formatUtc } from './upgrade-ics-format';

describe('the iCalendar format', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text, and drops control characters', () => {
    expect(escapeText('Tokyo; HQ, floor 2\\3\r\nnext\nline\u0007')).toBe(
      'Tokyo\\; HQ\\, floor 2\\\\3\\nnext\\nline',
    );
  });

  it('writes UTC date-times and durations before an instant', () => {
    expect(formatUtc(Date.parse('2023-03-11T16:00:00.000Z'))).toBe('20230311T160000Z');
    expect([15, 60, 90, 24 * 60].map(durationBefore)).toEqual(['-PT15M', '-PT1H', '-PT90M', '-P1D']);
  });

  it('writes a calendar that a parser reads back, with CRLF line ends', () => {
    const text = formatIcs({
      productId: '-//Test//EN',
      name: 'Socket upgrades',
      stampedAtMillis: Date.parse('2023-03-03T09:30:00Z'),
      events: [
        {
          uid: 'a/b@c',
          summary: 'Socket upgrade: São Paulo, Av. Paulista; 2nd floor',
          description: 'Line one\nLine two, with a comma',
          location: 'America/Sao_Paulo',
          startMillis: Date.parse('2023-03-12T04:00:00Z'),
          endMillis: Date.parse('2023-03-12T06:00:00Z'),
          categories: ['Socket upgrade'],
          alarm: { minutesBefore: 60, description: 'Socket upgrade window opens' },
        },
      ],
    });
    expect(text.split('\r\n').at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.summary).toBe('Socket upgrade: São Paulo, Av. Paulista; 2nd floor');
    expect(event.description).toBe('Line one\nLine two, with a comma');
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-03-12T04:00:00.000Z');
    expect(String(vevent?.getFirstPropertyValue('dtstamp'))).toBe('2023-03-03T09:30:00Z');
    expect(String(vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-PT1H');
  });
});
