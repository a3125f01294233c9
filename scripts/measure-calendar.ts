/*
 * Measures the upgrade calendar with the large accounts (5,000 and 20,000 sites) in headless
 * Chromium, against `vite preview` of a demo build. Prints the figures beside their targets; it is
 * a measurement, not a timed test.
 *
 *   npm run build:demo && npm run measure:calendar
 *   (E2E_DIST and E2E_PORT choose another build folder and port, as for the e2e tests)
 *
 * 1. From the moment the last of the data arrives (the sites' last page or the maintenance window,
 *    by their Resource Timing responseEnd) to the first frame where the week grid shows lanes.
 * 2. "Next week" / "Previous week": from the click to the first frame after the new week renders.
 * 3. "Group by" wave -> time zone -> country -> wave: from the click to the first frame after the
 *    lanes of the new grouping render.
 *
 * Each is printed twice: wall-clock time, what a person waits, and the page's main-thread CPU time
 * over the same span (Chrome's TaskDuration in thread time), which a busy shared machine inflates
 * far less: when other processes hold the cores, the first grows and the second stays.
 */
import { spawn } from 'node:child_process';
import { chromium, type CDPSession, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseUrl = `http://127.0.0.1:${port}`;
const RUNS = 3;
const WEEK_MOVES = 8;
const released = '2026-11-18T09:00:00Z';
/** The answers the calendar waits for (the releases only fill a quick pick, so they do not count). */
const DATA_ANSWER = /\/api\/(sites|account\/maintenance-window)(\?|$)/;

/** The targets at 5,000 sites; at 20,000 they may be twice as long. */
const TARGETS = { visible: 400, week: 100, group: 150 };
const ACCOUNTS = [
  { scenario: 'large', sites: 5_000, allowance: 1 },
  { scenario: 'very-large', sites: 20_000, allowance: 2 },
];
/** The order the grouping is switched in, back to where it started. */
const GROUPINGS = [
  { button: 'Time Zone', label: 'Upgrade windows by time zone' },
  { button: 'Country', label: 'Upgrade windows by country' },
  { button: 'Wave', label: 'Upgrade windows by wave' },
];

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/*
 * Browser code as text: tsx would otherwise wrap its inner functions in a `__name` helper that
 * does not exist in the page. Clicks a button by its text and waits for the frame after `changed`
 * turns true.
 */
function clickAndWaitScript(buttonText: string, changed: string): string {
  return `(async () => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === ${JSON.stringify(buttonText)});
    if (!button) throw new Error('No button ' + ${JSON.stringify(buttonText)});
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => ((${changed}) ? resolve() : requestAnimationFrame(check));
      check();
    });
    // The frame that shows it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  })()`;
}

function moveWeekScript(buttonName: string): string {
  return `(() => {
    const title = document.querySelector('h2[aria-live]');
    if (!title) throw new Error('The week toolbar is missing.');
    window.__weekBefore = title.textContent;
    return ${clickAndWaitScript(buttonName, "document.querySelector('h2[aria-live]')?.textContent !== window.__weekBefore")};
  })()`;
}

function switchGroupScript(buttonText: string, listLabel: string): string {
  return clickAndWaitScript(
    buttonText,
    `document.querySelector('[role="list"][aria-label^=${JSON.stringify(listLabel)}] [role="listitem"]')`,
  );
}

/** Wall-clock and main-thread CPU milliseconds of each measured span. */
interface Span {
  wall: number;
  cpu: number;
}

interface Figures {
  visible: Span[];
  moves: Span[];
  switches: Span[];
}

/** The page's main-thread task time so far, in ms of thread time. */
async function taskMillis(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

async function timed(cdp: CDPSession, page: Page, script: string): Promise<Span> {
  const before = await taskMillis(cdp);
  const wall = Number(await page.evaluate(script));
  return { wall, cpu: (await taskMillis(cdp)) - before };
}

async function measureAccount(page: Page, scenario: string): Promise<Figures> {
  const figures: Figures = { visible: [], moves: [], switches: [] };
  const cdp = await page.context().newCDPSession(page);
  // Durations in thread time: the CPU the page's main thread used, not the time it waited for it.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  for (let run = 0; run < RUNS; run += 1) {
    // The main thread's CPU when the last of the data arrived (read as each answer comes in).
    let cpuAtArrival = NaN;
    const onResponse = (response: { url(): string }) => {
      if (DATA_ANSWER.test(response.url())) {
        void taskMillis(cdp).then((value) => {
          cpuAtArrival = value;
        });
      }
    };
    page.on('response', onResponse);
    await page.goto(`${baseUrl}/upgrade-calendar?scenario=${scenario}&released=${released}`);
    const shownAt = await page.waitForFunction(
      'document.querySelector(\'[role="list"][aria-label^="Upgrade windows"] [role="listitem"]\') ? performance.now() : false',
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const cpuAtShown = await taskMillis(cdp);
    page.off('response', onResponse);
    const arrivedAt = Number(
      await page.evaluate(
        `Math.max(...performance.getEntriesByType('resource').filter((e) => ${String(DATA_ANSWER)}.test(e.name)).map((e) => e.responseEnd))`,
      ),
    );
    figures.visible.push({
      wall: Number(await shownAt.jsonValue()) - arrivedAt,
      cpu: cpuAtShown - cpuAtArrival,
    });
    if (run === 0) {
      const shown = await page.getByText(/sites in \d+ time zones upgrade/).textContent();
      const waves = await page.getByText(/time zones and \d+ waves/).textContent();
      console.log(
        `  ${shown?.match(/[\d,]+ sites in \d+ time zones/)?.[0] ?? '?'}, ${waves?.match(/\d+ waves/)?.[0] ?? '?'} this week`,
      );
    }
    for (const { button, label } of GROUPINGS) {
      figures.switches.push(await timed(cdp, page, switchGroupScript(button, label)));
    }
    for (let move = 0; move < WEEK_MOVES; move += 1) {
      const label = move % 2 === 0 ? 'Next week' : 'Previous week';
      figures.moves.push(await timed(cdp, page, moveWeekScript(label)));
    }
  }
  return figures;
}

function report(name: string, spans: Span[], target: number): string {
  const wall = spans.map((span) => span.wall);
  const cpu = spans.map((span) => span.cpu);
  const verdict = median(wall) <= target ? 'met' : 'NOT met';
  return [
    `  ${name}: median ${ms(median(wall))}, max ${ms(Math.max(...wall))} over ${spans.length} (target ${ms(target)}: ${verdict})`,
    `    main-thread CPU: median ${ms(median(cpu))}, max ${ms(Math.max(...cpu))}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const preview = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    {
      stdio: 'ignore',
      // Its own process group, so stopping it also stops the vite process npx starts.
      detached: true,
    },
  );
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run'],
    });
    for (const { scenario, sites, allowance } of ACCOUNTS) {
      // A context per account: the scenario is kept for the tab, as a person's would be.
      const context = await browser.newContext({
        timezoneId: 'Asia/Tokyo',
        locale: 'en-GB',
        viewport: { width: 1440, height: 900 },
      });
      const page = await context.newPage();
      console.log(`${sites.toLocaleString('en-GB')} sites (?scenario=${scenario}):`);
      const figures = await measureAccount(page, scenario);
      console.log(report('visible after the data arrives', figures.visible, TARGETS.visible * allowance));
      console.log(report('moving a week', figures.moves, TARGETS.week * allowance));
      console.log(report('switching the grouping', figures.switches, TARGETS.group * allowance));
      await context.close();
    }
    await browser.close();
  } finally {
    if (preview.pid) process.kill(-preview.pid);
  }
}

await main();
