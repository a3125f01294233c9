// @vitest-environment node
import { ScheduleEngine } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from './calendar-types';
import { site } from './test-groups';
import type { LastWeekWindowOf } from './wave-changes';
import { weekContaining } from './week';
import { lanesForWeek } from './week-lanes';
import { rowsForWeek, withWaveChanges, type WaveRow } from './week-rows';

/*
 * Clock changes that split and merge waves, on the engine's own answers (the wording is the
 * console's one wording, so the sentences are pinned here as a reader sees them).
 */

const engine = new ScheduleEngine();
const sunday = { day: 7, start: '01:00', end: '03:00' } as const;
const DAY_MS = 86_400_000;

const lastWeekWindowOf: LastWeekWindowOf = ({ lane, startMillis }) =>
  engine
    .upgradeWindowsBetween(
      sunday,
      lane.group.timeZone,
      DateTime.fromMillis(startMillis - 8 * DAY_MS),
      DateTime.fromMillis(startMillis - DAY_MS),
    )
    .at(-1);

function wavesAfter(releasedIso: string, timeZones: string[]): WaveRow[] {
  const released = DateTime.fromISO(releasedIso, { zone: 'utc' });
  const groups: ZoneGroup[] = timeZones.map((timeZone) => ({
    key: timeZone,
    timeZone,
    ownWindow: null,
    slot: sunday,
    sites: [site(timeZone, timeZone)],
    upgrade: engine.nextUpgradeWindow(sunday, timeZone, released),
  }));
  const first = Math.min(...groups.map((group) => group.upgrade.startMillis));
  const week = weekContaining(DateTime.fromMillis(first), 'Etc/UTC');
  const rows = withWaveChanges(rowsForWeek('wave', lanesForWeek(groups, week)), lastWeekWindowOf);
  return rows.filter((row): row is WaveRow => row.kind === 'wave');
}

const at = (iso: string) => Date.parse(iso);

describe('waves a clock change reshapes', () => {
  it('splits Jerusalem and Beirut from Athens, Kyiv and Cairo the week Israel and Lebanon change first', () => {
    // Sun 29 Mar 2026 01:00 local. Israel went forward on Friday 27 March, Lebanon at midnight
    // that Sunday: both open at 22:00 UTC on the 28th, with Istanbul (+03 all year). Athens and
    // Kyiv go forward at 04:00 that night, after their window; Cairo not until April.
    const waves = wavesAfter('2026-03-25T12:00:00Z', [
      'Africa/Cairo',
      'Asia/Beirut',
      'Asia/Jerusalem',
      'Europe/Athens',
      'Europe/Istanbul',
      'Europe/Kyiv',
    ]);
    const why =
      "Clock change since last week's window: the clocks went forward 1 h (UTC+02:00 → UTC+03:00) before this one opened.";
    expect(
      waves.map((wave) => [
        new Date(wave.startMillis).toISOString(),
        wave.zones.map(({ lane }) => lane.group.timeZone),
        wave.changes,
      ]),
    ).toEqual([
      [
        '2026-03-28T22:00:00.000Z',
        ['Asia/Beirut', 'Asia/Jerusalem', 'Europe/Istanbul'],
        [{ kind: 'merged', timeZones: ['Asia/Beirut', 'Asia/Jerusalem'], nowOpensAtMillis: undefined, why }],
      ],
      [
        '2026-03-28T23:00:00.000Z',
        ['Africa/Cairo', 'Europe/Athens', 'Europe/Kyiv'],
        [
          {
            kind: 'split',
            timeZones: ['Asia/Beirut', 'Asia/Jerusalem'],
            nowOpensAtMillis: at('2026-03-28T22:00:00Z'),
            why,
          },
        ],
      ],
    ]);
  });

  it('splits Havana from New York the Sunday Cuba goes forward at midnight and the US at 02:00', () => {
    // Sun 8 Mar 2026 01:00: Havana is already on -04 (05:00 UTC), New York still on -05
    // (06:00 UTC; its window is cut short at 02:00). Caracas is on -04 all year.
    const waves = wavesAfter('2026-03-04T12:00:00Z', [
      'America/Caracas',
      'America/Havana',
      'America/New_York',
    ]);
    expect(
      waves.map((wave) => [new Date(wave.startMillis).toISOString(), wave.changes.map((c) => c.kind)]),
    ).toEqual([
      ['2026-03-08T05:00:00.000Z', ['merged']],
      ['2026-03-08T06:00:00.000Z', ['split']],
    ]);
    expect(waves[1]?.changes[0]?.timeZones).toEqual(['America/Havana']);
  });

  it('says nothing when zones keep their offset, or change clocks together and meet no one new', () => {
    // Europe goes forward on 29 March 2026 at 01:00 UTC, inside neither window below; the next
    // Sunday Berlin and Paris both open an hour earlier than the week before, together.
    expect(
      wavesAfter('2026-03-31T12:00:00Z', ['Europe/Berlin', 'Europe/Paris']).flatMap((wave) => wave.changes),
    ).toEqual([]);
    expect(
      wavesAfter('2026-06-10T12:00:00Z', ['Asia/Tokyo', 'Asia/Seoul']).flatMap((wave) => wave.changes),
    ).toEqual([]);
  });
});
