import { DateTime } from 'luxon';
import { scheduleEngine, type NextUpgradeWindow, type WeeklySlot } from '@/domain/upgrade-schedule';
import { describeShifts } from './comparison-wording';
import { compareWindows, previewWindow } from './upgrade-preview';
import { groupSitesByZone } from './zone-sites';

/*
 * The comparison of the issue: from Sunday 01:00 – 03:00 to Saturday 23:00 – 01:00, after a
 * release on Thursday 4 March 2027 at 12:00 UTC, so the 48-hour notice ends on Saturday 6 March
 * at 12:00 UTC, in the middle of the far-east zones' Saturday night. Every expected figure is
 * worked out here from the engine's answers site by site, without the preview's code.
 */
const releasedAt = DateTime.fromISO('2027-03-04T12:00:00Z', { zone: 'utc' });
const sundayOneToThree: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };
const saturdayLateNight: WeeklySlot = { day: 6, start: '23:00', end: '01:00' };

const SITES_PER_ZONE: Record<string, number> = {
  'Pacific/Kiritimati': 3, // +14: both windows fall before the cut-off
  'Pacific/Auckland': 2, // +13: Sunday 01:00 is exactly the cut-off, Saturday 23:00 before it
  'Pacific/Fiji': 1, // +12
  'Australia/Lord_Howe': 1, // +11: Saturday 23:00 is exactly the cut-off
  'Asia/Tokyo': 3,
  'Asia/Kathmandu': 1, // +05:45
  'Europe/London': 2,
  'America/New_York': 4,
  'Pacific/Pago_Pago': 1, // -11
};
const sites = Object.entries(SITES_PER_ZONE).flatMap(([timezone, count]) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${timezone}-${index}`,
    name: `${timezone} ${index}`,
    countryCode: 'XX',
    timezone,
  })),
);

const MINUTE = 60_000;

function perSite(slot: WeeklySlot): NextUpgradeWindow[] {
  return sites.map((site) => scheduleEngine.nextUpgradeWindow(slot, site.timezone, releasedAt));
}

/** The most sites in their window at one instant, trying every opening as the instant. */
function bruteForcePeak(windows: readonly NextUpgradeWindow[]): { count: number; atMillis: number } {
  let best = { count: 0, atMillis: 0 };
  for (const { startMillis: at } of windows) {
    const count = windows.filter((w) => w.startMillis <= at && at < w.endMillis).length;
    if (count > best.count || (count === best.count && at < best.atMillis)) best = { count, atMillis: at };
  }
  return best;
}

describe('comparing a change of window, zone by zone', () => {
  const before = perSite(sundayOneToThree);
  const after = perSite(saturdayLateNight);
  const shifts = after.map((window, index) => (window.startMillis - before[index]!.startMillis) / MINUTE);
  const earlier = shifts.filter((minutes) => minutes < 0).map((minutes) => -minutes);
  const later = shifts.filter((minutes) => minutes > 0);
  const deferred = (windows: readonly NextUpgradeWindow[]) =>
    windows.filter((window) => window.deferredWindow !== null).length;

  const zones = groupSitesByZone(sites);
  const releases = { now: releasedAt, nextRelease: null, freezes: [] };
  const saved = previewWindow(sundayOneToThree, zones, releases);
  const changed = previewWindow(saturdayLateNight, zones, releases);
  const { afterReleaseNow: shifted } = compareWindows(saved, changed);

  it('counts the sites that upgrade earlier and later, and by how much', () => {
    // The case is worth testing only if the change moves sites both ways.
    expect(earlier.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect(shifted.earlier).toMatchObject({
      siteCount: earlier.length,
      leastMinutes: Math.min(...earlier),
      mostMinutes: Math.max(...earlier),
    });
    expect(shifted.later).toMatchObject({
      siteCount: later.length,
      leastMinutes: Math.min(...later),
      mostMinutes: Math.max(...later),
    });
    expect(shifted.unchangedSiteCount).toBe(shifts.filter((minutes) => minutes === 0).length);
  });

  it('counts the sites that wait a week for the notice, before and after', () => {
    expect(saved.afterReleaseNow.deferredSiteCount).toBe(deferred(before));
    expect(changed.afterReleaseNow.deferredSiteCount).toBe(deferred(after));
    expect(deferred(after)).not.toBe(deferred(before));
  });

  it('finds the peak concurrency before and after, and when it starts', () => {
    // After the change the deferred far-east zones overlap each other: a higher peak, a week later.
    expect(bruteForcePeak(after).count).toBeGreaterThan(bruteForcePeak(before).count);
    for (const [preview, windows] of [
      [saved, before],
      [changed, after],
    ] as const) {
      const expected = bruteForcePeak(windows);
      expect(preview.afterReleaseNow.peak).toMatchObject({
        count: expected.count,
        fromMillis: expected.atMillis,
      });
    }
  });

  it('names the zones that upgrade first and last', () => {
    const firstAndLast = (windows: readonly NextUpgradeWindow[]) => {
      const starts = windows.map((window) => window.startMillis);
      return [Math.min(...starts), Math.max(...starts)];
    };
    for (const [preview, windows] of [
      [saved, before],
      [changed, after],
    ] as const) {
      const [first, last] = firstAndLast(windows);
      expect(preview.afterReleaseNow.first?.startMillis).toBe(first);
      expect(preview.afterReleaseNow.last?.startMillis).toBe(last);
    }
  });

  it('says it in one sentence', () => {
    // Auckland and Fiji: the Saturday window opens before the cut-off, so they wait until the
    // next Saturday, 6 days 22 hours after their Sunday window; most others move 2 hours earlier.
    expect(describeShifts(shifted)).toMatch(
      /^\d+ sites earlier, by 2 h; \d+ sites later, by .*6 days 22 h\.$/,
    );
  });

  it('compares nothing of two different accounts', () => {
    const fewer = previewWindow(saturdayLateNight, zones.slice(1), releases);
    expect(() => compareWindows(saved, fewer)).toThrow(RangeError);
  });
});
