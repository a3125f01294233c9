// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import vectors from './fixtures/upgrade-vectors.json';
import type { WeeklySlot } from './weekly-slot';
import { oracleNextWindow, oracleWindowsBetween } from './testing/upgrade-oracle';
import { ScheduleEngine } from './upgrade-schedule';

const engine = new ScheduleEngine();
import { isWeekdayNumber } from './weekdays';

/*
 * The worked cases of shared/upgrade-vectors.json (copied into fixtures/), each computed by an
 * independent implementation. Every section of the file is run: a new section fails the last test
 * until it is handled here.
 */

interface VectorWindow {
  readonly day: number;
  readonly start: string;
  readonly end: string;
}

function maintenanceWindow({ day, start, end }: VectorWindow): WeeklySlot {
  if (!isWeekdayNumber(day)) throw new Error(`bad weekday in vectors: ${day}`);
  return { day, start, end };
}

const utc = (millis: number) =>
  DateTime.fromMillis(millis, { zone: 'utc' }).toISO({ suppressMilliseconds: true });

describe('worked cases: next window after a release', () => {
  it.each(vectors.next.map((vector) => [vector.note, vector] as const))('%s', (_note, vector) => {
    const answer = engine.nextUpgradeWindow(
      maintenanceWindow(vector.window),
      vector.zone,
      DateTime.fromISO(vector.releasedAt),
    );
    expect({ start: utc(answer.startMillis), end: utc(answer.endMillis) }).toEqual(vector.expected);
    expect(answer.start.toUTC().toISO({ suppressMilliseconds: true })).toBe(vector.expected.start);
    expect(answer.end.toUTC().toISO({ suppressMilliseconds: true })).toBe(vector.expected.end);
  });

  it.each(vectors.next.map((vector) => [vector.zone, vector.releasedAt, vector] as const))(
    'the test oracle agrees too (%s, released %s)',
    (_zone, _releasedAt, vector) => {
      const answer = oracleNextWindow(
        maintenanceWindow(vector.window),
        vector.zone,
        Date.parse(vector.releasedAt),
      );
      expect({ start: utc(answer.startMillis), end: utc(answer.endMillis) }).toEqual(vector.expected);
    },
  );
});

describe('worked cases: every window in a range', () => {
  it.each(vectors.between.map((vector) => [vector.zone, vector.from, vector.to, vector] as const))(
    '%s windows from %s to %s',
    (_zone, _from, _to, vector) => {
      const windows = engine.upgradeWindowsBetween(
        maintenanceWindow(vector.window),
        vector.zone,
        DateTime.fromISO(vector.from),
        DateTime.fromISO(vector.to),
      );
      expect(windows.map((w) => ({ start: utc(w.startMillis), end: utc(w.endMillis) }))).toEqual(
        vector.expected,
      );
    },
  );

  it.each(vectors.between.map((vector) => [vector.zone, vector] as const))(
    'the test oracle agrees too (%s)',
    (_zone, vector) => {
      const windows = oracleWindowsBetween(
        maintenanceWindow(vector.window),
        vector.zone,
        Date.parse(vector.from),
        Date.parse(vector.to),
      );
      expect(windows.map((w) => ({ start: utc(w.startMillis), end: utc(w.endMillis) }))).toEqual(
        vector.expected,
      );
    },
  );
});

describe('the vectors file', () => {
  it('has only the sections this suite runs', () => {
    expect(Object.keys(vectors).sort()).toEqual(['about', 'between', 'next']);
  });
});
