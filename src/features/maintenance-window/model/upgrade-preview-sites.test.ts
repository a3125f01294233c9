import { DateTime } from 'luxon';
import type { WeeklySlot } from '@/domain/upgrade-schedule';
import { explainFrozenSites } from '@/lib/upgrade-wording';
import { zonesToPreview } from './own-window-sites';
import { previewWindow } from './upgrade-preview';

/*
 * Which sites the preview of the account's window looks at (not those with their own window),
 * and what the account's freezes do to it. The expected instants are worked out by hand.
 */
const sundayOneToThree: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };
const site = (id: string, timezone: string, ownWindow = false) => ({
  id,
  name: id,
  countryCode: 'XX',
  timezone,
  upgradeWindow: ownWindow ? { day: 'TUESDAY' as const, start: '02:00', end: '04:00' } : null,
});
const sites = [
  site('Tokyo B', 'Asia/Tokyo'),
  site('Tokyo A', 'Asia/Tokyo'),
  site('London', 'Europe/London'),
  site('Frankfurt', 'Europe/Berlin', true),
  site('Berlin', 'Europe/Berlin', true),
];
// Monday 14 December 2026, 12:00 UTC: the next Sunday window is on 20 December everywhere here.
const releasedAt = DateTime.fromISO('2026-12-14T12:00:00Z', { zone: 'utc' });
const yearEnd = { name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' };

describe('the sites the preview compares', () => {
  const { zones, ownWindow } = zonesToPreview(sites);

  it('leaves out the sites with their own window, and names them by name', () => {
    expect(ownWindow).toEqual([
      { id: 'Berlin', name: 'Berlin' },
      { id: 'Frankfurt', name: 'Frankfurt' },
    ]);
    expect(zones.map(({ timeZone, siteCount }) => [timeZone, siteCount])).toEqual([
      ['Asia/Tokyo', 2],
      ['Europe/London', 1],
    ]);
  });

  it('counts only the following sites in its answers', () => {
    const preview = previewWindow(sundayOneToThree, zones, {
      now: releasedAt,
      nextRelease: null,
      freezes: [],
    });
    const counted = preview.afterReleaseNow.zones.reduce((sum, zone) => sum + zone.zone.siteCount, 0);
    expect(counted).toBe(3);
    // Tokyo's Sunday 20 December, 01:00 JST (UTC+9) comes first.
    expect(preview.afterReleaseNow.first?.zone.timeZone).toBe('Asia/Tokyo');
    expect(
      DateTime.fromMillis(preview.afterReleaseNow.first?.startMillis ?? 0)
        .toUTC()
        .toISO(),
    ).toBe('2026-12-19T16:00:00.000Z');
    expect(preview.afterReleaseNow.frozenSiteCount).toBe(0);
  });
});

describe('the preview under the account freezes', () => {
  const { zones } = zonesToPreview(sites);
  const releases = { now: releasedAt, nextRelease: null, freezes: [yearEnd] };
  const preview = previewWindow(sundayOneToThree, zones, releases);

  it('moves every window in the freeze to the first one after it', () => {
    // Sundays 20 and 27 December and 3 January are frozen: Sunday 10 January 2027, 01:00 local.
    const starts = preview.afterReleaseNow.zones.map(({ zone, startMillis }) => [
      zone.timeZone,
      DateTime.fromMillis(startMillis).toUTC().toISO(),
    ]);
    expect(starts).toEqual([
      ['Asia/Tokyo', '2027-01-09T16:00:00.000Z'], // 01:00 JST
      ['Europe/London', '2027-01-10T01:00:00.000Z'], // 01:00 GMT
    ]);
  });

  it('counts the sites a freeze holds back and names the freeze', () => {
    expect(preview.afterReleaseNow.frozenSiteCount).toBe(3);
    expect(preview.afterReleaseNow.frozenBy).toEqual(['Year-end freeze 2026']);
    expect(explainFrozenSites(3, preview.afterReleaseNow.frozenBy)).toBe(
      '3 sites wait for the end of the Year-end freeze 2026: a window in a freeze does not happen, the upgrade is in the first window after it.',
    );
  });

  it('holds back nobody once the freeze is past the window', () => {
    const afterIt = previewWindow(sundayOneToThree, zones, {
      ...releases,
      now: DateTime.fromISO('2027-01-05T12:00:00Z', { zone: 'utc' }),
    });
    expect(afterIt.afterReleaseNow.frozenSiteCount).toBe(0);
    expect(afterIt.afterReleaseNow.frozenBy).toEqual([]);
  });
});
