import { DateTime } from '@/lib/date-time';
import { group, site, upgradeWindow } from './test-groups';
import { weekContaining } from './week';
import { lanesForWeek } from './week-lanes';
import { defaultGrouping, rowsForWeek, type WeekRow } from './week-rows';

// Sun 12 Mar 2023 01:00-03:00 local: Tokyo and Seoul (+09) open together at 16:00 UTC on the 11th.
const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
  site('Osaka', 'Asia/Tokyo'),
  site('Tokyo', 'Asia/Tokyo'),
]);
const seoul = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
  site('Seoul', 'Asia/Seoul', 'KR'),
]);
// Berlin's zone holds a Swedish site too (tzdata folds Stockholm into Berlin).
const berlin = group('Europe/Berlin', '2023-03-12T00:00Z', '2023-03-12T02:00Z', [
  site('Berlin', 'Europe/Berlin', 'DE'),
  site('Stockholm', 'Europe/Berlin', 'SE'),
]);
// New York's window is the week before, passed over by the notice; Los Angeles upgrades that week.
const newYork = group(
  'America/New_York',
  '2023-03-12T06:00Z',
  '2023-03-12T07:00Z',
  [site('New York', 'America/New_York', 'US')],
  { deferredWindow: upgradeWindow('America/New_York', '2023-03-05T06:00Z', '2023-03-05T08:00Z') },
);
const losAngeles = group('America/Los_Angeles', '2023-03-12T09:00Z', '2023-03-12T10:00Z', [
  site('Los Angeles', 'America/Los_Angeles', 'US'),
]);

const week = weekContaining(DateTime.fromISO('2023-03-11T16:00Z'), 'Asia/Tokyo');
const lanes = lanesForWeek([tokyo, seoul, berlin, newYork, losAngeles], week);

function describeRow(row: WeekRow) {
  if (row.kind === 'zone') return ['zone', row.lane.group.timeZone];
  return [
    row.kind === 'wave' ? new Date(row.startMillis).toISOString() : row.countryName,
    row.zones.map(({ lane }) => `${lane.group.timeZone} ${lane.group.sites.length}`),
    row.blocks.map((block) => `${new Date(block.startMillis).toISOString()} ${block.kind}`),
    row.sites,
  ];
}

describe('the rows of a week', () => {
  it('groups zones that open at the same instant into one wave, earliest first', () => {
    expect(rowsForWeek('wave', lanes).map(describeRow)).toEqual([
      ['2023-03-11T16:00:00.000Z', ['Asia/Seoul 1', 'Asia/Tokyo 2'], ['2023-03-11T16:00:00.000Z upgrade'], 3],
      ['2023-03-12T00:00:00.000Z', ['Europe/Berlin 2'], ['2023-03-12T00:00:00.000Z upgrade'], 2],
      ['2023-03-12T06:00:00.000Z', ['America/New_York 1'], ['2023-03-12T06:00:00.000Z upgrade'], 1],
      ['2023-03-12T09:00:00.000Z', ['America/Los_Angeles 1'], ['2023-03-12T09:00:00.000Z upgrade'], 1],
    ]);
  });

  it('gives a country every zone of its sites, a block per opening instant, and only its own sites', () => {
    expect(rowsForWeek('country', lanes).map(describeRow)).toEqual([
      // At one instant, by country name.
      ['Japan', ['Asia/Tokyo 2'], ['2023-03-11T16:00:00.000Z upgrade'], 2],
      ['South Korea', ['Asia/Seoul 1'], ['2023-03-11T16:00:00.000Z upgrade'], 1],
      ['Germany', ['Europe/Berlin 1'], ['2023-03-12T00:00:00.000Z upgrade'], 1],
      ['Sweden', ['Europe/Berlin 1'], ['2023-03-12T00:00:00.000Z upgrade'], 1],
      [
        'United States of America',
        ['America/Los_Angeles 1', 'America/New_York 1'],
        ['2023-03-12T06:00:00.000Z upgrade', '2023-03-12T09:00:00.000Z upgrade'],
        2,
      ],
    ]);
  });

  it('keeps one lane per zone when grouped by time zone', () => {
    expect(rowsForWeek('zone', lanes).map((row) => row.key)).toEqual(
      lanes.map((lane) => `zone ${lane.group.timeZone}`),
    );
  });

  it('makes a wave of windows the notice passed over, apart from the upgrades', () => {
    const cutoffWeek = weekContaining(DateTime.fromISO('2023-03-05T06:00Z'), 'Asia/Tokyo');
    const rows = rowsForWeek('wave', lanesForWeek([newYork, losAngeles], cutoffWeek));
    expect(rows.map(describeRow)).toEqual([
      ['2023-03-05T06:00:00.000Z', ['America/New_York 1'], ['2023-03-05T06:00:00.000Z skipped-by-notice'], 1],
    ]);
  });

  it('keeps a zone whose only news is a week without a window in its own lane among the waves', () => {
    const troll = group(
      'Antarctica/Troll',
      '2023-03-19T01:00Z',
      '2023-03-19T03:00Z',
      [site('Troll', 'Antarctica/Troll', 'AQ')],
      {
        weeksWithoutWindow: [
          {
            nominalDate: '2023-03-12',
            reason: 'clock-jump',
            jumpAtMillis: Date.parse('2023-03-12T01:00Z'),
            timeZone: 'Antarctica/Troll',
          },
        ],
      },
    );
    const rows = rowsForWeek('wave', lanesForWeek([tokyo, troll], week));
    expect(rows.map(describeRow)).toEqual([
      ['2023-03-11T16:00:00.000Z', ['Asia/Tokyo 2'], ['2023-03-11T16:00:00.000Z upgrade'], 2],
      ['zone', 'Antarctica/Troll'],
    ]);
  });

  it('groups by wave by default only past 30 zones', () => {
    expect(defaultGrouping(30)).toBe('zone');
    expect(defaultGrouping(31)).toBe('wave');
  });
});
