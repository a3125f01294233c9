import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, openWithScenarios, test } from './fixtures';
import { dayWithYear, shortWeekday, testedLocale, type TestedLocale } from './locale-dates';

// The vendor article's example: released Fri 3 Mar 2023 18:00 Tokyo time (a seeded release).
const TOKYO_EXAMPLE = '/upgrade-calendar?released=2023-03-03T09:00:00Z';
// The week before the clocks go back in London (Sun 25 Oct 2026).
const LONDON_FALL_BACK = '/upgrade-calendar?released=2026-10-21T12:00:00Z';
// An ordinary week for the 5,000-site account: upgrades on Sat 21 and Sun 22 November 2026.
const LARGE_ACCOUNT_WEEK = '/upgrade-calendar?released=2026-11-18T09:00:00Z';
// Israel and Lebanon go forward before Sun 29 Mar 2026 01:00, Europe's east after it.
const JERUSALEM_AHEAD = '/upgrade-calendar?released=2026-03-25T12:00:00Z&group=wave';

/** Tokyo's window (Sun 12 Mar 2023 01:00-03:00 JST) as the viewer's zone and locale show it. */
function tokyoWindowForViewer(timeZone: string | undefined, locale: TestedLocale): string {
  return timeZone === 'America/New_York'
    ? `${dayWithYear(locale, '2023-03-11')}, 11:00 – 13:00 (EST)`
    : `${dayWithYear(locale, '2023-03-12')}, 01:00 – 03:00 (JST)`;
}

test.describe('upgrade calendar', () => {
  // Each test loads the whole console and its mocked backend first; shared CI machines are slow.
  test.describe.configure({ timeout: 180_000 });

  test("@zones @locales the product's Tokyo example: Sunday 12 March, 01:00 – 03:00 Tokyo time, deferred by the notice", async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const locale = testedLocale(testInfo);
    const viewerWindow = tokyoWindowForViewer(testInfo.project.use.timezoneId, locale);
    // Dates in the viewer's locale, times on the 24-hour clock: "Sunday 5 March 2023, 01:00".
    const skippedWindow = `${dayWithYear(locale, '2023-03-05')}, 01:00`;
    const tokyoWindow = `${dayWithYear(locale, '2023-03-12')}, 01:00 – 03:00 (JST)`;
    const waitsAWeek = `Waits a week: the window of ${skippedWindow} site time opens less than 48 hours after the release.`;
    await openCalendar(page, TOKYO_EXAMPLE);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade calendar' })).toBeVisible();

    // The calendar opens on the week of the notice cut-off: Tokyo's Sunday 5 March is skipped.
    // 29 zones: one lane per time zone, as the calendar has always drawn it.
    const grid = page.getByRole('list', { name: /^Upgrade windows by time zone, week of/ });
    await expect(grid).toBeVisible();
    await expect(
      page.getByText(new RegExp(`^48-hour notice cut-off, ${shortWeekday(locale, 7)} \\d\\d:\\d\\d$`)),
    ).toBeVisible();
    await expect(
      grid.getByRole('button', {
        name: `Asia/Tokyo, Tokyo Office: ${waitsAWeek} Upgrades ${tokyoWindow} instead.`,
      }),
    ).toBeVisible();
    await expectAccessible();

    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page).toHaveURL(/week=2023-03-06/);
    const tokyoBlock = grid.getByRole('button', { name: /^Asia\/Tokyo, Tokyo Office: upgrade/ });
    await expect(tokyoBlock).toHaveAccessibleName(
      new RegExp(`${escape(tokyoWindow)}, ${escape(viewerWindow)} in .*\\. ${escape(waitsAWeek)}$`),
    );
    // The block tells its times on keyboard focus, not only on hover: reach it with the arrows.
    await tokyoBlock.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(tokyoBlock).toBeFocused();
    // The neighbour's tooltip may still be fading out: read the Tokyo block's own.
    const tokyoTooltip = page.getByRole('tooltip', { name: /^Asia\/Tokyo, Tokyo Office/ });
    await expect(tokyoTooltip).toContainText(`Site time: ${tokyoWindow}`);
    await expect(tokyoTooltip).toContainText(viewerWindow);

    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('textbox', { name: 'Site' }).fill('Tokyo');
    const table = page.getByRole('table', { name: 'Upgrade window of each site' });
    const row = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(row).toContainText(tokyoWindow);
    await expect(row).toContainText(viewerWindow);
    await expect(row).toContainText(waitsAWeek);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectAccessible();
  });

  test('times shown in UTC are said once, not again as UTC', async ({ page }) => {
    await openCalendar(page, `${LONDON_FALL_BACK}&view=week&group=wave&tz=UTC`);
    const waves = page.getByRole('button', { name: /^Wave of / });
    await expect(waves.first()).toBeVisible();
    const names = await waves.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? ''),
    );
    // "Wave of 3 time zones, 5 sites: upgrade Sunday 25 October 2026, 00:00 – 02:00 (UTC). …"
    const firstSentences = names.map((name) => name.slice(0, name.indexOf('. ') + 1 || undefined));
    expect(firstSentences.length).toBeGreaterThan(1);
    for (const sentence of firstSentences) expect(sentence.split('(UTC)')).toHaveLength(2);
  });

  test('@zones London on the night the clocks go back: a 3-hour window, and why', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, `${LONDON_FALL_BACK}&view=table&site=London`);
    const row = page
      .getByRole('table', { name: 'Upgrade window of each site' })
      .getByRole('row', { name: /London HQ/ });
    await expect(row).toContainText('Sunday 25 October 2026, 01:00 – 03:00 (BST → GMT)');
    await expect(row).toContainText('3 h');
    await expect(row).toContainText('the clocks go back during the window, so it is 1 h longer');

    await page.getByRole('tab', { name: 'Week' }).click();
    await expect(page.getByText('Lengthened by 1 h')).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Europe\/London, London HQ: upgrade Sunday 25 October 2026/ }),
    ).toBeVisible();
    await expectAccessible();
  });

  test('@zones the .ics export parses back to the same instants', async ({ page }) => {
    await openCalendar(page, TOKYO_EXAMPLE);
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const downloading = page.waitForEvent('download');
    // One event per time zone, the dialog's default.
    await page
      .getByRole('dialog', { name: 'Add to calendar' })
      .getByRole('button', { name: /^Download \.ics/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('socket-upgrades-20230303T0900Z.ics');
    const text = await readFile(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const tokyo = events.find((event) => event.summary === 'Socket upgrade: Tokyo Office');
    expect(tokyo?.startDate.toJSDate().toISOString()).toBe('2023-03-11T16:00:00.000Z');
    expect(tokyo?.endDate.toJSDate().toISOString()).toBe('2023-03-11T18:00:00.000Z');
    // Berlin and Frankfurt share Europe/Berlin but not a window: Berlin Office follows the
    // account's (Sun 12 Mar 01:00 CET), Frankfurt Data Center has its own (Tue 7 Mar 02:00 CET).
    const startOf = (summary: string) =>
      events
        .find((event) => event.summary === summary)
        ?.startDate.toJSDate()
        .toISOString();
    expect(startOf('Socket upgrade: Berlin Office')).toBe('2023-03-12T00:00:00.000Z');
    expect(startOf('Socket upgrade: Frankfurt Data Center')).toBe('2023-03-07T01:00:00.000Z');
  });

  test('the link holds the state: view, zone and filters survive a reload', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, `${TOKYO_EXAMPLE}&tz=Europe%2FLondon`);
    await page.getByRole('tab', { name: 'Month' }).click();
    await expect(page).toHaveURL(/view=month/);
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Month' })).toHaveAttribute('aria-selected', 'true', {
      timeout: 45_000,
    });
    await expect(page.getByRole('combobox', { name: 'Show times in' })).toHaveValue(/Europe\/London/);
    await expect(page.getByRole('button', { name: /^Sunday 12 March: \d+ sites upgrade/ })).toBeVisible();
    await expectAccessible();

    await page.getByRole('tab', { name: 'Concurrency' }).click();
    await expect(
      page.getByRole('heading', { name: /^Peak: \d+ sites in their upgrade window at once/ }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: /Sites in their upgrade window per hour/ })).toBeVisible();
    await expectAccessible();
  });

  test('arrow keys move between the blocks of the week', async ({ page }) => {
    await openCalendar(page, `${TOKYO_EXAMPLE}&week=2023-03-06`);
    const blocks = page
      .getByRole('list', { name: /^Upgrade windows/ })
      .getByRole('button', { name: /: (upgrade|window of)/ });
    await blocks.first().focus();
    await expect(blocks.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(blocks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(blocks.last()).toBeFocused();
    // One tab stop for the whole grid.
    await expect(blocks.nth(0)).toHaveAttribute('tabindex', '-1');
  });

  test('the 5,000-site account: every wave in one list, reached by scrolling, none left behind a button', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, LARGE_ACCOUNT_WEEK, ['large']);
    await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 60_000 });
    // Over 30 zones: the week opens grouped by wave.
    const grid = page.getByRole('list', { name: /^Upgrade windows by wave, week of/ });
    await expect(grid).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wave', pressed: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /more time zones/ })).toHaveCount(0);

    const summary = page.getByText(/^[\d,]+ sites upgrade this week, in [\d,]+ time zones and \d+ waves/);
    const waves = Number((await summary.textContent())?.match(/ and (\d+) waves/)?.[1]);
    expect(waves).toBeGreaterThan(30);
    // Only the waves in view are in the page, each knowing how many there are.
    const rows = grid.getByRole('listitem');
    expect(await rows.count()).toBeLessThan(waves);
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(waves));

    // The last wave of the week is the account window's last: Sunday 01:00 at UTC-11, 21:00 in
    // Tokyo. (The last upgrade of all is Frankfurt Data Center's own window, the Tuesday after.)
    const lastUpgrade = 'Sunday 22 November 2026, 21:00';
    await grid
      .getByRole('button', { name: /^Wave of / })
      .first()
      .focus();
    await page.keyboard.press('End');
    const lastBlock = grid.getByRole('button', { name: /^Wave of / }).last();
    await expect(lastBlock).toBeFocused();
    await expect(lastBlock).toBeInViewport();
    await expect(lastBlock).toHaveAccessibleName(new RegExp(`: upgrade ${escape(lastUpgrade ?? '')}`));
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(waves));
    await expect(rows.last()).toBeInViewport();
    // And back up, a row at a time: focus moves and the row scrolls into view.
    await page.keyboard.press('ArrowUp');
    await expect(grid.getByRole('button', { name: /^Wave of / }).nth(-2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(grid.getByRole('button', { name: /^Wave of / }).first()).toBeFocused();
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expectAccessible();
  });

  // A laptop's grid holds the whole week (it scrolls only down); a phone's scrolls both ways.
  for (const { viewport, sideways } of [
    { viewport: { width: 1280, height: 800 }, sideways: false },
    { viewport: { width: 390, height: 844 }, sideways: true },
  ]) {
    test(`lane labels and day headers stay in view as the grid scrolls (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openWithScenarios(page, LARGE_ACCOUNT_WEEK, ['large']);
      const scroller = page.getByRole('region', { name: 'Week grid' });
      await expect(scroller).toBeVisible({ timeout: 60_000 });
      // The whole grid in view, below the shell's top bar.
      await scroller.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      await scroller.hover();
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      const overflowsSideways = await scroller.evaluate(
        (element) => element.scrollWidth > element.clientWidth,
      );
      expect(overflowsSideways).toBe(sideways);
      if (sideways) {
        await page.mouse.wheel(2000, 0);
        await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      }

      const box = await scroller.boundingBox();
      if (!box) throw new Error('the grid has no box');
      const expandButtons = scroller.getByRole('button', {
        name: /^Show the time zones and sites of the wave at/,
      });
      // The rows in view: each one's label (its expand button first) is at the grid's left edge,
      // drawn over the week (what a click there reaches), under the header.
      const inView = await expandButtons.evaluateAll(
        (buttons, grid) => {
          const area = grid.getBoundingClientRect();
          // The header is at most 80 px high (days, hours, the release and cut-off labels).
          return buttons
            .map((button) => button.getBoundingClientRect())
            .filter((rect) => rect.top >= area.top + 80 && rect.bottom <= area.bottom)
            .map((rect) => ({
              left: rect.left - area.left,
              onTop: document
                .elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
                ?.closest('button')
                ?.getAttribute('aria-label'),
            }));
        },
        await scroller.elementHandle(),
      );
      expect(inView.length).toBeGreaterThan(3);
      for (const { left, onTop } of inView) {
        expect(left).toBeLessThan(12);
        expect(onTop).toMatch(/^Show the time zones and sites of the wave at/);
      }
      // The header too: the label column's heading and the last day stay at the top of the grid.
      const heading = await scroller.getByText('Wave and sites').boundingBox();
      expect(heading && heading.y - box.y).toBeLessThan(20);
      expect(heading && heading.x - box.x).toBeLessThan(20);
      const sunday = await scroller.getByText(/^Sun 22 Nov$/).boundingBox();
      expect(sunday && sunday.y - box.y).toBeLessThan(20);
      expect(sunday && sunday.x + sunday.width).toBeLessThanOrEqual(box.x + box.width + 1);
    });
  }

  test('grouped by time zone: one lane per zone, as before, with its sites', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, LARGE_ACCOUNT_WEEK, ['large']);
    await expect(page.getByRole('list', { name: /^Upgrade windows by wave/ })).toBeVisible({
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Time Zone', exact: true }).click();
    await expect(page).toHaveURL(/group=zone/);
    const grid = page.getByRole('list', { name: /^Upgrade windows by time zone, week of/ });
    const zones = (
      await page.getByText(/^[\d,]+ sites upgrade this week, in [\d,]+ time zones\./).textContent()
    )?.match(/ in ([\d,]+) time zones/)?.[1];
    await expect(grid.getByRole('listitem').first()).toHaveAttribute(
      'aria-setsize',
      zones?.replace(',', '') ?? '',
    );
    const first = grid.getByRole('listitem').first();
    await first.getByRole('button', { name: /^Show the sites in / }).click();
    await expect(first.getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/network\/sites\/[^/]+\/general$/,
    );
    await expectAccessible();

    await page.reload();
    await expect(page.getByRole('button', { name: 'Time Zone', pressed: true })).toBeVisible({
      timeout: 60_000,
    });
  });

  test('a wave a clock change split says which zones left it and why, and opens by keyboard', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, JERUSALEM_AHEAD);
    const grid = page.getByRole('list', { name: /^Upgrade windows by wave, week of/ });
    // Sun 29 Mar 01:00 in Cairo and Kyiv: 23:00 UTC the day before, 08:00 in Tokyo.
    const expand = grid.getByRole('button', {
      name: 'Show the time zones and sites of the wave at Sun 29 Mar, 08:00 (JST)',
    });
    const wave = grid.getByRole('listitem').filter({
      has: page.getByRole('button', { name: /the wave at Sun 29 Mar, 08:00 \(JST\)$/ }),
    });
    await expect(wave.getByText('Split by a clock change', { exact: true })).toBeVisible();
    await expand.focus();
    await page.keyboard.press('Enter');
    await expect(
      grid.getByRole('button', { name: /^Hide the time zones and sites of the wave at Sun 29 Mar, 08:00/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(wave).toContainText(
      "Split by a clock change: Asia/Beirut and Asia/Jerusalem opened with this wave last week; this week they open at Sun 29 Mar, 07:00 (JST). Clock change since last week's window: the clocks went forward 1 h (UTC+02:00 → UTC+03:00) before this one opened.",
    );
    const zones = wave.getByRole('list', { name: 'Time zones of the wave at Sun 29 Mar, 08:00 (JST)' });
    await expect(zones.getByRole('link', { name: 'Cairo Office' })).toHaveAttribute(
      'href',
      '/network/sites/site-cairo/general',
    );
    await expect(zones.getByRole('link', { name: 'Kyiv Lab' })).toBeVisible();
    // The zones that moved open an hour earlier, together, in their own wave.
    await expect(
      grid.getByRole('button', {
        name: 'Show the time zones and sites of the wave at Sun 29 Mar, 07:00 (JST)',
      }),
    ).toBeVisible();
    await expectAccessible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible();
  });
});

/** Opens the calendar and waits for its data: the mocked backend starts with the page. */
async function openCalendar(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 45_000 });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
