import { DateTime } from 'luxon';
import { nextKnownRelease } from './next-known-release';

const now = DateTime.fromISO('2026-11-16T03:00:00Z', { zone: 'utc' });

describe('the next known release', () => {
  it('is the earliest release after now, whatever the order of the list', () => {
    const next = nextKnownRelease(
      [
        { version: '27.1', releasedAt: '2027-01-12T09:00:00.000Z' },
        { version: '26.3', releasedAt: '2026-11-18T09:00:00.000Z' },
        { version: '26.2', releasedAt: '2026-10-28T12:00:00.000Z' },
      ],
      now,
    );
    expect(next?.version).toBe('26.3');
    expect(next?.releasedAt.toUTC().toISO()).toBe('2026-11-18T09:00:00.000Z');
  });

  it('is none when every release is out already, or out right now', () => {
    expect(nextKnownRelease([{ version: '26.2', releasedAt: '2026-11-16T03:00:00.000Z' }], now)).toBeNull();
    expect(nextKnownRelease([], now)).toBeNull();
  });
});
