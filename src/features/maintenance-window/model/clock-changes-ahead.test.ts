import { DateTime } from 'luxon';
import { previewWindow } from './upgrade-preview';
import { groupSitesByZone } from './zone-sites';

const site = (id: string, name: string, timezone: string, countryCode = 'XX') => ({
  id,
  name,
  timezone,
  countryCode,
});

// Monday 1 March 2027, 00:00 UTC: the release instant of the preview.
const now = DateTime.fromISO('2027-03-01T00:00:00Z', { zone: 'utc' });
const releases = { now, nextRelease: null, freezes: [] };
const sundayOneToThree = { day: 7 as const, start: '01:00', end: '03:00' };

describe('the preview of one window', () => {
  const zones = groupSitesByZone([
    site('tokyo', 'Tokyo HQ', 'Asia/Tokyo', 'JP'),
    site('osaka', 'Osaka Branch', 'Asia/Tokyo', 'JP'),
    site('london', 'London', 'Europe/London', 'GB'),
    site('new-york', 'New York', 'America/New_York', 'US'),
    site('lord-howe', 'Lord Howe', 'Australia/Lord_Howe', 'AU'),
  ]);

  it('groups sites by zone and names each zone by its first site', () => {
    const tokyo = zones.find((zone) => zone.timeZone === 'Asia/Tokyo');
    expect(tokyo).toMatchObject({ siteCount: 2, exampleSite: { name: 'Osaka Branch' } });
    expect(zones).toHaveLength(4);
  });

  it('finds the first and the last upgrade after the 48-hour notice', () => {
    const { afterReleaseNow } = previewWindow(sundayOneToThree, zones, releases);
    // Lord Howe (UTC+11 in March) reaches Sunday 7 March 01:00 first: 6 March 14:00 UTC.
    expect(afterReleaseNow.first?.zone.timeZone).toBe('Australia/Lord_Howe');
    expect(afterReleaseNow.first?.nextUpgrade.start.toUTC().toISO()).toBe('2027-03-06T14:00:00.000Z');
    // New York (UTC-5) is the last: Sunday 7 March 01:00 EST is 06:00 UTC.
    expect(afterReleaseNow.last?.zone.timeZone).toBe('America/New_York');
    expect(afterReleaseNow.last?.nextUpgrade.start.toUTC().toISO()).toBe('2027-03-07T06:00:00.000Z');
  });

  it('shows one zone for each way a clock change alters the window in the coming weeks', () => {
    const { clockChanges } = previewWindow(sundayOneToThree, zones, releases);
    const effects = clockChanges.examples.map(({ zone, effect }) => [zone.timeZone, effect.kind]);
    expect(effects).toEqual([
      // 14 March: 02:00 EST becomes 03:00 EDT, the window loses an hour.
      ['America/New_York', 'shortened'],
      // 4 April: 02:00 becomes 01:30 again, the window gains 30 minutes.
      ['Australia/Lord_Howe', 'lengthened'],
      // 28 March: 01:00 GMT becomes 02:00 BST, the window opens at 02:00.
      ['Europe/London', 'opened-late'],
    ]);
    expect(clockChanges).toMatchObject({ zoneCount: 3, siteCount: 3 });
    const lordHowe = clockChanges.examples[1]?.effect;
    expect(lordHowe?.kind === 'lengthened' && lordHowe.upgradeWindow.durationChangeMinutes).toBe(30);
  });

  it('reports a week without a window when the slot lies in a two-hour clock jump', () => {
    // Antarctica/Troll jumps from 01:00 UTC+0 to 03:00 UTC+2 on the last Sunday of March.
    const troll = groupSitesByZone([site('troll', 'Troll Station', 'Antarctica/Troll', 'AQ')]);
    const effect = previewWindow(sundayOneToThree, troll, releases).clockChanges.examples[0]?.effect;
    expect(effect?.kind).toBe('no-window');
    expect(effect?.kind === 'no-window' && effect.weekWithoutWindow).toMatchObject({
      nominalDate: '2027-03-28',
      reason: 'clock-jump',
      // 01:00 UTC+0 on Sunday 28 March 2027
      jumpAtMillis: Date.parse('2027-03-28T01:00:00Z'),
    });
  });

  it('looks at the next release too, when one is known', () => {
    // Friday 5 March 2027, 12:00 UTC: the notice passes over the next Sunday everywhere but the Americas.
    const nextRelease = DateTime.fromISO('2027-03-05T12:00:00Z', { zone: 'utc' });
    const preview = previewWindow(sundayOneToThree, zones, { now, nextRelease, freezes: [] });
    expect(preview.afterNextRelease?.releasedAtMillis).toBe(nextRelease.toMillis());
    // Tokyo's Sunday 7 March 01:00 JST is 6 March 16:00 UTC, 28 hours after the release: it waits a week.
    const tokyo = preview.afterNextRelease?.zones.find(({ zone }) => zone.timeZone === 'Asia/Tokyo');
    expect(tokyo?.nextUpgrade.start.toUTC().toISO()).toBe('2027-03-13T16:00:00.000Z');
    expect(preview.afterNextRelease?.deferredSiteCount).toBeGreaterThanOrEqual(2);
  });

  it('has nothing to show for an account without sites', () => {
    const preview = previewWindow(sundayOneToThree, [], releases);
    expect(preview.afterReleaseNow).toMatchObject({
      first: null,
      last: null,
      peak: null,
      deferredSiteCount: 0,
    });
    expect(preview.clockChanges).toEqual({ siteCount: 0, zoneCount: 0, examples: [] });
  });
});
