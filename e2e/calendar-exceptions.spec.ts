import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Download, Page } from '@playwright/test';
import { csvRecords, field } from './csv';
import { captureScreen, expect, test } from './fixtures';

// Friday 1 March 2030, 18:00 Tokyo time: the notice ends on Sunday 3 March, 18:00. Far enough
// ahead that a freeze over its windows is never "wholly in the past" for the mocked backend.
const RELEASED = '2030-03-01T09:00:00Z';
// The week of Tuesday 5 March (the calendar would open on the notice's week, the one before).
const CALENDAR = `/upgrade-calendar?released=${RELEASED}&week=2030-03-04`;
const TUESDAY_2_TO_4 = { day: 'TUESDAY', start: '02:00', end: '04:00' };
const FREEZE = { name: 'Spring network freeze', startDate: '2030-03-04', endDate: '2030-03-06' };
const TOKYO_LANE = 'Asia/Tokyo (own window: Tuesday 02:00 – 04:00), Tokyo Office';
// Without the freeze: Tuesday 5 March 02:00 Tokyo time; with it, a week later.
const FIRST_WINDOW = 'Tuesday 5 March 2030, 02:00 – 04:00 (JST)';
const MOVED_WINDOW = 'Tuesday 12 March 2030, 02:00 – 04:00 (JST)';

test.describe('sites with their own window, and upgrade freezes, in the calendar', () => {
  // Each test loads the whole console and its mocked backend first; shared machines are slow.
  test.describe.configure({ timeout: 180_000 });

  test("Tokyo's own window gets its own lane and .ics event; a freeze moves it, named everywhere", async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, CALENDAR);
    await giveOwnWindow(page, 'site-tokyo', TUESDAY_2_TO_4);
    await openCalendar(page, `${CALENDAR}&group=zone`);

    // Its own lane, on Tuesday 02:00 Tokyo time (the viewer is in Tokyo).
    const grid = page.getByRole('list', { name: /^Upgrade windows by time zone, week of/ });
    const upgradeName = new RegExp(`^${escape(TOKYO_LANE)}: upgrade`);
    const block = grid.getByRole('button', { name: upgradeName });
    await expect(block).toHaveAccessibleName(
      new RegExp(`^${escape(`${TOKYO_LANE}: upgrade ${FIRST_WINDOW}`)}`),
    );
    // Frankfurt Data Center has its own window too: the label read is the one of Tokyo's row.
    const tokyoRow = grid
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: upgradeName }) });
    await expect(tokyoRow.getByText('Own window: Tuesday 02:00 – 04:00')).toBeVisible();
    await expectAccessible();

    // The .ics has its event at that instant.
    const firstIcs = await downloadIcs(page);
    const firstEvent = firstIcs.find((event) => event.summary === 'Socket upgrade: Tokyo Office');
    expect(firstEvent?.startDate.toJSDate().toISOString()).toBe('2030-03-04T17:00:00.000Z');
    expect(firstEvent?.description).toContain('Own window: Tuesday 02:00 – 04:00 (site time).');

    // A freeze over that window: it does not happen, and the next one is named as moved by it.
    await addFreeze(page, FREEZE);
    // Lanes come in upgrade order, and Tokyo's now comes last: the site filter brings it up.
    await openCalendar(page, `${CALENDAR}&group=zone&site=Tokyo`);
    await expect(
      page.getByRole('note', { name: /^The Spring network freeze: no upgrades from/ }),
    ).toBeVisible();
    await expect(page.getByRole('note', { name: /^The Spring network freeze/ })).toHaveText(
      'Spring network freeze',
    );
    const frozen = grid.getByRole('button', { name: new RegExp(`^${escape(TOKYO_LANE)}: No upgrade`) });
    await expect(frozen).toHaveAccessibleName(
      `${TOKYO_LANE}: No upgrade in the window of Tuesday 5 March 2030, 02:00 – 04:00 site time: it is in the Spring network freeze. Upgrades ${MOVED_WINDOW} instead.`,
    );
    await expectAccessible();
    await captureScreen(page, 'calendar-freeze-week');
    // The shaded days and the hatched window in the dark scheme too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible();
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: 'Next week' }).click();
    const moved = grid.getByRole('button', { name: upgradeName });
    await expect(moved).toHaveAccessibleName(
      new RegExp(
        `^${escape(`${TOKYO_LANE}: upgrade ${MOVED_WINDOW}`)}.* Moved by the Spring network freeze\\.`,
      ),
    );
    await expect(tokyoRow.getByText('Moved by the Spring network freeze')).toBeVisible();
    await expectAccessible();

    // The table row says so, and so does the CSV, in words and in a true/false column.
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Upgrade window of each site' });
    const row = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(row).toContainText(MOVED_WINDOW);
    await expect(row).toContainText('Own window: Tuesday 02:00 – 04:00');
    await expect(row).toContainText('Moved by the Spring network freeze');
    await expect(row).toContainText(
      `The window of Tuesday 5 March 2030, 02:00 – 04:00 is in the Spring network freeze: the upgrade waits for Tuesday 12 March 2030, 02:00 – 04:00 site time.`,
    );
    await expectAccessible();

    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const [record, ...others] = csvRecords(csv.subarray(3).toString('utf8'));
    expect(others).toEqual([]);
    expect(record && field(record, 'Site')).toBe('Tokyo Office');
    expect(record && field(record, 'Start (UTC)')).toBe('2030-03-11T17:00:00Z');
    expect(record && field(record, 'Own window (site time)')).toBe('Tuesday 02:00 – 04:00');
    expect(record && field(record, 'Freeze')).toBe('Spring network freeze');
    expect(record && field(record, 'Deferred by freeze')).toBe('true');
    expect(record && field(record, 'Notes')).toContain('is in the Spring network freeze');

    // No event for the frozen window: the .ics holds the moved one, saying why.
    const movedIcs = await downloadIcs(page);
    const movedEvent = movedIcs.find((event) => event.summary === 'Socket upgrade: Tokyo Office');
    expect(movedEvent?.startDate.toJSDate().toISOString()).toBe('2030-03-11T17:00:00.000Z');
    expect(movedEvent?.description).toContain('Moved by the Spring network freeze.');
  });
});

/** Opens the calendar and waits for its data: the mocked backend starts with the page. */
async function openCalendar(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 45_000 });
}

/** Sends a request to the mocked backend from the page, as the console would, and checks it succeeded. */
async function api(page: Page, method: string, path: string, body?: unknown, ifMatch?: number) {
  const answer = await page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const response = await fetch(path, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { method, path, body, ifMatch },
  );
  expect(answer.status, `${method} ${path}`).toBeLessThan(300);
  return answer.json as { version: number };
}

async function giveOwnWindow(page: Page, siteId: string, upgradeWindow: typeof TUESDAY_2_TO_4) {
  const { version } = await api(page, 'GET', `/api/sites/${siteId}`);
  await api(page, 'PUT', `/api/sites/${siteId}/upgrade-window`, { upgradeWindow }, version);
}

async function addFreeze(page: Page, freeze: typeof FREEZE) {
  await api(page, 'POST', '/api/upgrade-freezes', freeze);
}

async function downloadIcs(page: Page) {
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to calendar' });
  const bytes = await downloaded(page, () => dialog.getByRole('button', { name: /^Download \.ics/ }).click());
  await expect(dialog).toBeHidden();
  return new ICAL.Component(ICAL.parse(bytes.toString('utf8')))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** The bytes of the file the action downloads. */
async function downloaded(page: Page, action: () => Promise<void>): Promise<Buffer> {
  const downloading: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
  await action();
  return readFile(await (await downloading).path());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
