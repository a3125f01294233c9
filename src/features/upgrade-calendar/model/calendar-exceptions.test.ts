// Sites with their own window and upgrade freezes, through the calendar's model with the real
// engine: groups, week lanes, table rows, the CSV and the .ics.
import ICAL from 'ical.js';
import { ScheduleEngine, type WeeklySlot } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import { windowsOf } from './lane-windows';
import { csvRecords } from './test-csv';
import { site } from './test-groups';
import { buildUpgradeIcs } from './upgrade-ics';
import { buildUpgradeRows, upgradeRowsCsv } from './upgrade-rows';
import { weekContaining } from './week';
import { lanesForWeek } from './week-lanes';
import { groupByZone, groupTitle } from './zone-groups';

const SUNDAY_1_TO_3: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };
const TUESDAY_2_TO_4: WeeklySlot = { day: 2, start: '02:00', end: '04:00' };
const YEAR_END = [{ name: 'Year-end freeze', startDate: '2026-12-18', endDate: '2027-01-04' }];
// Monday 14 December 2026, 09:00 UTC: the notice ends on Wednesday 16 December.
const RELEASED = DateTime.fromISO('2026-12-14T09:00:00Z', { zone: 'utc' });
const ZONE = 'Asia/Tokyo';

const sites = [
  site('Osaka', ZONE),
  site('Tokyo', ZONE, 'JP', 'single', TUESDAY_2_TO_4),
  site('Kyoto', ZONE, 'JP', 'ha'),
];

function groupsWith(freezes: typeof YEAR_END | []) {
  const engine = new ScheduleEngine();
  const asked: string[] = [];
  const groups = groupByZone(sites, SUNDAY_1_TO_3, (timeZone, slot) => {
    asked.push(`${timeZone} ${slot.day}`);
    return engine.nextUpgradeWindow(slot, timeZone, RELEASED, { freezes });
  });
  return { groups, asked };
}

describe('a zone whose sites have different windows', () => {
  it('computes the account-window sites and the own-window site apart, once per window', () => {
    const { groups, asked } = groupsWith([]);
    expect(asked.sort()).toEqual([`${ZONE} 2`, `${ZONE} 7`]);
    // Without a freeze: Sunday 20 December for the account's window, Tuesday 22 for Tokyo's own.
    expect(
      groups.map((group) => [groupTitle(group), group.sites.map((s) => s.name), group.upgrade.start.toISO()]),
    ).toEqual([
      ['Asia/Tokyo', ['Kyoto', 'Osaka'], '2026-12-20T01:00:00.000+09:00'],
      ['Asia/Tokyo (own window: Tuesday 02:00 – 04:00)', ['Tokyo'], '2026-12-22T02:00:00.000+09:00'],
    ]);
  });
});

describe('a freeze over the next windows', () => {
  const { groups } = groupsWith(YEAR_END);
  // The own window's Tuesday comes first after this freeze.
  const [own, account] = groups;

  it('moves each group past the freeze, naming it', () => {
    // Sundays 20 and 27 December and 3 January are frozen; Tuesdays 22 and 29 December too.
    expect(account?.upgrade.start.toISO()).toBe('2027-01-10T01:00:00.000+09:00');
    expect(own?.upgrade.start.toISO()).toBe('2027-01-05T02:00:00.000+09:00');
    expect(groups.map((group) => group.ownWindow)).toEqual([TUESDAY_2_TO_4, null]);
    expect(own?.upgrade.frozenWindows.map(({ freezeName }) => freezeName)).toEqual([
      'Year-end freeze',
      'Year-end freeze',
    ]);
  });

  it('draws the frozen windows of the week as windows that do not happen', () => {
    const week = weekContaining(DateTime.fromISO('2026-12-21T12:00', { zone: ZONE }), ZONE);
    const lanes = lanesForWeek(groups, week);
    expect(lanes.map((lane) => [lane.group.key, lane.upgradeInWeek])).toEqual([
      [`${ZONE} own 2 02:00-04:00`, false],
      [ZONE, false],
    ]);
    expect(
      lanes.flatMap(windowsOf).map(({ kind, window }) => [kind, window.frozenBy, window.start.toISO()]),
    ).toEqual([
      ['frozen', 'Year-end freeze', '2026-12-22T02:00:00.000+09:00'],
      ['frozen', 'Year-end freeze', '2026-12-27T01:00:00.000+09:00'],
    ]);
  });

  it('says so in the table rows and the CSV, with the freeze named', () => {
    const rows = buildUpgradeRows(groups, RELEASED);
    expect(rows.map((row) => [row.site.name, row.freezeNames])).toEqual([
      ['Tokyo', ['Year-end freeze']],
      ['Kyoto', ['Year-end freeze']],
      ['Osaka', ['Year-end freeze']],
    ]);
    const records = csvRecords(upgradeRowsCsv(rows, 'Europe/London'));
    expect(records[0]).toMatchObject({
      Site: 'Tokyo',
      'Own window (site time)': 'Tuesday 02:00 – 04:00',
      Freeze: 'Year-end freeze',
      'Deferred by freeze': 'true',
      'Start (site time)': '2027-01-05T02:00:00+09:00',
    });
    expect(records[0]?.Notes).toContain('in the Year-end freeze: the upgrade waits for');
    expect(records[1]).toMatchObject({
      Site: 'Kyoto',
      'Own window (site time)': '',
      'Deferred by freeze': 'true',
    });
  });

  it('says so in each .ics event, and holds no event for a frozen window', () => {
    const text = buildUpgradeIcs(groups, {
      releasedAt: RELEASED.toISO() ?? '',
      host: 'console.test',
      madeAtMillis: RELEASED.toMillis(),
    });
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.summary, event.startDate.toJSDate().toISOString()])).toEqual([
      ['Socket upgrade: Tokyo', '2027-01-04T17:00:00.000Z'],
      ['Socket upgrade: 2 sites (Asia/Tokyo)', '2027-01-09T16:00:00.000Z'],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    const [tokyo] = events;
    expect(tokyo?.description).toContain('Own window: Tuesday 02:00 – 04:00 (site time).');
    expect(tokyo?.description).toContain('Moved by the Year-end freeze.');
    expect(tokyo?.description).toContain('in the Year-end freeze: the upgrade waits for');
  });
});
