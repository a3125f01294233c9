import { DateTime } from 'luxon';
import { computeUpgradePreview } from './upgrade-preview';
import { groupSitesByZone } from './zone-sites';

const site = (id: string, name: string, timezone: string, countryCode = 'XX') => ({
  id,
  name,
  timezone,
  countryCode,
});

// Monday 1 March 2027, 00:00 UTC: the release instant of the preview.
const now = DateTime.fromISO('2027-03-01T00:00:00Z', { zone: 'utc' });
const sundayOneToThree = { day: 7 as const, start: '01:00', end: '03:00' };

describe('the upgrade preview', () => {
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

  it('finds the soonest upgrade after the 48-hour notice', () => {
    const preview = computeUpgradePreview(sundayOneToThree, zones, now);
    // Lord Howe (UTC+11 in March) reaches Sunday 7 March 01:00 first: 6 March 14:00 UTC.
    expect(preview.soonest?.zone.timeZone).toBe('Australia/Lord_Howe');
    expect(preview.soonest?.nextUpgrade.start.toUTC().toISO()).toBe('2027-03-06T14:00:00.000Z');
    // New York (UTC-5) is the last: Sunday 7 March 01:00 EST is 06:00 UTC.
    expect(preview.latest?.zone.timeZone).toBe('America/New_York');
    expect(preview.latest?.nextUpgrade.start.toUTC().toISO()).toBe('2027-03-07T06:00:00.000Z');
  });

  it('shows one zone for each way a clock change alters the window in the coming weeks', () => {
    const preview = computeUpgradePreview(sundayOneToThree, zones, now);
    const effects = preview.affected.map((zone) => [zone.zone.timeZone, zone.clockChange?.kind]);
    expect(effects).toEqual([
      // 14 March: 02:00 EST becomes 03:00 EDT, the window loses an hour.
      ['America/New_York', 'shortened'],
      // 4 April: 02:00 becomes 01:30 again, the window gains 30 minutes.
      ['Australia/Lord_Howe', 'lengthened'],
      // 28 March: 01:00 GMT becomes 02:00 BST, the window opens at 02:00.
      ['Europe/London', 'opened-late'],
    ]);
    expect(preview.affectedZoneCount).toBe(3);
    expect(preview.affectedSiteCount).toBe(3);
    const lordHowe = preview.affected[1]?.clockChange;
    expect(lordHowe?.kind === 'lengthened' && lordHowe.upgradeWindow.durationChangeMinutes).toBe(30);
  });

  it('reports a week without a window when the slot lies in a two-hour clock jump', () => {
    // Antarctica/Troll jumps from 01:00 UTC+0 to 03:00 UTC+2 on the last Sunday of March.
    const troll = groupSitesByZone([site('troll', 'Troll Station', 'Antarctica/Troll', 'AQ')]);
    const preview = computeUpgradePreview(sundayOneToThree, troll, now);
    const effect = preview.affected[0]?.clockChange;
    expect(effect?.kind).toBe('no-window');
    expect(effect?.kind === 'no-window' && effect.weekWithoutWindow).toMatchObject({
      nominalDate: '2027-03-28',
      reason: 'clock-jump',
      // 01:00 UTC+0 on Sunday 28 March 2027
      jumpAtMillis: Date.parse('2027-03-28T01:00:00Z'),
    });
  });

  it('has nothing to show for an account without sites', () => {
    const preview = computeUpgradePreview(sundayOneToThree, [], now);
    expect(preview).toMatchObject({ soonest: null, latest: null, affected: [], zoneCount: 0 });
  });
});
