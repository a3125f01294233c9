/*
 * How fast the schedule engine answers the calendar's two questions, against a straightforward
 * Luxon implementation doing the same work.
 *   (a) the next upgrade window after one release, for 10,000 sites spread over every zone;
 *   (b) every window of one year, for every zone.
 * Each run is cold: the engine's caches (zone offsets, Intl formatters, windows, answers) and
 * Luxon's caches are cleared first; the figure is the median of several such runs. The very first
 * run of the process, before anything is compiled, is shown apart.
 *
 * The engine reads offsets from its zone table; the line "table off" shows it probing the
 * runtime's Intl instead (what it does outside 1970-2099 or when the runtime's tz release differs
 * from the table's), which costs an Intl formatter per zone (~0.13 ms each to build).
 *
 * Run: npm run bench   (node --import tsx scripts/bench-schedule.ts)
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime, Settings } from 'luxon';
import type { MaintenanceWindow } from '../src/domain/maintenance-window';
import { baselineNextWindow, baselineWindowsBetween } from '../src/domain/testing/luxon-baseline-schedule';
import {
  clearScheduleCaches,
  nextUpgradeWindow,
  upgradeWindowsBetween,
} from '../src/domain/upgrade-schedule';
import { checkUncheckedZones } from '../src/domain/zone-table-check';
import { ZONE_TABLE_TZ_VERSION } from '../src/domain/zone-table';

const SITE_COUNT = 10_000;
const ENGINE_RUNS = 9;
const BASELINE_RUNS = 3;

const zones = Intl.supportedValuesOf('timeZone');
const sites = Array.from({ length: SITE_COUNT }, (_, index) => ({
  id: index,
  timeZone: zones[index % zones.length] ?? 'UTC',
}));
/** The account's window (one setting for every site, as in the product). */
const accountWindow: MaintenanceWindow = { day: 7, start: '01:00', end: '03:00' };
/** Three days before Europe's spring clock change, so many sites meet a shortened window. */
const releasedAt = DateTime.fromISO('2026-03-26T09:00:00Z', { zone: 'utc' });
const yearStart = DateTime.fromISO('2026-01-01T00:00:00Z', { zone: 'utc' });
const yearEnd = DateTime.fromISO('2027-01-01T00:00:00Z', { zone: 'utc' });

interface Measurement {
  /** Wall-clock milliseconds. */
  readonly wall: number;
  /** CPU milliseconds of this process: less sensitive to other programs on a busy machine. */
  readonly cpu: number;
}

function measure(run: () => void): Measurement {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1_000 };
}

function median(measurements: Measurement[], of: keyof Measurement = 'wall'): number {
  const sorted = measurements.map((measurement) => measurement[of]).sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function coldRuns(count: number, clear: () => void, run: () => void): Measurement[] {
  return Array.from({ length: count }, () => {
    clear();
    return measure(run);
  });
}

const clearEverything = () => {
  clearScheduleCaches({ tableUse: 'trusted' });
  Settings.resetCaches();
};
const clearTableOff = () => {
  clearScheduleCaches({ tableUse: 'off' });
  Settings.resetCaches();
};

const engineNext = () => {
  for (const site of sites) nextUpgradeWindow(accountWindow, site.timeZone, releasedAt);
};
const engineYear = () => {
  for (const timeZone of zones) upgradeWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
};
const baselineNext = () => {
  for (const site of sites) baselineNextWindow(accountWindow, site.timeZone, releasedAt);
};
const baselineYear = () => {
  for (const timeZone of zones) baselineWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
};

const format = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

console.log(
  `load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores` +
    ((loadavg()[0] ?? 0) > cpus().length ? ' (busy machine: figures are inflated, run again when idle)' : ''),
);
console.log(
  `Node ${process.versions.node}, ICU ${process.versions.icu}, tz ${process.versions.tz ?? '?'}; ` +
    `${zones.length} zones, ${SITE_COUNT.toLocaleString('en-US')} sites; window Sunday 01:00-03:00; ` +
    `median of ${ENGINE_RUNS} cold engine runs and ${BASELINE_RUNS} cold Luxon runs.`,
);

clearEverything();
const firstEver = measure(engineNext).wall;

const engineNextTimes = coldRuns(ENGINE_RUNS, clearEverything, engineNext);
const engineNextProbed = coldRuns(ENGINE_RUNS, clearTableOff, engineNext);
const baselineNextTimes = coldRuns(BASELINE_RUNS, clearEverything, baselineNext);
const engineYearTimes = coldRuns(ENGINE_RUNS, clearEverything, engineYear);
const engineYearProbed = coldRuns(ENGINE_RUNS, clearTableOff, engineYear);
const baselineYearTimes = coldRuns(BASELINE_RUNS, clearEverything, baselineYear);

// What a browser does in idle time after answering (a) from the table: compare each zone's
// years read with its own data (builds one Intl formatter per zone).
const checks = Array.from({ length: 3 }, () => {
  clearScheduleCaches({ tableUse: 'checked' });
  engineNext();
  return measure(() => checkUncheckedZones(() => true));
});

// What the UI pays if it reads the Luxon DateTimes of every answer (built on first read).
clearEverything();
const answers = sites.map((site) => nextUpgradeWindow(accountWindow, site.timeZone, releasedAt));
const materialise = measure(() => {
  for (const answer of answers) {
    answer.start.toMillis();
    answer.end.toMillis();
  }
}).wall;

function line(label: string, engine: Measurement[], baseline: Measurement[]) {
  const ratio = median(baseline) / median(engine);
  console.log(
    `${label}: engine ${format(median(engine))} ms, straightforward Luxon ${format(median(baseline))} ms ` +
      `(${ratio.toFixed(ratio >= 10 ? 0 : 1)}x)`,
  );
}

const siteCount = SITE_COUNT.toLocaleString('en-US');
line(`(a) next window, ${siteCount} sites`, engineNextTimes, baselineNextTimes);
line(`    same, zone table off (probing Intl)`, engineNextProbed, baselineNextTimes);
line(`(b) every window of 2026, ${zones.length} zones`, engineYearTimes, baselineYearTimes);
line(`    same, zone table off (probing Intl)`, engineYearProbed, baselineYearTimes);
console.log(
  `first (a) run of the process (code not yet compiled, table not yet read): ${format(firstEver)} ms; ` +
    `then checking the table years (a) read, in all ${zones.length} zones (tz ${ZONE_TABLE_TZ_VERSION}), ` +
    `against the runtime's data, as a browser does in idle time: ${format(median(checks))} ms`,
);
if ((loadavg()[0] ?? 0) > cpus().length) {
  console.log(
    `CPU-time medians (busy machine): (a) engine ${format(median(engineNextTimes, 'cpu'))} ms, ` +
      `table off ${format(median(engineNextProbed, 'cpu'))} ms, Luxon ${format(median(baselineNextTimes, 'cpu'))} ms; ` +
      `(b) engine ${format(median(engineYearTimes, 'cpu'))} ms, table off ${format(median(engineYearProbed, 'cpu'))} ms, ` +
      `Luxon ${format(median(baselineYearTimes, 'cpu'))} ms`,
  );
}
console.log(
  `reading start/end DateTimes of all ${siteCount} answers of (a) afterwards (Luxon, cold): ${format(materialise)} ms`,
);

// How often the straightforward version gives a different answer (clock changes, skipped dates).
clearEverything();
let nextDiffer = 0;
for (const timeZone of zones) {
  const engine = nextUpgradeWindow(accountWindow, timeZone, releasedAt);
  const baseline = baselineNextWindow(accountWindow, timeZone, releasedAt);
  if (engine.startMillis !== baseline.startMillis || engine.endMillis !== baseline.endMillis) nextDiffer += 1;
}
let yearWindows = 0;
let yearDiffer = 0;
for (const timeZone of zones) {
  const engine = upgradeWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
  const baseline = baselineWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
  yearWindows += engine.length;
  const key = (w: { startMillis: number; endMillis: number }) => `${w.startMillis}-${w.endMillis}`;
  const baselineKeys = new Set(baseline.map(key));
  yearDiffer += engine.filter((w) => !baselineKeys.has(key(w))).length;
  yearDiffer += Math.max(0, baseline.length - engine.length);
}
console.log(
  `answers where straightforward Luxon breaks the rule: (a) ${nextDiffer} of ${zones.length} zones; ` +
    `(b) ${yearDiffer} of ${yearWindows.toLocaleString('en-US')} windows`,
);
