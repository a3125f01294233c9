import type { Page } from '@playwright/test';
import { captureScreen, consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';

/*
 * A save is sent once, a conflict loses nothing, and a keyboard user keeps their place: the
 * promises both forms (Maintenance Window, Site General) share, checked in a real browser
 * against the mocked backend with its realistic delay.
 */

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

const SETTINGS = '/administration/system-settings';
const TOKYO = '/network/sites/site-tokyo/general';

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const siteForm = (page: Page) => page.getByRole('form', { name: 'General' });
const windowForm = (page: Page) => page.getByRole('form', { name: 'Maintenance Window' });
const dayField = (page: Page) => page.getByRole('combobox', { name: 'Day of the week' });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const siteSaved = (page: Page) => page.getByRole('status').filter({ hasText: 'Site saved.' });
const windowSaved = (page: Page) => page.getByRole('status').filter({ hasText: 'Maintenance window saved.' });

/** Counts the PUTs the page sends from now on. */
function countPuts(page: Page): { readonly count: number } {
  const puts = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.count += 1;
  });
  return puts;
}

async function chooseSaturday(page: Page) {
  await dayField(page).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Saturday' }).click();
  await expect(dayField(page)).toHaveText('Saturday');
}

test.describe('a save is sent once', () => {
  // A second of latency on top of the usual 300-600 ms: the first PUT is surely still on its way
  // when the second click or Enter arrives.
  test('a double-click on Save sends one PUT for the maintenance window', async ({ page }) => {
    await page.goto(`${SETTINGS}?latency=1000`);
    await chooseSaturday(page);
    const puts = countPuts(page);
    await saveButton(page).dblclick();
    await expect(windowSaved(page)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(puts.count).toBe(1);
  });

  test('a double-click on Save sends one PUT for a site', async ({ page }) => {
    await page.goto(`${TOKYO}?latency=1000`);
    await textbox(page, 'City').fill('Osaka');
    const puts = countPuts(page);
    await saveButton(page).dblclick();
    await expect(siteSaved(page)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(puts.count).toBe(1);
  });

  test('Enter pressed twice in a field sends one PUT', async ({ page }) => {
    await page.goto(`${TOKYO}?latency=1000`);
    await textbox(page, 'City').fill('Osaka');
    const puts = countPuts(page);
    await textbox(page, 'City').press('Enter');
    await textbox(page, 'City').press('Enter');
    await expect(siteSaved(page)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(puts.count).toBe(1);
  });
});

test.describe('after a keyboard save, focus stays on the form', () => {
  test('the maintenance window', async ({ page }) => {
    await page.goto(SETTINGS);
    await chooseSaturday(page);
    await saveButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(windowSaved(page)).toBeVisible();
    await expect(saveButton(page)).toBeDisabled();
    await expect(windowForm(page)).toBeFocused();
    await captureScreen(page, 'maintenance-window-keyboard-saved');
    // Tab goes on from the form, not from the top of the page.
    await page.keyboard.press('Tab');
    await expect(dayField(page)).toBeFocused();
  });

  test('a site', async ({ page }) => {
    await page.goto(TOKYO);
    await textbox(page, 'City').fill('Osaka');
    await saveButton(page).focus();
    await page.keyboard.press('Space');
    await expect(siteSaved(page)).toBeVisible();
    await expect(saveButton(page)).toBeDisabled();
    await expect(siteForm(page)).toBeFocused();
  });
});

test.describe('a conflict loses nothing', () => {
  test('replacing theirs keeps what only they changed and shows every field that differs', async ({
    page,
    expectAccessible,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    // Dana Admin changes the description just before this save; this admin changed the address.
    await openWithScenarios(page, TOKYO, ['conflict-next-save']);
    await textbox(page, 'Address').fill('1-1 Nihonbashi, Chuo-ku');
    await saveButton(page).click();

    const dialog = page.getByRole('dialog', { name: 'Someone else saved first' });
    const theirs = dialog.getByRole('region', { name: 'Theirs (saved)' });
    const yours = dialog.getByRole('region', { name: 'Yours (not saved)' });
    await expect(theirs).toContainText('Circuit details checked by Dana Admin');
    await expect(theirs).toContainText('2-7-2 Marunouchi, Chiyoda-ku');
    await expect(yours).toContainText('1-1 Nihonbashi, Chuo-ku');
    await expect(yours).toContainText('Sales and support for Japan.');
    await expect(dialog).toContainText('Their Description is kept; your Address replaces theirs.');
    await expectAccessible();
    await captureScreen(page, 'site-conflict-merge');

    await dialog.getByRole('button', { name: 'Replace with mine…' }).click();
    await page.getByRole('button', { name: 'Replace theirs with mine' }).click();
    await expect(siteSaved(page)).toBeVisible();
    await expect(textbox(page, 'Description')).toHaveValue(/Circuit details checked by Dana Admin/);
    await expect(textbox(page, 'Address')).toHaveValue('1-1 Nihonbashi, Chuo-ku');

    await page.reload();
    await expect(textbox(page, 'Description')).toHaveValue(/Circuit details checked by Dana Admin/);
    await expect(textbox(page, 'Address')).toHaveValue('1-1 Nihonbashi, Chuo-ku');
  });
});

test.describe('site names', () => {
  test('a 100-character name without spaces is saved and wraps in the page header', async ({ page }) => {
    const longName = `Tokyo${'W'.repeat(95)}`;
    await page.goto(TOKYO);
    await textbox(page, 'Name').fill(longName);
    await saveButton(page).click();
    await expect(siteSaved(page)).toBeVisible();
    const heading = page.getByRole('heading', { level: 1, name: longName });
    await expect(heading).toBeVisible();
    const overflow = await heading.evaluate((element) => ({
      heading: element.scrollWidth - element.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(overflow).toEqual({ heading: 0, page: 0 });
    await captureScreen(page, 'site-long-name');
  });

  test('a name is counted as people see it: 100 flags fit, 101 do not', async ({ page }) => {
    await page.goto(TOKYO);
    const name = textbox(page, 'Name');
    await name.fill('🇯🇵'.repeat(101));
    await saveButton(page).click();
    await expect(name).toHaveAccessibleDescription('The name has at most 100 characters; this one has 101.');
    await expect(name).toHaveValue('🇯🇵'.repeat(101));
    await name.fill('🇯🇵'.repeat(100));
    await saveButton(page).click();
    await expect(siteSaved(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('🇯🇵'.repeat(100));
  });

  for (const [what, typed, message] of [
    ['a bidi override', 'Tokyo \u202EeciffO', 'The name cannot contain'],
    ['a control character', 'Tokyo\u0007Office', 'The name cannot contain'],
    ['only invisible characters', '\u200B\u2060\u200B', 'Enter a name that can be seen'],
  ] as const) {
    test(`a name with ${what} is refused at the field and kept as typed`, async ({ page }) => {
      const puts = countPuts(page);
      await page.goto(TOKYO);
      const name = textbox(page, 'Name');
      await name.fill(typed);
      await saveButton(page).click();
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expect(name).toHaveAccessibleDescription(new RegExp(`^${message}`));
      await expect(name).toHaveValue(typed);
      expect(puts.count).toBe(0);
    });
  }
});
