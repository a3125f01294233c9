import type { Locator, Page } from '@playwright/test';
import { captureScreen, expect as baseExpect, openWithScenarios, test } from './fixtures';

/**
 * Every screen on a phone (390 × 844): the page never scrolls sideways (what is wider, a grid or
 * a chart, scrolls in its own area), every control can be reached, and axe finds nothing.
 */

// Pages load lazily and the shared test machine is often busy: a first render can pass 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 } });

// The vendor article's example release: 31 sites in 29 zones, Tokyo deferred by the notice.
const CALENDAR = '/upgrade-calendar?released=2023-03-03T09:00:00Z';
// A week of waves (Jerusalem and Athens a clock change apart).
const CALENDAR_WAVES = '/upgrade-calendar?released=2026-03-25T12:00:00Z&group=wave';
const TOKYO_GENERAL = '/network/sites/site-tokyo/general';
const SYSTEM_SETTINGS = '/administration/system-settings';

/** Whether the page is at most as wide as the screen: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

/** Within the screen's width (it may be further down the page). */
async function expectWithinWidth(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
}

async function openCalendar(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 45_000 });
}

test.describe('on a phone', () => {
  test('the top bar keeps its title, theme and account on one line; the menu opens from a button', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, '/network/sites', ['viewer']);
    const topBar = page.getByRole('banner');
    const title = topBar.getByRole('link', { name: 'Upgrade Console' });
    const account = topBar.getByText('Viewer', { exact: true });
    await expect(account).toBeVisible();
    await expectWithinWidth(account);
    await expectWithinWidth(topBar.getByRole('button', { name: /^Color scheme/ }));
    // One line: the title is as tall as one line of its text, level with the account chip.
    const titleBox = await title.boundingBox();
    const accountBox = await account.boundingBox();
    expect(titleBox && titleBox.height).toBeLessThan(40);
    expect(
      titleBox &&
        accountBox &&
        Math.abs(titleBox.y + titleBox.height / 2 - (accountBox.y + accountBox.height / 2)),
    ).toBeLessThan(6);
    await expectNoSidewaysScroll(page);
    await expectAccessible();

    await topBar.getByRole('button', { name: 'Open the main menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expectAccessible();
    await menu.getByRole('link', { name: 'Audit Trail' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit Trail' })).toBeVisible();
    await expect(menu).toBeHidden();
  });

  test('the upgrade calendar: its settings in a sheet, every view in reach, the week grid labelled as it scrolls', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, CALENDAR);
    const settings = page.getByRole('region', { name: 'Calendar settings' });
    await expect(settings).toContainText('Released Friday 3 March 2023 18:00, times in Asia/Tokyo');
    // The fields wait in the sheet: the page starts with the calendar.
    await expect(page.getByRole('combobox', { name: 'Quick pick' })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await captureScreen(page, 'phone-calendar-week');

    await settings.getByRole('button', { name: 'Calendar settings' }).click();
    const sheet = page.getByRole('dialog', { name: 'Calendar settings' });
    for (const field of [
      sheet.getByRole('group', { name: 'Released at' }),
      sheet.getByRole('combobox', { name: 'Quick pick' }),
      sheet.getByRole('combobox', { name: 'Show times in' }),
      sheet.getByRole('textbox', { name: 'Site' }),
      sheet.getByRole('combobox', { name: 'Country' }),
      sheet.getByRole('combobox', { name: 'Time Zone' }),
    ]) {
      await expect(field).toBeVisible();
      await expectWithinWidth(field);
    }
    await expectAccessible();
    await captureScreen(page, 'phone-calendar-settings');
    await sheet.getByRole('button', { name: 'UTC', exact: true }).click();
    await sheet.getByRole('textbox', { name: 'Site' }).fill('Tokyo');
    await sheet.getByRole('button', { name: 'Show the calendar' }).click();
    await expect(sheet).toHaveCount(0);
    await expect(settings).toContainText('times in Etc/UTC');
    await expect(settings.getByRole('button', { name: 'Calendar settings (1)' })).toBeVisible();
    await settings.getByRole('button', { name: 'Calendar settings (1)' }).click();
    await sheet.getByRole('button', { name: 'Clear filters' }).click();
    await sheet.getByRole('button', { name: 'Show the calendar' }).click();
    await expect(settings.getByRole('button', { name: 'Calendar settings', exact: true })).toBeVisible();

    // The week grid scrolls sideways in its own area; the lane labels stay at its left edge.
    const scroller = page.getByRole('region', { name: 'Week grid' });
    await scroller.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await scroller.hover();
    await page.mouse.wheel(2000, 0);
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const label = scroller.getByText('Pacific/Honolulu', { exact: true });
    await expect(label).toBeInViewport();
    const gridBox = await scroller.boundingBox();
    const labelBox = await label.boundingBox();
    expect(gridBox && labelBox && labelBox.x - gridBox.x).toBeLessThan(60);
    await expectNoSidewaysScroll(page);

    // Every view's tab is reached: the tabs scroll rather than being cut off.
    const tabs = page.getByRole('tablist', { name: 'Calendar views' });
    for (const [name, view] of [
      ['Month', 'month'],
      ['Table', 'table'],
      ['Concurrency', 'concurrency'],
      ['Week', 'week'],
    ] as const) {
      const tab = tabs.getByRole('tab', { name });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      // The week is the default view: the link then names none.
      if (view !== 'week') await expect(page).toHaveURL(new RegExp(`view=${view}`));
      // Scrolled into view in the tab bar (its clipping included), give or take a pixel's fraction.
      await expect(tab).toBeInViewport({ ratio: 0.95 });
    }
  });

  test('the week grid opens on its first upgrade, not on Monday', async ({ page }) => {
    await openCalendar(page, CALENDAR);
    const scroller = page.getByRole('region', { name: 'Week grid' });
    await scroller.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    // The first block of the first lane: rows come in upgrade order (Sunday, for this release).
    const first = scroller.locator('[data-roving-index="0"]');
    await expect(first).toBeVisible();
    const [gridBox, firstBox] = [await scroller.boundingBox(), await first.boundingBox()];
    if (!gridBox || !firstBox) throw new Error('not shown');
    expect(firstBox.x).toBeGreaterThan(gridBox.x);
    expect(firstBox.x).toBeLessThan(gridBox.x + gridBox.width);
    await expect(first).toBeInViewport();
  });

  test('the week grid grouped by wave and by time zone', async ({ page, expectAccessible }) => {
    await openCalendar(page, CALENDAR_WAVES);
    const grid = page.getByRole('list', { name: /^Upgrade windows by wave/ });
    await expect(grid).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await page.getByRole('region', { name: 'Week grid' }).scrollIntoViewIfNeeded();
    await captureScreen(page, 'phone-calendar-waves');

    await page.getByRole('button', { name: 'Time Zone', exact: true }).click();
    await expect(page.getByRole('list', { name: /^Upgrade windows by time zone/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible();
  });

  test('the month names its weekdays short and fits the screen', async ({ page, expectAccessible }) => {
    await openCalendar(page, `${CALENDAR}&view=month`);
    const month = page.getByRole('table', { name: /^Sites upgrading on each day of March 2023/ });
    await expect(month.getByRole('columnheader')).toHaveText(
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      { useInnerText: true },
    );
    await expectWithinWidth(month);
    // Each weekday name inside its own column.
    const overflowing = await month
      .getByRole('columnheader')
      .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).length);
    expect(overflowing).toBe(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await month.scrollIntoViewIfNeeded();
    await captureScreen(page, 'phone-calendar-month');
  });

  test('the concurrency chart fits, its peak in view', async ({ page, expectAccessible }) => {
    await openCalendar(page, `${CALENDAR}&view=concurrency`);
    const chart = page.getByRole('group', { name: /^Sites in their upgrade window per hour/ });
    const peak = chart.getByRole('button', { name: /\. The peak$/ });
    await peak.scrollIntoViewIfNeeded();
    await expect(peak).toBeInViewport({ ratio: 1 });
    await expectWithinWidth(peak);
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await captureScreen(page, 'phone-calendar-concurrency');
  });

  test('the calendar table scrolls in its own area', async ({ page, expectAccessible }) => {
    await openCalendar(page, `${CALENDAR}&view=table`);
    await expect(page.getByRole('button', { name: /^Export CSV/ })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible();
  });

  test('the Maintenance Window and its preview fit the screen', async ({ page, expectAccessible }) => {
    await page.goto(SYSTEM_SETTINGS);
    await page.getByRole('combobox', { name: 'Time slot' }).click();
    await page.getByRole('option', { name: /^23:00 – 01:00/ }).click();
    const preview = page.getByRole('table').first();
    await expect(preview).toContainText('Your change');
    await expectWithinWidth(preview);
    await expectWithinWidth(page.getByRole('button', { name: 'Save' }));
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await captureScreen(page, 'phone-maintenance-window', { fullPage: true });
  });

  test('the Sites list and a site’s General form', async ({ page, expectAccessible }) => {
    await page.goto('/network/sites');
    await expect(page.getByRole('list', { name: 'Sites' }).getByRole('article').first()).toBeVisible();
    await expectWithinWidth(page.getByRole('button', { name: 'Filter and sort' }));
    await expectNoSidewaysScroll(page);
    await expectAccessible();

    await page.goto(TOKYO_GENERAL);
    const timeZone = page.getByRole('combobox', { name: 'Time Zone', exact: true });
    await expect(timeZone).toHaveValue('Asia/Tokyo');
    await expectWithinWidth(timeZone);
    await expectWithinWidth(page.getByRole('button', { name: 'Save' }));
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await captureScreen(page, 'phone-site-general', { fullPage: true });
  });

  test('the notice after a save leaves the Save button uncovered', async ({ page }) => {
    await page.goto(TOKYO_GENERAL);
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('Checked on a phone');
    const save = page.getByRole('button', { name: 'Save' });
    await save.scrollIntoViewIfNeeded();
    await save.click();
    const notice = page.getByRole('status').filter({ hasText: 'Site saved.' });
    await expect(notice).toBeVisible();
    const [noticeBox, saveBox] = [await notice.boundingBox(), await save.boundingBox()];
    if (!noticeBox || !saveBox) throw new Error('not shown');
    const overlaps =
      noticeBox.y < saveBox.y + saveBox.height &&
      saveBox.y < noticeBox.y + noticeBox.height &&
      noticeBox.x < saveBox.x + saveBox.width &&
      saveBox.x < noticeBox.x + noticeBox.width;
    expect(overlaps, 'the notice covers the Save button').toBe(false);
  });

  test('the Audit Trail stacks each change, its filters and pager in reach', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/administration/audit-trail');
    const trail = page.getByRole('table', { name: 'Audit trail' });
    await expect(trail.getByRole('rowheader').first()).toBeVisible();
    for (const name of ['What changed', 'Administrator']) {
      await expectWithinWidth(page.getByRole('combobox', { name }));
    }
    // Each change's cells stacked: "When" above "What", not beside it.
    const firstRow = trail.getByRole('row').nth(1);
    const when = await firstRow.getByRole('cell').first().boundingBox();
    const what = await firstRow.getByRole('rowheader').boundingBox();
    expect(when && what && what.y).toBeGreaterThan((when?.y ?? 0) + (when?.height ?? 0) - 1);
    await expectWithinWidth(firstRow);
    await expectWithinWidth(page.getByRole('button', { name: 'Go to next page' }));
    await expectNoSidewaysScroll(page);
    await expectAccessible();
    await captureScreen(page, 'phone-audit-trail');
  });

  for (const [screen, path, choice] of [
    ['Maintenance Window', SYSTEM_SETTINGS, 'Day of the week'],
    ['Site General', TOKYO_GENERAL, 'Site Type'],
  ] as const) {
    test(`a viewer's ${screen} reads as text: no field offers a change`, async ({
      page,
      expectAccessible,
    }) => {
      await openWithScenarios(page, path, ['viewer']);
      await expect(page.getByText(/^You have read-only access/)).toBeVisible();
      const select = page.getByRole('combobox', { name: choice });
      await expect(select).toHaveAttribute('aria-readonly', 'true');
      // No dropdown arrow beside a read-only choice, and no border around it.
      const field = select.locator('xpath=..');
      await expect(field.locator('.MuiSelect-icon')).toBeHidden();
      expect(
        await field
          .locator('.MuiOutlinedInput-notchedOutline')
          .evaluate((outline) => getComputedStyle(outline).borderTopColor),
      ).toBe('rgba(0, 0, 0, 0)');
      await expectNoSidewaysScroll(page);
      await expectAccessible();
      await captureScreen(page, `phone-viewer-${screen.toLowerCase().replace(/ /g, '-')}`);
    });
  }

  test('an administrator’s fields keep their arrows and borders', async ({ page }) => {
    await page.goto(SYSTEM_SETTINGS);
    const day = page.getByRole('combobox', { name: 'Day of the week' });
    await expect(day).toHaveText('Sunday');
    const field = day.locator('xpath=..');
    await expect(field.locator('.MuiSelect-icon')).toBeVisible();
    expect(
      await field
        .locator('.MuiOutlinedInput-notchedOutline')
        .evaluate((outline) => getComputedStyle(outline).borderTopColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
  });
});
