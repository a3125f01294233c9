import { DateTime } from 'luxon';
import { describeNextUpgrade } from './describe-next-upgrade';

const sundayOneToThree = { day: 'SUNDAY', start: '01:00', end: '03:00' } as const;

describe('describing a site’s next upgrade window', () => {
  it('gives the product’s Tokyo example in the site’s time and the viewer’s, with the 48-hour notice', () => {
    const description = describeNextUpgrade({
      maintenanceWindow: sundayOneToThree,
      siteTimeZone: 'Asia/Tokyo',
      countryCode: 'JP',
      // Friday 3 March 2023, 18:00 JST.
      releasedAt: DateTime.fromISO('2023-03-03T09:00:00Z'),
      viewerTimeZone: 'Europe/Paris',
    });
    expect(description?.upgradeWindow.start.toUTC().toISO()).toBe('2023-03-11T16:00:00.000Z'); // Sun 12 Mar 01:00 JST
    expect(description?.siteTime).toBe('Sunday 12 March, 01:00 – 03:00 (JST)');
    expect(description?.viewerTime).toBe('Saturday 11 March, 17:00 – 19:00');
    expect(description?.notes).toEqual([
      'Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release.',
    ]);
  });

  it('says when a clock change shortens the window and makes it open late', () => {
    const description = describeNextUpgrade({
      maintenanceWindow: sundayOneToThree,
      siteTimeZone: 'Europe/London',
      countryCode: 'GB',
      releasedAt: DateTime.fromISO('2026-03-25T12:00:00Z'),
      viewerTimeZone: 'Europe/London',
    });
    // Sunday 29 March 2026: 01:00 GMT jumps to 02:00 BST.
    expect(description?.upgradeWindow.start.toUTC().toISO()).toBe('2026-03-29T01:00:00.000Z');
    expect(description?.notes).toEqual([
      'Clock change on Sunday 29 March 2026: the clocks skip the start time, so the window opens 1 h late.',
      'Clock change on Sunday 29 March 2026: the clocks go forward during the window, so it is 1 h shorter.',
    ]);
  });

  it('says when a clock change lengthens the window', () => {
    const description = describeNextUpgrade({
      maintenanceWindow: sundayOneToThree,
      siteTimeZone: 'Europe/London',
      releasedAt: DateTime.fromISO('2026-10-21T12:00:00Z'),
      viewerTimeZone: 'UTC',
    });
    expect(description?.notes).toEqual([
      'Clock change on Sunday 25 October 2026: the clocks go back during the window, so it is 1 h longer.',
    ]);
  });

  it('handles a +05:45 zone', () => {
    const description = describeNextUpgrade({
      maintenanceWindow: sundayOneToThree,
      siteTimeZone: 'Asia/Kathmandu',
      countryCode: 'NP',
      releasedAt: DateTime.fromISO('2023-03-03T09:00:00Z'),
      viewerTimeZone: 'Asia/Tokyo',
    });
    // Sunday 5 March 01:00 NPT is 19:15 UTC on the 4th: 34 h 15 min after the release, too soon.
    expect(description?.upgradeWindow.start.toUTC().toISO()).toBe('2023-03-11T19:15:00.000Z');
    expect(description?.viewerTime).toBe('Sunday 12 March, 04:15 – 06:15');
  });

  it('describes nothing for a zone that does not exist, instead of failing', () => {
    expect(
      describeNextUpgrade({
        maintenanceWindow: sundayOneToThree,
        siteTimeZone: 'Asia/Atlantis',
        releasedAt: DateTime.fromISO('2023-03-03T09:00:00Z'),
        viewerTimeZone: 'UTC',
      }),
    ).toBeUndefined();
  });
});
