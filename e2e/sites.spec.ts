import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { captureScreen, consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';
import { ANY_SHORT_SUNDAY, ANY_SUNDAY, testedLocale } from './locale-dates';

// Pages load lazily and the shared test machine is often busy: a first render can pass 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const timeZoneField = (page: Page) => page.getByRole('combobox', { name: 'Time Zone', exact: true });

async function chooseTimeZone(page: Page, typed: string, zone: string) {
  await timeZoneField(page).fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${zone}`) }).click();
  await expect(timeZoneField(page)).toHaveValue(zone);
}

test.describe('Network > Sites', () => {
  test('@locales find Tokyo, move it to Kathmandu, and see the saved zone in the list', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    // Tokyo's next window, Sunday 01:00 – 03:00 Tokyo time, dated as the browser's locale dates it:
    // short in the list, in full on the site's page.
    const locale = testedLocale(testInfo);
    const tokyoWindowOn = (sunday: RegExp) => new RegExp(`${sunday.source}, 01:00 – 03:00 \\(JST\\)`);
    test.slow(); // a whole journey over two pages, with three accessibility scans
    await page.goto('/network/sites');
    await expect(page.getByRole('heading', { level: 1, name: 'Sites' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Sites' });
    await expect(table.getByRole('link', { name: 'London HQ' })).toBeVisible();
    await expectAccessible();

    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Tokyo');
    await expect(page).toHaveURL(/search=Tokyo/);
    await expect(table.getByRole('row')).toHaveCount(2); // the header and Tokyo
    const tokyoRow = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(tokyoRow).toContainText('Asia/Tokyo');
    await expect(tokyoRow).toContainText('UTC+09:00');
    await expect(tokyoRow).toContainText(tokyoWindowOn(ANY_SHORT_SUNDAY[locale]));
    await tokyoRow.getByRole('link', { name: 'Tokyo Office' }).click();

    await expect(page).toHaveURL(/\/network\/sites\/site-tokyo\/general$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tokyo Office' })).toBeVisible();
    const breadcrumb = page.getByRole('navigation', { name: 'Location in the console' });
    await expect(breadcrumb).toHaveText(/Network.*Sites.*Tokyo Office.*Site Configuration.*General/);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    const preview = page.getByRole('status').filter({ hasText: "This site's Sockets upgrade on" });
    await expect(preview).toContainText(tokyoWindowOn(ANY_SUNDAY[locale]));
    await expect(saveButton(page)).toBeDisabled();
    await expectAccessible();

    await chooseTimeZone(page, 'Kathmandu', 'Asia/Kathmandu');
    // Before saving: the preview follows the zone, and the foreign zone is flagged.
    await expect(preview).not.toContainText('(JST)');
    await expect(
      page.getByText('Asia/Kathmandu is a time zone of Nepal, not of Japan.', { exact: false }),
    ).toBeVisible();
    await saveButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'Site saved.' })).toBeVisible();
    await expect(saveButton(page)).toBeDisabled();

    await page.reload();
    await expect(timeZoneField(page)).toHaveValue('Asia/Kathmandu');

    await breadcrumb.getByRole('link', { name: 'Sites' }).click();
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Tokyo Office');
    const movedRow = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(movedRow).toContainText('Asia/Kathmandu');
    await expect(movedRow).toContainText('UTC+05:45');
    // Its next window in its own time (Kathmandu has no abbreviation: the offset names it).
    await expect(movedRow).toContainText(/01:00 – 03:00 \(UTC\+05:45\)/);
  });

  test('searching by country, sorting and paging live in the URL, so Back returns to them', async ({
    page,
  }) => {
    await page.goto('/network/sites');
    const table = page.getByRole('table', { name: 'Sites' });
    await table.getByRole('button', { name: 'Country' }).click();
    await expect(page).toHaveURL(/sort=country/);
    await expect(table.getByRole('columnheader', { name: 'Country' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Germany');
    await expect(table.getByRole('link', { name: 'Berlin Office' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Frankfurt Data Center' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'London HQ' })).toHaveCount(0);
    await table.getByRole('link', { name: 'Berlin Office' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Berlin Office' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Search sites' })).toHaveValue('Germany');
    await expect(table.getByRole('link', { name: 'Frankfurt Data Center' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Atlantis');
    await expect(page.getByText('No site matches this search or filter.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(table.getByRole('link', { name: 'London HQ' })).toBeVisible();
  });

  test('the large account: the list loads and a search answers quickly', async ({
    page,
    expectAccessible,
  }) => {
    test.slow(); // the mocked backend builds 5,000 sites first
    await openWithScenarios(page, '/network/sites', ['large']);
    await expect(page.getByText(/of 5,?000/)).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Sites' });
    const started = Date.now();
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Tokyo Office');
    await expect(table.getByRole('link', { name: 'Tokyo Office' })).toBeVisible();
    await expect(page.getByText(/^1–1 of 1$/)).toBeVisible();
    // Debounce (300 ms), a search of 5,000 sites and a render; generous for a busy CI machine.
    expect(Date.now() - started).toBeLessThan(3_000);
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('');
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^51–100 of 5,?000$/)).toBeVisible();
    await expectAccessible();
  });
});

test.describe('Network > Sites: order, countries, offsets, export, phone', () => {
  const sitesTable = (page: Page) => page.getByRole('table', { name: 'Sites' });
  /** When each listed site's next window opens (UTC), in the order the list shows them. */
  const upgradeStarts = (page: Page) =>
    sitesTable(page)
      .locator('tbody time')
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));

  test('sorting by next upgrade lists the sites in the order they upgrade, either way', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/network/sites');
    const table = sitesTable(page);
    await expect(table.getByRole('link', { name: 'London HQ' })).toBeVisible();
    await table.getByRole('button', { name: 'Next upgrade if released now' }).click();
    await expect(page).toHaveURL(/sort=nextUpgrade/);
    await expect(table.getByRole('columnheader', { name: 'Next upgrade if released now' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(table.locator('tbody time')).toHaveCount(31);
    // The rows sorted by name stay on screen until the sorted page arrives: wait for it.
    await expect(table).toHaveAttribute('aria-busy', 'false');
    let ascending: number[] = [];
    await expect(async () => {
      ascending = await upgradeStarts(page);
      expect(ascending).toHaveLength(31);
      expect(ascending.every(Number.isFinite)).toBe(true);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    }).toPass();
    // Not the order of names: the list really moved.
    const names = await table.locator('tbody th').allTextContents();
    expect(names).not.toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await expectAccessible();

    await table.getByRole('button', { name: 'Next upgrade if released now' }).click();
    await expect(page).toHaveURL(/sort=-nextUpgrade/);
    await expect(async () => {
      const descending = await upgradeStarts(page);
      expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    }).toPass();
  });

  for (const width of [1280, 1440, 1920]) {
    test(`the table fits a ${width}-pixel screen without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/network/sites');
      const table = page.getByRole('table', { name: 'Sites' });
      await expect(table.getByRole('link', { name: 'Apia Office' })).toBeVisible();
      const container = table.locator('xpath=..');
      const { scrollWidth, clientWidth } = await container.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(clientWidth);
      // The wide screen shows the columns a laptop leaves out.
      await expect(table.getByRole('columnheader', { name: 'Site Type' })).toBeVisible({
        visible: width >= 1600,
      });
    });
  }

  test('the UTC offset column sorts west to east', async ({ page }) => {
    await page.goto('/network/sites?sort=utcOffset');
    const table = sitesTable(page);
    await expect(table.getByRole('columnheader', { name: 'UTC offset' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(table.getByRole('row').nth(1)).toContainText('Pago Pago Office');
    await expect(table.getByRole('row').last()).toContainText('Kiritimati Field Office');
  });

  test('the Country filter lists the countries that have sites, with their counts', async ({ page }) => {
    await page.goto('/network/sites');
    await page.getByRole('combobox', { name: 'Country' }).click();
    await expect(page.getByRole('option', { name: 'Germany (2)' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'United States of America (4)' })).toBeVisible();
    await expect(page.getByRole('option', { name: /^France/ })).toHaveCount(0);
    await page.getByRole('option', { name: 'Germany (2)' }).click();
    await expect(page).toHaveURL(/country=DE/);
    await expect(page.getByText(/^1–2 of 2$/)).toBeVisible();
    await expect(sitesTable(page).getByRole('row')).toHaveCount(3);
  });

  test('a search written as a UTC offset finds the sites at that offset now: "+5:45" is Kathmandu', async ({
    page,
  }) => {
    await page.goto('/network/sites');
    const search = page.getByRole('searchbox', { name: 'Search sites' });
    const table = sitesTable(page);
    await search.fill('+5:45');
    await expect(page).toHaveURL(/search=%2B5%3A45/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row', { name: /Kathmandu Office/ })).toContainText('UTC+05:45');
    await search.fill('UTC+09:00');
    await expect(table.getByRole('link', { name: 'Tokyo Office' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
  });

  test('Export CSV downloads every filtered site, UTF-8 with a byte order mark', async ({ page }) => {
    await page.goto('/network/sites?country=US&sort=name');
    await expect(page.getByText(/^1–4 of 4$/)).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^sites-next-upgrades-\d{8}T\d{4}Z\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Site,Site type,Connection type,Country,City,Time zone,UTC offset now,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'AWS us-east-1',
      'Honolulu Office',
      'Los Angeles Office',
      'New York Office',
    ]);
    expect(lines[4]).toMatch(/,site-new-york,US,\d{4}-\d\d-\d\dT\d\d:00:00Z,/);
    expect(lines[4]).toContain(' – '); // the en dash of the window, intact
    await expect(page.getByRole('status').filter({ hasText: /^Exported 4 sites to / })).toBeVisible();
  });

  test('at 1280 x 800 the table shows 15 sites and more at once', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/network/sites');
    await expect(sitesTable(page).locator('tbody time')).toHaveCount(31);
    const fullyVisible = await sitesTable(page)
      .locator('tbody tr')
      .evaluateAll((rows) => rows.filter((row) => row.getBoundingClientRect().bottom <= innerHeight).length);
    expect(fullyVisible).toBeGreaterThanOrEqual(15);
    await captureScreen(page, 'sites-1280x800');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`on a phone the sites are cards, the page never scrolls sideways, and the filters open in a sheet (${colorScheme})`, async ({
      page,
      expectAccessible,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/network/sites');
      const cards = page.getByRole('list', { name: 'Sites' });
      const tokyo = cards.getByRole('article', { name: 'Tokyo Office' });
      await expect(tokyo).toContainText('Japan');
      await expect(tokyo).toContainText('Asia/Tokyo · UTC+09:00');
      await expect(tokyo).toContainText(/Next upgrade: \w{3} \d{1,2} \w{3}, 01:00 – 03:00 \(JST\)/);
      await expect(tokyo.locator('time')).toHaveCount(1);
      await expect(page.getByRole('table')).toHaveCount(0);
      const noSidewaysScroll = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(await noSidewaysScroll()).toBe(true);
      await expectAccessible();
      await captureScreen(page, `sites-phone-${colorScheme}`);

      await page.getByRole('button', { name: 'Filter and sort' }).click();
      const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
      await sheet.getByRole('combobox', { name: 'Country' }).click();
      await page.getByRole('option', { name: 'Germany (2)' }).click();
      await expectAccessible();
      await sheet.getByRole('button', { name: 'Show sites' }).click();
      await expect(sheet).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Filter and sort (1)' })).toBeVisible();
      await expect(cards.getByRole('article')).toHaveCount(2);
      await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
      expect(await noSidewaysScroll()).toBe(true);
    });
  }
});

test.describe('Site Configuration > General', () => {
  test('a failed save keeps the change and can be retried', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(consoleErrorsOf.serverError);
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['fail-next-save']);
    await page.getByRole('textbox', { name: 'Description' }).fill('Sales, support and a new lab.');
    await saveButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toContainText('The server had a problem');
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Sales, support and a new lab.',
    );
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Site saved.' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Sales, support and a new lab.',
    );
  });

  test('a network failure says so and loses nothing', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(consoleErrorsOf.offline);
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['offline-next-save']);
    await chooseTimeZone(page, 'JST', 'Asia/Tokyo'); // unchanged: Save stays disabled
    await expect(saveButton(page)).toBeDisabled();
    await page.getByRole('textbox', { name: 'City' }).fill('Osaka');
    await saveButton(page).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Osaka');
  });

  test('when another administrator saved first, theirs can be kept or replaced after confirming', async ({
    page,
    expectAccessible,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['conflict-next-save']);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    // The General page with a foreign zone chosen and its warning shown.
    await chooseTimeZone(page, '+05:45', 'Asia/Kathmandu');
    await expectAccessible();
    await saveButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else saved first' });
    await expect(dialog).toContainText('Dana Admin saved a change');
    await expect(dialog.getByRole('region', { name: 'Yours (not saved)' })).toContainText('Asia/Kathmandu');
    await expect(dialog.getByRole('region', { name: 'Theirs (saved)' })).toContainText(
      'Circuit details checked by Dana Admin',
    );
    await dialog.getByRole('button', { name: 'Replace with mine…' }).click();
    await page.getByRole('button', { name: 'Replace theirs with mine' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Site saved.' })).toBeVisible();
    await page.reload();
    await expect(timeZoneField(page)).toHaveValue('Asia/Kathmandu');
  });

  test('keeping theirs shows their version in the form', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['conflict-next-save']);
    await page.getByRole('textbox', { name: 'Address' }).fill('1-1 Nihonbashi');
    await saveButton(page).click();
    await page
      .getByRole('dialog', { name: 'Someone else saved first' })
      .getByRole('button', { name: 'Keep theirs' })
      .click();
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(
      /Circuit details checked by Dana Admin/,
    );
    await expect(page.getByRole('textbox', { name: 'Address' })).toHaveValue('2-7-2 Marunouchi, Chiyoda-ku');
    await expect(saveButton(page)).toBeDisabled();
  });

  test('a viewer sees the site read-only', async ({ page, expectAccessible }) => {
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['viewer']);
    await expect(page.getByText('You have read-only access')).toBeVisible();
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly', '');
    await expect(saveButton(page)).toHaveCount(0);
    await expectAccessible();
  });

  test('State is offered only where the country has them, and is cleared with the country', async ({
    page,
  }) => {
    await page.goto('/network/sites/site-tokyo/general');
    const country = page.getByRole('combobox', { name: 'Country' });
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('Tôkyô');
    await country.fill('Holy See');
    await page.getByRole('option', { name: 'Holy See' }).click();
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveCount(0);
    await country.fill('United States of America');
    await page.getByRole('option', { name: 'United States of America' }).click();
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('');
    await expect(page.getByText(/United States of America has \d+ time zones/)).toBeVisible();
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await page.goto('/network/sites/site-tokyo/general');
    await page.getByRole('textbox', { name: 'Name' }).fill('Tokyo Branch');
    await page
      .getByRole('navigation', { name: 'Location in the console' })
      .getByRole('link', { name: 'Sites' })
      .click();
    await page
      .getByRole('dialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Stay on this page' })
      .click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Tokyo Branch');
  });

  test('an unknown site says so and leads back to Sites', async ({
    page,
    expectAccessible,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(consoleErrorsOf.notFound);
    await page.goto('/network/sites/no-such-site/general');
    await expect(page.getByRole('heading', { level: 1, name: 'Site not found' })).toBeVisible();
    await expectAccessible();
    await page.getByRole('link', { name: 'Back to Sites' }).click();
    await expect(page).toHaveURL(/\/network\/sites$/);
  });
});
