import { foldContentLine } from './upgrade-ics-folding';

/*
 * The few parts of RFC 5545 the export writes, written directly: a library that validated every
 * event took seconds for a calendar of 5,000 sites, and folded lines by characters, not octets.
 */

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  location?: string | undefined;
  startMillis: number;
  endMillis: number;
  categories: readonly string[];
  /** A display alarm this many minutes before the event opens. */
  alarm?: { minutesBefore: number; description: string } | undefined;
}

export interface IcsCalendar {
  productId: string;
  name: string;
  /** When the file is made (DTSTAMP), as epoch milliseconds. */
  stampedAtMillis: number;
  events: readonly IcsEvent[];
}

/** A TEXT value (3.3.11): backslash, semicolon, comma and line breaks escaped, control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n')
    .split('')
    .filter((character) => !isControlCharacter(character))
    .join('');
}

/** C0 controls and DEL, which TEXT may not hold; the tab stays (line breaks are escaped above). */
function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/** A UTC DATE-TIME (3.3.5, form #2): "20230311T160000Z". */
export function formatUtc(millis: number): string {
  return new Date(millis)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DURATION before an instant (3.3.6): "-PT15M", "-PT1H", "-P1D". */
export function durationBefore(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `-P${minutes / (24 * 60)}D`;
  if (minutes % 60 === 0) return `-PT${minutes / 60}H`;
  return `-PT${minutes}M`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.startMillis)}`,
    `DTEND:${formatUtc(event.endMillis)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  // Busy in the reader's calendar, in Outlook's words too.
  lines.push('TRANSP:OPAQUE', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY');
  if (event.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      `TRIGGER:${durationBefore(event.alarm.minutesBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: CRLF line ends, every line folded at 75 octets. */
export function formatIcs(calendar: IcsCalendar): string {
  const stamp = formatUtc(calendar.stampedAtMillis);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldContentLine).join('\r\n') + '\r\n';
}
