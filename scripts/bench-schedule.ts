/*
 * How fast the schedule engine answers the calendar's two questions, against a straightforward
 * Luxon implementation doing the same work.
 *   (a) the next upgrade window after one release, for 10,000 sites spread over every zone;
 *   (b) every window of one year, for every zone.
 *   Both again under three upgrade freezes.
 * Cold: a new engine (no zone known, no Intl formatter built) and Luxon's caches cleared; the
 * figure is the median of several such runs. The very first run of the process, before anything
 * is compiled, is shown apart. Warm: the same engine asked again after another release, as when
 * an administrator moves the release in the calendar (zones known, answers not).
 * The engine reads every offset from the runtime's Intl data, which costs one formatter per zone
 * (~0.13 ms each to build) and, for (b), two offset readings a week (zone-probe.ts says why no
 * fewer): that Intl work alone is measured and printed as the floor of a cold run of (b).
 *
 * Run: npm run bench   (node --import tsx scripts/bench-schedule.ts)
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime, Settings } from 'luxon';
import { baselineNextWindow, baselineWindowsBetween } from '../src/domain/testing/luxon-baseline-schedule';
import { ScheduleEngine, type UpgradeFreeze, type WeeklySlot } from '../src/domain/upgrade-schedule';

const SITE_COUNT = 10_000;
const ENGINE_RUNS = 9;
const BASELINE_RUNS = 3;

const zones = Intl.supportedValuesOf('timeZone');
const sites = Array.from({ length: SITE_COUNT }, (_, index) => ({
  id: index,
  timeZone: zones[index % zones.length] ?? 'UTC',
}));
/** The account's window (one setting for every site, as in the product). */
const accountWindow: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };
/** Three days before Europe's spring clock change, so many sites meet a shortened window. */
const releasedAt = DateTime.fromISO('2026-03-26T09:00:00Z', { zone: 'utc' });
const yearStart = DateTime.fromISO('2026-01-01T00:00:00Z', { zone: 'utc' });
const yearEnd = DateTime.fromISO('2027-01-01T00:00:00Z', { zone: 'utc' });
/** Freezes that move most sites twice after that release (29 March, then 5 April), and one more. */
const freezes: UpgradeFreeze[] = [
  { name: 'Quarter-end', startDate: '2026-03-27', endDate: '2026-03-31' },
  { name: 'Easter', startDate: '2026-04-03', endDate: '2026-04-06' },
  { name: 'Year-end', startDate: '2026-12-19', endDate: '2027-01-03' },
];

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

let engine = new ScheduleEngine();

function coldRuns(count: number, run: () => void): Measurement[] {
  return Array.from({ length: count }, () => {
    engine = new ScheduleEngine();
    Settings.resetCaches();
    return measure(run);
  });
}

/** Each run on a warm engine, after it answered another release. */
function warmRuns(count: number, run: (released: DateTime) => void): Measurement[] {
  return Array.from({ length: count }, (_, index) => {
    engine = new ScheduleEngine();
    run(releasedAt.minus({ days: 7 }));
    return measure(() => run(releasedAt.plus({ minutes: index + 1 })));
  });
}

const engineNext = (released: DateTime = releasedAt) => {
  for (const site of sites) engine.nextUpgradeWindow(accountWindow, site.timeZone, released);
};
const engineYear = () => {
  for (const timeZone of zones) engine.upgradeWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
};
const engineNextFrozen = (released: DateTime = releasedAt) => {
  for (const site of sites) engine.nextUpgradeWindow(accountWindow, site.timeZone, released, { freezes });
};
const engineYearFrozen = () => {
  for (const timeZone of zones) {
    engine.upgradeWindowsBetween(accountWindow, timeZone, yearStart, yearEnd, { freezes });
  }
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

const firstEver = measure(() => engineNext()).wall;

const engineNextTimes = coldRuns(ENGINE_RUNS, () => engineNext());
const engineNextWarm = warmRuns(ENGINE_RUNS, engineNext);
const baselineNextTimes = coldRuns(BASELINE_RUNS, baselineNext);
const engineYearTimes = coldRuns(ENGINE_RUNS, engineYear);
const intlFloorTimes = coldRuns(ENGINE_RUNS, intlFloorOfYear);
const baselineYearTimes = coldRuns(BASELINE_RUNS, baselineYear);
const frozenNextTimes = coldRuns(ENGINE_RUNS, () => engineNextFrozen());
const frozenNextWarm = warmRuns(ENGINE_RUNS, engineNextFrozen);
const frozenYearTimes = coldRuns(ENGINE_RUNS, engineYearFrozen);

// What the UI pays if it reads the Luxon DateTimes of every answer (built on first read).
engine = new ScheduleEngine();
Settings.resetCaches();
const answers = sites.map((site) => engine.nextUpgradeWindow(accountWindow, site.timeZone, releasedAt));
const materialise = measure(() => {
  for (const answer of answers) {
    answer.start.toMillis();
    answer.end.toMillis();
  }
}).wall;

/** The Intl work (b) cannot avoid: one formatter per zone, its offset read at both ends of each week's span. */
function intlFloorOfYear() {
  const weeks = Math.ceil(yearEnd.diff(yearStart, 'weeks').weeks) + 1;
  for (const timeZone of zones) {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      minute: 'numeric',
      timeZoneName: 'longOffset',
    });
    for (let week = 0; week < weeks; week += 1) {
      const spanStart = yearStart.toMillis() + week * 7 * 86_400_000;
      formatter.format(spanStart);
      formatter.format(spanStart + 38 * 3_600_000);
    }
  }
}

function line(label: string, engine: Measurement[], baseline: Measurement[]) {
  const ratio = median(baseline) / median(engine);
  console.log(
    `${label}: engine ${format(median(engine))} ms, straightforward Luxon ${format(median(baseline))} ms ` +
      `(${ratio.toFixed(ratio >= 10 ? 0 : 1)}x)`,
  );
}

const siteCount = SITE_COUNT.toLocaleString('en-US');
line(`(a) next window, ${siteCount} sites, cold (target 100 ms)`, engineNextTimes, baselineNextTimes);
line(`    same, warm: another release (target 10 ms)`, engineNextWarm, baselineNextTimes);
line(
  `(b) every window of 2026, ${zones.length} zones, cold (target 150 ms)`,
  engineYearTimes,
  baselineYearTimes,
);
console.log(
  `    of which the Intl floor (one formatter per zone, two readings a week): ${format(median(intlFloorTimes))} ms`,
);
console.log(
  `with ${freezes.length} freezes: (a) cold ${format(median(frozenNextTimes))} ms, warm ${format(median(frozenNextWarm))} ms; ` +
    `(b) cold ${format(median(frozenYearTimes))} ms`,
);
console.log(`first (a) run of the process (code not yet compiled): ${format(firstEver)} ms`);
if ((loadavg()[0] ?? 0) > cpus().length) {
  console.log(
    `CPU-time medians (busy machine): (a) engine ${format(median(engineNextTimes, 'cpu'))} ms, ` +
      `warm ${format(median(engineNextWarm, 'cpu'))} ms, Luxon ${format(median(baselineNextTimes, 'cpu'))} ms; ` +
      `(b) engine ${format(median(engineYearTimes, 'cpu'))} ms, Luxon ${format(median(baselineYearTimes, 'cpu'))} ms; ` +
      `with freezes (a) ${format(median(frozenNextTimes, 'cpu'))} ms, warm ${format(median(frozenNextWarm, 'cpu'))} ms, ` +
      `(b) ${format(median(frozenYearTimes, 'cpu'))} ms`,
  );
}
console.log(
  `reading start/end DateTimes of all ${siteCount} answers of (a) afterwards (Luxon, cold): ${format(materialise)} ms`,
);

// How often the straightforward version gives a different answer (clock changes, skipped dates).
engine = new ScheduleEngine();
let nextDiffer = 0;
for (const timeZone of zones) {
  const answer = engine.nextUpgradeWindow(accountWindow, timeZone, releasedAt);
  const baseline = baselineNextWindow(accountWindow, timeZone, releasedAt);
  if (answer.startMillis !== baseline.startMillis || answer.endMillis !== baseline.endMillis) nextDiffer += 1;
}
let yearWindows = 0;
let yearDiffer = 0;
for (const timeZone of zones) {
  const found = engine.upgradeWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
  const baseline = baselineWindowsBetween(accountWindow, timeZone, yearStart, yearEnd);
  yearWindows += found.length;
  const key = (w: { startMillis: number; endMillis: number }) => `${w.startMillis}-${w.endMillis}`;
  const baselineKeys = new Set(baseline.map(key));
  yearDiffer += found.filter((w) => !baselineKeys.has(key(w))).length;
  yearDiffer += Math.max(0, baseline.length - found.length);
}
console.log(
  `answers where straightforward Luxon breaks the rule: (a) ${nextDiffer} of ${zones.length} zones; ` +
    `(b) ${yearDiffer} of ${yearWindows.toLocaleString('en-US')} windows`,
);
