import type { Page } from '@playwright/test';
import { consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';

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
  test('find Tokyo, move it to Kathmandu, and see the saved zone in the list', async ({
    page,
    expectAccessible,
  }) => {
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
    await expect(tokyoRow).toContainText(/\(JST\)/);
    await tokyoRow.getByRole('link', { name: 'Tokyo Office' }).click();

    await expect(page).toHaveURL(/\/network\/sites\/site-tokyo\/general$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tokyo Office' })).toBeVisible();
    const breadcrumb = page.getByRole('navigation', { name: 'Location in the console' });
    await expect(breadcrumb).toHaveText(/Network.*Sites.*Tokyo Office.*Site Configuration.*General/);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    const preview = page.getByRole('status').filter({ hasText: "This site's Sockets upgrade on" });
    await expect(preview).toContainText('(JST)');
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
    await expect(movedRow).toContainText(/your time/);
  });

  test('searching by country, sorting and paging live in the URL, so Back returns to them', async ({
    page,
  }) => {
    await page.goto('/network/sites');
    const table = page.getByRole('table', { name: 'Sites' });
    await table.getByRole('button', { name: 'Country / City' }).click();
    await expect(page).toHaveURL(/sort=country/);
    await expect(table.getByRole('columnheader', { name: 'Country / City' })).toHaveAttribute(
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
