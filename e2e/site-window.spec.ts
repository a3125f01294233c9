import type { Locator, Page } from '@playwright/test';
import { captureScreen, expect as baseExpect, openWithScenarios, test } from './fixtures';

// Pages load lazily and the shared test machine is often busy: a first render can pass 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const saveButton = (scope: Page | Locator) => scope.getByRole('button', { name: 'Save', exact: true });
const ownWindow = (page: Page) => page.getByRole('radio', { name: "This site's own window" });
const accountsWindow = (page: Page) =>
  page.getByRole('radio', { name: "Use the account's window (Sunday 01:00 – 03:00)" });

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

test.describe("A site's own upgrade window", () => {
  test('give Tokyo its own window in General, see it in the list, then send it back from the list', async ({
    page,
    expectAccessible,
  }) => {
    test.slow(); // two pages, a reload, a bulk save and five accessibility scans
    await page.goto('/network/sites/site-tokyo/general');
    await expect(page.getByRole('heading', { level: 1, name: 'Tokyo Office' })).toBeVisible();
    await expect(accountsWindow(page)).toBeChecked();
    const preview = page.getByRole('status').filter({ hasText: "This site's Sockets upgrade on" });
    await expect(preview).toContainText(/upgrade on Sunday .*01:00 – 03:00 \(JST\)/);

    await ownWindow(page).check();
    await choose(page, 'Day of the week', 'Tuesday');
    await choose(page, 'Time slot', '02:00 – 04:00');
    // Before saving, the next upgrade already follows the choice.
    await expect(preview).toContainText(/upgrade on Tuesday .*02:00 – 04:00 \(JST\)/);
    await expect(preview).toContainText("with this site's own window");
    await expectAccessible();

    await saveButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'Site saved.' })).toBeVisible();
    await expect(saveButton(page)).toBeDisabled();

    await page.reload();
    await expect(ownWindow(page)).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Tuesday');
    await expect(page.getByRole('combobox', { name: 'Time slot' })).toHaveText('02:00 – 04:00');
    await expect(preview).toContainText(/upgrade on Tuesday .*02:00 – 04:00 \(JST\)/);
    await expectAccessible();

    await page
      .getByRole('navigation', { name: 'Location in the console' })
      .getByRole('link', { name: 'Sites' })
      .click();
    await page.getByRole('searchbox', { name: 'Search sites' }).fill('Tokyo Office');
    const table = page.getByRole('table', { name: 'Sites' });
    await expect(table.getByRole('row')).toHaveCount(2); // the header and Tokyo
    const tokyoRow = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(tokyoRow).toContainText('Own: Tue 02:00 – 04:00');
    // Its next upgrade is on a Tuesday, in Tokyo time.
    await expect(tokyoRow).toContainText(/Tue \d+ \w+, 02:00 – 04:00 \(JST\)/);
    await expectAccessible();

    await tokyoRow.getByRole('checkbox', { name: 'Select Tokyo Office' }).check();
    const selected = page.getByRole('region', { name: 'Selected sites' });
    await expect(selected).toContainText('1 site selected');
    await selected.getByRole('button', { name: 'Set upgrade window…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set upgrade window for 1 site' });
    await dialog.getByRole('radio', { name: "Follow the account's window (Sunday 01:00 – 03:00)" }).check();
    await expectAccessible();
    await saveButton(dialog).click();

    await expect(dialog.getByRole('status')).toHaveText('1 site saved');
    const results = dialog.getByRole('list', { name: 'Result for each site' });
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results.getByRole('listitem')).toHaveText('Tokyo OfficeSaved.');
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(selected).toBeHidden();
    await expect(tokyoRow).not.toContainText('Own:');
    await expect(tokyoRow).toContainText(/Sun \d+ \w+, 01:00 – 03:00 \(JST\)/);
  });

  test('a viewer sees the window read-only, and no bulk action in the list', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, '/network/sites/site-frankfurt/general', ['viewer']);
    await expect(page.getByRole('heading', { level: 1, name: 'Frankfurt Data Center' })).toBeVisible();
    await expect(ownWindow(page)).toBeChecked();
    await expect(ownWindow(page)).toBeDisabled();
    await expect(page.getByRole('radio', { name: /^Use the account's window/ })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Tuesday');
    await expect(page.getByRole('combobox', { name: 'Time slot' })).toHaveText('02:00 – 04:00');
    await expect(saveButton(page)).toHaveCount(0);
    await expectAccessible();

    await page
      .getByRole('navigation', { name: 'Location in the console' })
      .getByRole('link', { name: 'Sites' })
      .click();
    const table = page.getByRole('table', { name: 'Sites' });
    await expect(table.getByRole('row', { name: /Frankfurt Data Center/ })).toContainText(
      'Own: Tue 02:00 – 04:00',
    );
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Set upgrade window…' })).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screens for people to look at (${colorScheme})`, async ({ page, expectAccessible }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/network/sites/site-frankfurt/general');
      await expect(ownWindow(page)).toBeChecked();
      await expectAccessible();
      await captureScreen(page, `site-window-${colorScheme}`, { fullPage: true });

      // Someone else saves the first ticked site just before the bulk save: the report shows both kinds.
      await openWithScenarios(page, '/network/sites', ['conflict-next-save']);
      const table = page.getByRole('table', { name: 'Sites' });
      for (const name of ['Tokyo Office', 'London HQ', 'Kolkata Office']) {
        await table.getByRole('checkbox', { name: `Select ${name}` }).check();
      }
      await page.getByRole('button', { name: 'Set upgrade window…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Set upgrade window for 3 sites' });
      await choose(page, 'Day of the week', 'Wednesday');
      await choose(page, 'Time slot', '03:00 – 05:00');
      await expectAccessible();
      await captureScreen(page, `sites-bulk-window-${colorScheme}`);
      await saveButton(dialog).click();
      await expect(dialog.getByRole('status')).toHaveText(
        '2 sites saved · 1 site changed by someone else first',
      );
      await expectAccessible();
      await captureScreen(page, `sites-bulk-window-results-${colorScheme}`);
    });
  }
});
