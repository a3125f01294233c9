/*
 * Measures the Maintenance Window preview's comparison (the form's window against the saved one,
 * after a release now and after the next known release, with the clock changes ahead). Prints
 * the figures; it is a measurement, not a timed test.
 *
 *   npm run build:demo && npm run measure:preview
 *   (E2E_DIST and E2E_PORT choose another build folder and port, as for the e2e tests)
 *
 * 1. In Node, at 5,000 and 20,000 sites spread over every zone that has a country (as the demo's
 *    `large` account), each size in a fresh process: grouping the sites by zone (once, when they
 *    load), the first comparison (the engine meets every zone), each change of the window
 *    afterwards (a window the engine has not seen, as when an administrator tries another day:
 *    the work the page does in the background after a change), and the longest single step of
 *    that work (one zone), which bounds how long it can hold up a click.
 * 2. In headless Chromium, on the demo build with the `large` and `very-large` accounts (5,000
 *    and 20,000 sites): changing the
 *    Day of the week, from the click on the option to the next frame (the Event Timing API's
 *    duration of that interaction, as Interaction to Next Paint counts it), and to the frame where
 *    the updated comparison shows. Skipped when the build folder is missing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { countriesOfTimeZone, listTimeZones } from '../src/domain/places';
import type { WeeklySlot } from '../src/domain/upgrade-schedule';
import {
  compareWindows,
  previewWindow,
  previewWindowSteps,
  type PreviewReleases,
} from '../src/features/maintenance-window/model/upgrade-preview';
import { groupSitesByZone } from '../src/features/maintenance-window/model/zone-sites';

const SITE_COUNTS = [5_000, 20_000];
const DAY_CHANGES = 12;
const BROWSER_DAY_CHANGES = 12;
/** The demo's generated accounts: `large` has 5,000 sites, `very-large` 20,000. */
const BROWSER_ACCOUNTS = [
  ['large', '5,000'],
  ['very-large', '20,000'],
] as const;
const DAYS = ['Saturday', 'Monday', 'Wednesday', 'Friday', 'Tuesday', 'Thursday'];

/** Monday 16 November 2026, 12:00 in Tokyo: two days before the demo's release 26.3.22512. */
const NOW = '2026-11-16T03:00:00Z';
const releases: PreviewReleases = {
  now: DateTime.fromISO(NOW, { zone: 'utc' }),
  nextRelease: DateTime.fromISO('2026-11-18T09:00:00Z', { zone: 'utc' }),
  // The seed's coming year-end freeze: the engine then checks every window against it.
  freezes: [{ name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' }],
};
const saved: WeeklySlot = { day: 7, start: '01:00', end: '03:00' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;

/** Wall-clock and CPU milliseconds: CPU time is less sensitive to other programs on a busy machine. */
function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const wall = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpuBefore);
  return { result, wall, cpu: (cpuUsed.user + cpuUsed.system) / 1_000 };
}

function sitesOf(count: number) {
  const zones = listTimeZones().filter((zone) => countriesOfTimeZone(zone).length > 0);
  return Array.from({ length: count }, (_, index) => {
    const timezone = zones[index % zones.length] ?? 'Etc/UTC';
    return {
      id: `site-${index}`,
      name: `Site ${index}`,
      countryCode: countriesOfTimeZone(timezone)[0] ?? 'XX',
      timezone,
    };
  });
}

/** Another day and slot for each change, so the engine answers afresh, as after a real change. */
function slotOfChange(change: number): WeeklySlot {
  const hour = (change * 5) % 24;
  const time = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return { day: ((change % 6) + 1) as WeeklySlot['day'], start: time(hour), end: time(hour + 2) };
}

/** One account size, in a process of its own so that the engine starts cold each time. */
function measureSizeInNode(count: number): void {
  const sites = sitesOf(count);
  const grouping = timed(() => groupSitesByZone(sites));
  const zones = grouping.result;
  // The saved window's side, computed once when the sites arrive: the engine meets every zone.
  const first = timed(() => previewWindow(saved, zones, releases));
  const changes = Array.from({ length: DAY_CHANGES }, (_, change) =>
    timed(() => compareWindows(first.result, previewWindow(slotOfChange(change), zones, releases))),
  );
  // The page computes zone by zone between slices: the longest step is the longest it can hold a click.
  let longestStep = 0;
  const steps = previewWindowSteps(slotOfChange(DAY_CHANGES), zones, releases);
  for (;;) {
    const started = performance.now();
    const step = steps.next();
    longestStep = Math.max(longestStep, performance.now() - started);
    if (step.done === true) break;
  }
  const wall = changes.map((change) => change.wall);
  const cpu = changes.map((change) => change.cpu);
  console.log(
    `${count.toLocaleString('en-US')} sites in ${zones.length} zones: grouping ${ms(grouping.wall)}; ` +
      `first comparison (engine cold) ${ms(first.wall)} (CPU ${ms(first.cpu)}); ` +
      `after a change of window: median ${ms(median(wall))} (CPU ${ms(median(cpu))}), ` +
      `max ${ms(Math.max(...wall))} over ${changes.length}; longest step of one zone ${ms(longestStep)}`,
  );
}

function measureInNode(): void {
  console.log(
    `Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores` +
      ((loadavg()[0] ?? 0) > cpus().length ? ' (busy machine: figures are inflated)' : ''),
  );
  for (const count of SITE_COUNTS) {
    execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), `--sites=${count}`],
      {
        stdio: 'inherit',
      },
    );
  }
}

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist-demo';
const baseUrl = `http://127.0.0.1:${port}`;

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${baseUrl}`);
}

/*
 * Browser code as text: tsx would otherwise wrap its inner functions in a `__name` helper that
 * does not exist in the page. Records each interaction's Event Timing duration, and when the
 * preview stops being busy (its aria-busy turns false).
 */
const OBSERVE_SCRIPT = `(() => {
  window.__interactions = new Map();
  window.__settledAt = [];
  window.__pointerDownAt = 0;
  document.addEventListener('pointerdown', (event) => { window.__pointerDownAt = event.timeStamp; }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.__interactions.get(entry.interactionId);
      if (!known || entry.duration > known.duration)
        window.__interactions.set(entry.interactionId, { startTime: entry.startTime, duration: entry.duration, name: entry.name });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const section = document.querySelector('section[aria-labelledby="upgrade-preview-heading"]');
  new MutationObserver(() => {
    if (section.getAttribute('aria-busy') === 'false')
      requestAnimationFrame(() => window.__settledAt.push(performance.now()));
  }).observe(section, { attributes: true, attributeFilter: ['aria-busy'] });
})()`;

/** The click's Event Timing duration (null when under the API's 16 ms threshold) and the time to the updated comparison. */
async function changeDay(page: Page, day: string): Promise<{ latency: number | null; updated: number }> {
  const field = page.getByRole('combobox', { name: 'Day of the week' });
  await field.click();
  const option = page.getByRole('listbox').getByRole('option', { name: day, exact: true });
  await option.waitFor();
  const before = Number(await page.evaluate('performance.now()'));
  const settledBefore = Number(await page.evaluate('window.__settledAt.length'));
  await option.click();
  await page.waitForFunction(
    `document.querySelector('[aria-labelledby="upgrade-preview-heading"]')?.getAttribute('aria-busy') === 'false' && window.__settledAt.length > ${settledBefore}`,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const updated = Number(await page.evaluate('window.__settledAt.at(-1) - window.__pointerDownAt'));
  // Event Timing entries arrive a little after the frame; none comes for an interaction under 16 ms.
  const latency = await page
    .waitForFunction(
      `(() => {
        const durations = [...window.__interactions.values()].filter((i) => i.startTime >= ${before}).map((i) => i.duration);
        return durations.length === 0 ? false : Math.max(...durations);
      })()`,
      undefined,
      { polling: 50, timeout: 1_000 },
    )
    .then(async (handle) => Number(await handle.jsonValue()))
    .catch(() => null);
  return { latency, updated };
}

async function measureInBrowser(): Promise<void> {
  if (!existsSync(dist)) {
    console.log(`No build in ${dist}: run npm run build:demo first for the browser figures.`);
    return;
  }
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    // Its own process group, so stopping it also stops the vite process npx starts.
    { stdio: 'ignore', detached: true },
  );
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run'],
    });
    for (const [scenario, sites] of BROWSER_ACCOUNTS) {
      // A context of its own for each account: a second page of one context got no Event Timing entries.
      const context = await browser.newContext({
        timezoneId: 'Asia/Tokyo',
        locale: 'en-GB',
        viewport: { width: 1440, height: 900 },
      });
      const page = await context.newPage();
      // Before the release 26.3.22512, so the preview also compares the next known release.
      await page.clock.setFixedTime(new Date(NOW));
      await page.goto(`${baseUrl}/administration/system-settings?scenario=${scenario}`);
      await page.getByRole('table', { name: /released now/ }).waitFor({ timeout: 120_000 });
      await page.getByRole('table', { name: /next known release/ }).waitFor({ timeout: 60_000 });
      await page.evaluate(OBSERVE_SCRIPT);
      const latencies: number[] = [];
      const updates: number[] = [];
      for (let change = 0; change < BROWSER_DAY_CHANGES; change += 1) {
        const { latency, updated } = await changeDay(page, DAYS[change % DAYS.length] ?? 'Saturday');
        // Under the threshold the API reports nothing: count it as 16 ms, an upper bound.
        latencies.push(latency ?? 16);
        updates.push(updated);
      }
      // The sentence counts every site once ("1,906 sites earlier ...; 3,094 sites later ..."):
      // proof that the whole account was compared.
      const sentence = await page
        .getByRole('region', { name: /released now/ })
        .getByText(/ sites? (earlier|later|at the same time)/)
        .textContent();
      const compared = [...(sentence ?? '').matchAll(/([\d,]+) sites?/g)]
        .map((match) => Number(match[1]?.replaceAll(',', '')))
        .reduce((sum, count) => sum + count, 0);
      const underThreshold = latencies.filter((latency) => latency <= 16).length;
      console.log(
        `Browser, ${sites} sites (${compared.toLocaleString('en-US')} compared), changing the Day of the week (${latencies.length} changes): ` +
          `input to next paint median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))} ` +
          `(${underThreshold} at or under 16 ms); ` +
          `comparison updated after median ${ms(median(updates))}, max ${ms(Math.max(...updates))}`,
      );
      await context.close();
    }
    await browser.close();
  } finally {
    if (preview.pid) process.kill(-preview.pid);
  }
}

const sitesArgument = process.argv.find((argument) => argument.startsWith('--sites='));
if (sitesArgument !== undefined) {
  measureSizeInNode(Number(sitesArgument.slice('--sites='.length)));
} else {
  measureInNode();
  await measureInBrowser();
}
