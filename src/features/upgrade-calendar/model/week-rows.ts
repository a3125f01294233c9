import { countryName } from '@/domain/places';
import type { LaneGrouping } from './calendar-url-state';
import type { CalendarSite } from './calendar-types';
import { blocksOf, windowsOf, type LaneBlock, type LaneWindow } from './lane-windows';
import { waveChanges, type LastWeekWindowOf, type WaveChange } from './wave-changes';
import type { WeekLane } from './week-lanes';

/** Past this many zones the week opens grouped by wave: 400 one-zone lanes are 400 thin bars. */
export const WAVES_BY_DEFAULT_ABOVE_ZONES = 30;

export function defaultGrouping(zoneCount: number): LaneGrouping {
  return zoneCount > WAVES_BY_DEFAULT_ABOVE_ZONES ? 'wave' : 'zone';
}

/** A row of the week view, whatever the grouping. */
export type WeekRow = ZoneRow | WaveRow | CountryRow;

/** One zone's lane, as the week view has always drawn it. */
export interface ZoneRow {
  readonly kind: 'zone';
  readonly key: string;
  readonly lane: WeekLane;
  readonly windows: readonly LaneWindow[];
}

/** A member zone of a wave or a country, with the windows it has in that row. */
export interface RowZone {
  readonly lane: WeekLane;
  readonly windows: readonly LaneWindow[];
}

interface GroupRow {
  readonly key: string;
  /** By zone name. */
  readonly zones: readonly RowZone[];
  /** One per opening instant, earliest first: a wave has one. */
  readonly blocks: readonly LaneBlock[];
  /** Zones whose week without a window falls in this week. */
  readonly weeksWithoutWindow: readonly WeekLane[];
  readonly sites: number;
}

/** Every zone whose window opens at one instant: the account's slot following the sun. */
export interface WaveRow extends GroupRow {
  readonly kind: 'wave';
  readonly startMillis: number;
  readonly changes: readonly WaveChange[];
}

/** A country's sites, whatever their zones (the United States spans several waves). */
export interface CountryRow extends GroupRow {
  readonly kind: 'country';
  readonly countryCode: string;
  readonly countryName: string;
}

/** The first instant a row shows: what orders the rows, as lanes are ordered by upgrade. */
function firstInstant(row: WeekRow): number {
  const lanes = row.kind === 'zone' ? [row.lane] : row.weeksWithoutWindow;
  const windows = row.kind === 'zone' ? row.windows : row.blocks;
  return Math.min(
    ...windows.map((block) => block.startMillis),
    ...lanes.flatMap((lane) => (lane.weekWithoutWindow ? [lane.weekWithoutWindow.jumpAtMillis] : [])),
  );
}

/** The rows of a week from its zones' lanes (lanesForWeek); waves without their changes yet. */
export function rowsForWeek(grouping: LaneGrouping, lanes: readonly WeekLane[]): WeekRow[] {
  if (grouping === 'zone') return lanes.map((lane) => zoneRow(lane, windowsOf(lane)));
  if (grouping === 'wave') return waveRows(lanes);
  return countryRows(lanes);
}

/**
 * The same rows, each wave with what a clock change did to it since the week before. Apart from
 * rowsForWeek because it asks the engine for a week more of every zone: the calendar draws the
 * waves first and adds this after. Rows it leaves as they were are the same objects.
 */
export function withWaveChanges(rows: readonly WeekRow[], lastWeekWindowOf: LastWeekWindowOf): WeekRow[] {
  const waves = rows.filter((row): row is WaveRow => row.kind === 'wave');
  const changes = waveChanges(
    waves.map((wave) => wave.blocks[0]).filter((block): block is LaneBlock => block !== undefined),
    lastWeekWindowOf,
  );
  const byWave = new Map(waves.map((wave, index) => [wave, changes[index] ?? []]));
  return rows.map((row) => {
    const found = row.kind === 'wave' ? byWave.get(row) : undefined;
    return row.kind === 'wave' && found && found.length > 0 ? { ...row, changes: found } : row;
  });
}

function zoneRow(lane: WeekLane, windows: readonly LaneWindow[]): ZoneRow {
  return { kind: 'zone', key: `zone ${lane.group.timeZone}`, lane, windows };
}

function waveRows(lanes: readonly WeekLane[]): WeekRow[] {
  const laneWindows = lanes.map(windowsOf);
  const waves = blocksOf(laneWindows.flat());
  const rows: WeekRow[] = waves.map((wave) => ({
    kind: 'wave',
    key: `wave ${wave.startMillis}`,
    startMillis: wave.startMillis,
    zones: wave.windows.map((laneWindow) => ({ lane: laneWindow.lane, windows: [laneWindow] })),
    blocks: [wave],
    weeksWithoutWindow: [],
    sites: wave.sites,
    changes: [],
  }));
  // A zone whose only news this week is a week without a window is in no wave: it keeps its lane.
  const withoutWindow = lanes.flatMap((lane, index) =>
    laneWindows[index]?.length === 0 ? [zoneRow(lane, [])] : [],
  );
  return sortByFirstInstant([...rows, ...withoutWindow]);
}

function countryRows(lanes: readonly WeekLane[]): WeekRow[] {
  const byCountry = new Map<string, WeekLane[]>();
  for (const lane of lanes) {
    for (const [countryCode, sites] of sitesByCountry(lane.group.sites)) {
      // The zone's lane, holding only this country's sites.
      const countryLane = { ...lane, group: { ...lane.group, sites } };
      const countryLanes = byCountry.get(countryCode);
      if (countryLanes) countryLanes.push(countryLane);
      else byCountry.set(countryCode, [countryLane]);
    }
  }
  const rows = [...byCountry].map(([countryCode, countryLanes]): CountryRow => {
    const zones = countryLanes
      .map((lane) => ({ lane, windows: windowsOf(lane) }))
      .sort((a, b) => a.lane.group.timeZone.localeCompare(b.lane.group.timeZone));
    return {
      kind: 'country',
      key: `country ${countryCode}`,
      countryCode,
      countryName: countryName(countryCode) ?? countryCode,
      zones,
      blocks: blocksOf(zones.flatMap((zone) => zone.windows)),
      weeksWithoutWindow: countryLanes.filter((lane) => lane.weekWithoutWindow !== undefined),
      sites: countryLanes.reduce((count, lane) => count + lane.group.sites.length, 0),
    };
  });
  return sortByFirstInstant(rows, (a, b) =>
    a.kind === 'country' && b.kind === 'country' ? a.countryName.localeCompare(b.countryName) : 0,
  );
}

function sitesByCountry(sites: readonly CalendarSite[]): Map<string, CalendarSite[]> {
  const byCountry = new Map<string, CalendarSite[]>();
  for (const site of sites) {
    const countrySites = byCountry.get(site.countryCode);
    if (countrySites) countrySites.push(site);
    else byCountry.set(site.countryCode, [site]);
  }
  return byCountry;
}

function sortByFirstInstant<T extends WeekRow>(rows: T[], then: (a: T, b: T) => number = () => 0): T[] {
  const instants = new Map(rows.map((row) => [row, firstInstant(row)]));
  return rows.sort((a, b) => (instants.get(a) ?? 0) - (instants.get(b) ?? 0) || then(a, b));
}

/** How many focusable blocks a row draws (for roving indexes). */
export function blockCountOf(row: WeekRow): number {
  return row.kind === 'zone' ? row.windows.length : row.blocks.length;
}
