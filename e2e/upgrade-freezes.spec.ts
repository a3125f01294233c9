import type { Page } from '@playwright/test';
import { captureScreen, consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';

// The mocked backend answers in 300-600 ms and the page loads lazily: slow on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const PATH = '/administration/system-settings';

/*
 * "Now" is Monday 16 November 2026, 12:00 in Tokyo, for the page and its mocked backend alike
 * (the seed dates its freezes from it): the coming year-end freeze is 18 December 2026 - 4 January
 * 2027, and with the saved window (Sunday 01:00 - 03:00) a release now reaches every site on
 * Sunday 22 November, in its own time. A freeze of 21 - 23 November holds all of them back.
 */
const NOW = new Date('2026-11-16T03:00:00Z');

const freezesSection = (page: Page) => page.getByRole('region', { name: 'Upgrade freezes' });
const freezesTable = (page: Page) => page.getByRole('table', { name: 'Upgrade freezes' });
const freezeRow = (page: Page, name: string) =>
  freezesTable(page).getByRole('row', { name: new RegExp(`^${name}`) });
const dialog = (page: Page) => page.getByRole('dialog');

async function fillFreeze(page: Page, values: { name?: string; startDate?: string; endDate?: string }) {
  if (values.name !== undefined) await dialog(page).getByLabel('Name').fill(values.name);
  if (values.startDate !== undefined) await dialog(page).getByLabel('Start date').fill(values.startDate);
  if (values.endDate !== undefined) await dialog(page).getByLabel('End date').fill(values.endDate);
}

async function shoot(page: Page, name: string, target: 'section' | 'dialog') {
  const locator = target === 'section' ? freezesSection(page) : dialog(page);
  await locator.screenshot({ path: `test-results/screens/${name}.png` });
}

test.describe('upgrade freezes', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('an administrator adds a freeze over the next window, sees the rules at their fields, edits and deletes it', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto(PATH);
    // The seed: last year's freeze, over, and the coming one.
    await expect(freezeRow(page, 'Year-end freeze 2026')).toContainText('18 December 2026 – 4 January 2027');
    await expect(freezeRow(page, 'Year-end freeze 2026')).toContainText('18 days');
    await expect(freezeRow(page, 'Year-end freeze 2026')).toContainText('Upcoming');
    await expect(freezeRow(page, 'Year-end freeze 2025')).toContainText('Over');
    // A freeze that is over can only be deleted.
    await expect(freezeRow(page, 'Year-end freeze 2025').getByRole('button', { name: /^Edit/ })).toHaveCount(
      0,
    );
    const releasedNow = page.getByRole('region', { name: /If a Socket version were released now/ });
    await expect(releasedNow.getByRole('table')).toBeVisible();
    await expect(releasedNow.getByText(/wait for the end of/)).toHaveCount(0);
    await expectAccessible();

    await page.getByRole('button', { name: 'Add freeze' }).click();
    await expect(dialog(page).getByRole('heading', { name: 'Add freeze' })).toBeVisible();

    // Overlapping the year-end freeze: said at the start date, naming it; nothing is sent.
    await fillFreeze(page, { name: 'Launch freeze', startDate: '2026-12-20', endDate: '2026-12-22' });
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page).getByLabel('Start date')).toHaveAccessibleDescription(
      'These dates overlap "Year-end freeze 2026" (18 December 2026 – 4 January 2027): freezes cannot overlap.',
    );
    await expect(dialog(page).getByLabel('Name')).toHaveValue('Launch freeze');
    await expectAccessible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `upgrade-freeze-dialog-error-${colorScheme}`, 'dialog');
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Over 60 days: 1 February to 15 April 2027 is 74.
    await fillFreeze(page, { startDate: '2027-02-01', endDate: '2027-04-15' });
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page).getByLabel('End date')).toHaveAccessibleDescription(
      'A freeze lasts at most 60 days; this one lasts 74.',
    );
    await expect(dialog(page).getByLabel('Start date')).toHaveValue('2027-02-01');
    await expectAccessible();

    // Over the next window of every site: the preview says the freeze holds them back.
    await fillFreeze(page, { startDate: '2026-11-21', endDate: '2026-11-23' });
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText('Freeze “Launch freeze” added.')).toBeVisible();
    await expect(freezeRow(page, 'Launch freeze')).toContainText('21 – 23 November 2026');
    await expect(freezeRow(page, 'Launch freeze')).toContainText('3 days');
    await expect(freezeRow(page, 'Launch freeze')).toContainText('Upcoming');
    await expect(releasedNow.getByText(/^\d+ sites wait for the end of the Launch freeze: /)).toBeVisible();
    await expect(releasedNow.getByRole('row', { name: /^Upgrade first/ })).toContainText('Launch freeze');
    await expectAccessible();
    // The notice closed (Escape; it may have gone by itself already), so that it hides nothing of
    // the list in the pictures.
    await page.keyboard.press('Escape');
    await expect(page.getByText('Freeze “Launch freeze” added.')).toBeHidden();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `upgrade-freezes-${colorScheme}`, 'section');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await captureScreen(page, 'maintenance-window-with-freeze', { fullPage: true });

    // Edit: one more day.
    await freezeRow(page, 'Launch freeze').getByRole('button', { name: 'Edit Launch freeze' }).click();
    await expect(dialog(page).getByLabel('End date')).toHaveValue('2026-11-23');
    await fillFreeze(page, { endDate: '2026-11-24' });
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(freezeRow(page, 'Launch freeze')).toContainText('21 – 24 November 2026');
    await expect(freezeRow(page, 'Launch freeze')).toContainText('4 days');
    await expectAccessible();

    // Delete, confirmed: the preview no longer waits for it.
    await freezeRow(page, 'Launch freeze').getByRole('button', { name: 'Delete Launch freeze' }).click();
    await expect(
      dialog(page).getByRole('heading', { name: 'Delete the freeze “Launch freeze”?' }),
    ).toBeVisible();
    await expectAccessible();
    await dialog(page).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Freeze “Launch freeze” deleted.')).toBeVisible();
    await expect(freezeRow(page, 'Launch freeze')).toHaveCount(0);
    await expect(releasedNow.getByText(/wait for the end of/)).toHaveCount(0);
    await expectAccessible();
  });

  test('an edit someone else saved first is shown, and Save then replaces it', async ({
    page,
    allowConsoleErrors,
    expectAccessible,
  }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    await openWithScenarios(page, PATH, ['conflict-next-save']);
    await freezeRow(page, 'Year-end freeze 2026')
      .getByRole('button', { name: 'Edit Year-end freeze 2026' })
      .click();
    await fillFreeze(page, { endDate: '2027-01-05' });
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    const conflict = dialog(page).getByRole('alert');
    await expect(conflict).toContainText(
      'Dana Admin changed this freeze while you were editing it: it is now “Year-end freeze 2026 (checked by Dana Admin)”',
    );
    // What was typed stays.
    await expect(dialog(page).getByLabel('End date')).toHaveValue('2027-01-05');
    await expectAccessible();
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(freezeRow(page, 'Year-end freeze 2026')).toContainText('18 December 2026 – 5 January 2027');
  });

  test('a viewer sees the freezes without a way to change them', async ({ page, expectAccessible }) => {
    await openWithScenarios(page, PATH, ['viewer']);
    await expect(freezeRow(page, 'Year-end freeze 2026')).toContainText('Upcoming');
    await expect(freezesSection(page).getByRole('button')).toHaveCount(0);
    await expect(freezesTable(page).getByRole('columnheader')).toHaveText([
      'Name',
      'Dates',
      'Length',
      'State',
    ]);
    await expectAccessible();
    // On a phone the table scrolls sideways inside its section, not the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await freezesSection(page).scrollIntoViewIfNeeded();
    await shoot(page, 'upgrade-freezes-viewer-390', 'section');
    await expectAccessible();
  });

  test('the screen counts the sites with their own window, and the preview names them', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto(PATH);
    const line = page.getByText(/^1 site has its own window/);
    await expect(line).toHaveText(/^1 site has its own window, which a change here does not move\./);
    await expect(line.getByRole('link', { name: 'See them in the Sites list' })).toHaveAttribute(
      'href',
      '/network/sites?window=own',
    );
    const leftOut = page.getByText(/^Left out of the preview, with their own window:/);
    await expect(leftOut).toHaveText(
      'Left out of the preview, with their own window: Frankfurt Data Center.',
    );
    await expect(leftOut.getByRole('link', { name: 'Frankfurt Data Center' })).toHaveAttribute(
      'href',
      '/network/sites/site-frankfurt/general',
    );
    await expectAccessible();
    // The link opens the Sites list filtered to the sites with their own window.
    await line.getByRole('link', { name: 'See them in the Sites list' }).click();
    await expect(page).toHaveURL(/\/network\/sites\?window=own$/);
    await expect(page.getByRole('row', { name: /Frankfurt Data Center/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Tokyo/ })).toHaveCount(0);
  });
});
