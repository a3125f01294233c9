/*
 * How long the mocked backend takes to sort the 5,000-site demo account (`?scenario=large`) by
 * next upgrade, the order GET /api/sites?sort=nextUpgrade answers in. Each site's next window is
 * worked out with the schedule engine for a release "now", in the site's own window or the
 * account's, under the account's freezes.
 *   cold: the first request of the process (the engine knows no zone yet);
 *   same minute: a second page of the same list (the engine answers from what it computed);
 *   next minute: a request a minute later (zones known, new answers), as while paging on.
 * The other orders and an offset search are printed beside it for scale.
 *
 * Run: TSX_TSCONFIG_PATH=tsconfig.node.json node --import tsx scripts/measure-sites-sort.ts
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import type { SiteSort } from '../src/contract/sites';
import { createLargeAccount } from '../mocks/large-account';
import { createSeedData } from '../mocks/seed';
import { siteSearch, sortSites, type SiteQueryContext } from '../mocks/site-query';

const RUNS = 9;
const account = createLargeAccount(createSeedData());
const { sites, maintenanceWindow, upgradeFreezes: freezes } = account;
const zones = new Set(sites.map((site) => site.timezone)).size;
const start = DateTime.utc().startOf('minute');

function time(work: () => unknown): number {
  const began = performance.now();
  work();
  return performance.now() - began;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const context = (minutes: number): SiteQueryContext => ({
  now: start.plus({ minutes }),
  maintenanceWindow,
  freezes,
});

console.log(
  `${sites.length.toLocaleString('en-GB')} sites in ${zones} zones; ${cpus().length} cores, load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);

const cold = time(() => sortSites(sites, 'nextUpgrade', context(0)));
const sameMinute = median(
  Array.from({ length: RUNS }, () => time(() => sortSites(sites, 'nextUpgrade', context(0)))),
);
const nextMinute = median(
  Array.from({ length: RUNS }, (_, run) => time(() => sortSites(sites, 'nextUpgrade', context(run + 1)))),
);
console.log(
  `sort=nextUpgrade  cold ${ms(cold)}, same minute ${ms(sameMinute)}, next minute ${ms(nextMinute)} (median of ${RUNS})`,
);

for (const sort of ['name', 'country', 'utcOffset'] satisfies SiteSort[]) {
  const figure = median(
    Array.from({ length: RUNS }, (_, run) => time(() => sortSites(sites, sort, context(run)))),
  );
  console.log(`sort=${sort.padEnd(11)} ${ms(figure)} (median of ${RUNS})`);
}
const search = median(
  Array.from({ length: RUNS }, (_, run) => time(() => sites.filter(siteSearch('+5:45', context(run).now)))),
);
console.log(`search=+5:45     ${ms(search)} (median of ${RUNS})`);
