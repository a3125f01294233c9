/*
 * Measures the upgrade calendar with the large account (5,000 sites) in headless Chromium,
 * against `vite preview` of a build. Prints the figures; it is a measurement, not a timed test.
 *
 *   npm run build && npm run measure:calendar
 *   (E2E_DIST and E2E_PORT choose another build folder and port, as for the e2e tests)
 *
 * 1. From the moment the sites' answer arrives (its Resource Timing responseEnd) to the first
 *    frame where the week grid is in the page.
 * 2. "Next week" / "Previous week": from the click to the first frame after the new week renders.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';
const baseUrl = `http://127.0.0.1:${port}`;
const RUNS = 3;
const WEEK_MOVES = 8;
const path = '/upgrade-calendar?scenario=large&released=2026-11-18T09:00:00Z';

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
 * does not exist in the page.
 */
function moveWeekScript(buttonName: string): string {
  return `(async () => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === ${JSON.stringify(buttonName)});
    const title = document.querySelector('h2[aria-live]');
    if (!button || !title) throw new Error('The week toolbar is missing.');
    const before = title.textContent;
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('h2[aria-live]')?.textContent !== before ? resolve() : requestAnimationFrame(check));
      check();
    });
    // The frame that shows the new week.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  })()`;
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
    const context = await browser.newContext({
      timezoneId: 'Asia/Tokyo',
      locale: 'en-GB',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const visible: number[] = [];
    const moves: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${baseUrl}${path}`);
      const shownAt = await page.waitForFunction(
        'document.querySelector(\'[role="list"][aria-label^="Upgrade windows"]\') ? performance.now() : false',
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      const arrivedAt = Number(
        await page.evaluate(
          "Math.max(...performance.getEntriesByType('resource').filter((e) => /\\/api\\/sites(\\?|$)/.test(e.name)).map((e) => e.responseEnd))",
        ),
      );
      const sitesShown = await page.getByText(/sites in \d+ time zones upgrade/).textContent();
      visible.push(Number(await shownAt.jsonValue()) - arrivedAt);
      if (run === 0)
        console.log(`Large account: ${sitesShown?.match(/[\d,]+ sites in \d+ time zones/)?.[0] ?? '?'}`);

      for (let move = 0; move < WEEK_MOVES; move += 1) {
        const label = move % 2 === 0 ? 'Next week' : 'Previous week';
        moves.push(Number(await page.evaluate(moveWeekScript(label))));
      }
    }
    console.log(
      `Calendar visible after the sites arrive: median ${ms(median(visible))}, max ${ms(Math.max(...visible))} (${visible.map(ms).join(', ')})`,
    );
    console.log(
      `Moving a week: median ${ms(median(moves))}, max ${ms(Math.max(...moves))} over ${moves.length} moves`,
    );
    await browser.close();
  } finally {
    if (preview.pid) process.kill(-preview.pid);
  }
}

await main();
