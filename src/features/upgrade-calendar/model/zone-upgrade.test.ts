import { DateTime } from '@/lib/date-time';
import { zoneUpgrade } from './zone-upgrade';
import { describeNote } from './upgrade-notes';

const sunday = { day: 7, start: '01:00', end: '03:00' } as const;

describe('zoneUpgrade', () => {
  it("the product's example: Tokyo, released Fri 3 Mar 2023 18:00 JST, upgrades Sun 12 Mar, deferred by the notice", () => {
    const upgrade = zoneUpgrade(sunday, 'Asia/Tokyo', DateTime.fromISO('2023-03-03T09:00:00Z'));
    expect(upgrade.start.toUTC().toISO()).toBe('2023-03-11T16:00:00.000Z'); // Sun 12 Mar 01:00 JST
    expect(upgrade.end.toUTC().toISO()).toBe('2023-03-11T18:00:00.000Z');
    expect(upgrade.notes).toHaveLength(1);
    const [note] = upgrade.notes;
    expect(note?.kind === 'deferred-by-notice' && note.skippedStart.toUTC().toISO()).toBe(
      '2023-03-04T16:00:00.000Z',
    );
    expect(note && describeNote(note)).toBe(
      'Deferred by the 48-hour notice: the release came less than 48 hours before Sunday 5 March, 01:00',
    );
  });

  it('London on the night the clocks go back: a 3-hour window, and why', () => {
    const upgrade = zoneUpgrade(sunday, 'Europe/London', DateTime.fromISO('2026-10-21T12:00:00Z'));
    expect(upgrade.start.toUTC().toISO()).toBe('2026-10-25T00:00:00.000Z'); // 01:00 BST
    expect(upgrade.end.toUTC().toISO()).toBe('2026-10-25T03:00:00.000Z'); // 03:00 GMT
    expect(upgrade.notes.map(describeNote)).toEqual([
      'Clock change: the clocks go back during the window, so it is 1 h longer',
    ]);
  });

  it('New York when 02:00 never shows: the window opens late and is shorter', () => {
    const upgrade = zoneUpgrade(
      { day: 7, start: '02:00', end: '04:00' },
      'America/New_York',
      DateTime.fromISO('2026-03-04T12:00:00Z'),
    );
    expect(upgrade.notes.map((note) => note.kind)).toEqual(['opened-late', 'shortened']);
  });

  it('Samoa, which skipped Friday 30 December 2011: the week without a window is noted', () => {
    const upgrade = zoneUpgrade(
      { day: 5, start: '10:00', end: '12:00' },
      'Pacific/Apia',
      DateTime.fromISO('2011-12-25T00:00:00Z'),
    );
    expect(upgrade.start.toISODate()).toBe('2012-01-06');
    expect(upgrade.notes.map(describeNote)).toContain(
      "No window on Friday 30 December 2011: the slot never shows on the site's clock that day",
    );
  });
});
