import type { Page } from '@playwright/test';
import { captureScreen, consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';
import { ANY_DAY_WITH_YEAR, testedLocale } from './locale-dates';

// The mocked backend answers in 300-600 ms and the page loads lazily: on a busy CI machine the
// first answer can take far longer than the default 5 s (we measured 20 s under a load of 20).
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const PATH = '/administration/system-settings';

const dayField = (page: Page) => page.getByRole('combobox', { name: 'Day of the week' });
const timeSlotField = (page: Page) => page.getByRole('combobox', { name: 'Time slot' });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

async function choose(page: Page, field: ReturnType<typeof dayField>, option: RegExp) {
  await field.click();
  await page.getByRole('listbox').getByRole('option', { name: option }).click();
  await expect(field).toHaveText(option);
}

async function chooseSaturdayLateNight(page: Page) {
  await choose(page, dayField(page), /^Saturday$/);
  await choose(page, timeSlotField(page), /^23:00 – 01:00/);
}

test.describe('the maintenance window', () => {
  test('@locales saves Saturday 23:00 – 01:00, and it is still there after a reload', async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const locale = testedLocale(testInfo);
    // Screens of other locales beside the British ones, not over them.
    const screen = (name: string) => (locale === 'en-GB' ? name : `${name}-${locale}`);
    await page.goto(`${PATH}#maintenance-window`);
    await expect(dayField(page)).toHaveText('Sunday');
    await expect(timeSlotField(page)).toHaveText('01:00 – 03:00');
    await expect(saveButton(page)).toBeDisabled();
    await expect(page.getByRole('table', { name: /If a Socket version were released now/ })).toBeVisible();
    await expectAccessible();

    await chooseSaturdayLateNight(page);
    await expect(page.getByText('Ends on Sunday, site local time.')).toBeVisible();
    await expect(saveButton(page)).toBeEnabled();
    await captureScreen(page, screen('maintenance-window-changed'), { fullPage: true });
    await saveButton(page).click();
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();
    await expect(saveButton(page)).toBeDisabled();
    // "at 17:34 (JST) on Sunday 12 March 2023": the day as the browser's locale writes it.
    const lastChanged = page.getByText(/^Last changed by Alex Morgan at \d\d:\d\d \([^)]+\) on /);
    await expect(lastChanged).toBeVisible();
    await expect(lastChanged).toContainText(ANY_DAY_WITH_YEAR[locale]);
    await expectAccessible();
    await captureScreen(page, screen('maintenance-window-saved'), { fullPage: true });

    await page.reload();
    await expect(dayField(page)).toHaveText('Saturday');
    await expect(timeSlotField(page)).toHaveText(/^23:00 – 01:00/);
    await expect(saveButton(page)).toBeDisabled();
  });

  test('can be changed and saved with the keyboard alone', async ({ page }) => {
    await page.goto(PATH);
    await expect(dayField(page)).toHaveText('Sunday');
    await dayField(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('option', { name: 'Sunday' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(dayField(page)).toHaveText('Saturday');
    await expect(dayField(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(timeSlotField(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(saveButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();
    await expect(dayField(page)).toHaveText('Saturday');
  });

  test('when someone else saved first, shows both windows and replaces theirs only after confirming', async ({
    page,
    expectAccessible,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    await openWithScenarios(page, PATH, ['conflict-next-save']);
    await chooseSaturdayLateNight(page);
    await saveButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else saved first' });
    await expect(dialog.getByRole('region', { name: 'Theirs (saved)' })).toContainText(
      'Sunday, 02:00 – 04:00',
    );
    await expect(dialog.getByRole('region', { name: 'Yours (not saved)' })).toContainText(
      'Saturday, 23:00 – 01:00 (ends Sunday)',
    );
    await captureScreen(page, 'maintenance-window-conflict');
    await expectAccessible();

    await dialog.getByRole('button', { name: 'Replace with mine…' }).click();
    await expect(page.getByRole('dialog', { name: 'Replace their change with yours?' })).toBeVisible();
    await expectAccessible();
    await page.getByRole('button', { name: 'Replace theirs with mine' }).click();
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();
    await page.reload();
    await expect(dayField(page)).toHaveText('Saturday');
    await expect(timeSlotField(page)).toHaveText(/^23:00 – 01:00/);
  });

  test('when someone else saved first, keeping theirs shows their window', async ({
    page,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(consoleErrorsOf.conflict);
    await openWithScenarios(page, PATH, ['conflict-next-save']);
    await chooseSaturdayLateNight(page);
    await saveButton(page).click();
    await page
      .getByRole('dialog', { name: 'Someone else saved first' })
      .getByRole('button', { name: 'Keep theirs' })
      .click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(dayField(page)).toHaveText('Sunday');
    await expect(timeSlotField(page)).toHaveText('02:00 – 04:00');
    await expect(saveButton(page)).toBeDisabled();
  });

  for (const [scenario, reason, consoleError] of [
    ['fail-next-save', /The server had a problem/, consoleErrorsOf.serverError],
    ['offline-next-save', /The server could not be reached/, consoleErrorsOf.offline],
  ] as const) {
    test(`after ${scenario}, says why, keeps the choice and saves on Retry`, async ({
      page,
      expectAccessible,
      allowConsoleErrors,
    }) => {
      allowConsoleErrors(consoleError);
      await openWithScenarios(page, PATH, [scenario]);
      await chooseSaturdayLateNight(page);
      await saveButton(page).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
      await expect(alert).toContainText(reason);
      await expect(dayField(page)).toHaveText('Saturday');
      await expectAccessible();
      await captureScreen(page, `maintenance-window-${scenario}`, { fullPage: true });
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText('Maintenance window saved.')).toBeVisible();
      await expect(alert).toBeHidden();
    });
  }

  test('a viewer sees the window read-only, with the reason', async ({ page, expectAccessible }) => {
    await openWithScenarios(page, PATH, ['viewer']);
    await expect(dayField(page)).toHaveText('Sunday');
    await expect(page.getByText(/You have read-only access/)).toBeVisible();
    await expect(saveButton(page)).toHaveCount(0);
    await dayField(page).click();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expectAccessible();
    await captureScreen(page, 'maintenance-window-viewer', { fullPage: true });
  });

  test('asks before leaving with unsaved changes', async ({ page }) => {
    await page.goto(PATH);
    await chooseSaturdayLateNight(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sites' }).click();
    await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
    await page.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(dayField(page)).toHaveText('Saturday');
  });

  test('@zones the preview gives each upgrade in the site’s time and in the viewer’s own time', async ({
    page,
  }) => {
    await page.goto(PATH);
    const viewerZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const preview = page.getByRole('table', { name: /If a Socket version were released now/ });
    // Which zone is first depends on the hour (the 48-hour notice may defer Kiritimati a week).
    const first = preview.getByRole('row', { name: /^Upgrade first/ }).getByRole('cell');
    await expect(first).toContainText(/Pacific\/|Asia\/|Australia\//);
    await expect(first).toContainText(/Saturday|Sunday/);
    await expect(first).toContainText(
      viewerZone === 'Asia/Tokyo' ? /Your time: .*\(JST\)/ : /Your time: .*\((EST|EDT)\)/,
    );
  });

  test('compares the change with the saved window before Save, for a release now and the next one', async ({
    page,
    expectAccessible,
  }) => {
    // Monday 16 November 2026, 12:00 in Tokyo: two days before the seeded release 26.3.22512.
    await page.clock.setFixedTime(new Date('2026-11-16T03:00:00Z'));
    await page.goto(PATH);
    const now = page.getByRole('region', { name: /If a Socket version were released now/ });
    const next = page.getByRole('region', { name: /After the next known release, 26\.3\.22512/ });
    const peak = (release: typeof now) => release.getByRole('row', { name: /^Most sites upgrading at once/ });
    await expect(peak(now).getByRole('cell')).toHaveCount(1);
    const savedPeak = await peak(now).getByRole('cell').first().textContent();
    expect(savedPeak).toMatch(/^\d+ sitesSunday 22 November, \d\d:\d\d – \d\d:\d\d \(JST\)$/);

    // Saturday 01:00 – 03:00: every site a day earlier, after either release.
    await choose(page, dayField(page), /^Saturday$/);
    await expect(now.getByText(/^\d+ sites earlier, by 1 day\.$/)).toBeVisible();
    await expect(next.getByText(/^\d+ sites earlier, by 1 day\.$/)).toBeVisible();
    await expect(peak(now).getByRole('cell')).toHaveText([
      savedPeak ?? '',
      /^\d+ sitesSaturday 21 November, \d\d:\d\d – \d\d:\d\d \(JST\)$/,
    ]);

    // Saturday 23:00 – 01:00: two hours before the saved window, wherever the site is.
    await choose(page, timeSlotField(page), /^23:00 – 01:00/);
    await expect(now.getByText(/^\d+ sites earlier, by 2 h\.$/)).toBeVisible();
    await expect(next.getByText(/^\d+ sites earlier, by 2 h\.$/)).toBeVisible();
    await expect(peak(now).getByRole('cell')).toHaveText([
      savedPeak ?? '',
      /^\d+ sitesSunday 22 November, \d\d:\d\d – \d\d:\d\d \(JST\)$/,
    ]);
    await expect(now.getByRole('columnheader')).toHaveText([
      /^Saved windowSunday, 01:00 – 03:00$/,
      /^Your changeSaturday, 23:00 – 01:00 \(ends Sunday\)$/,
    ]);
    await expect(page.getByRole('region', { name: 'Clock changes in the next 8 weeks' })).toContainText(
      'Your change',
    );
    await expectAccessible();
    await captureScreen(page, 'maintenance-window-comparison', { fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectAccessible();
    await captureScreen(page, 'maintenance-window-comparison-dark', { fullPage: true });

    // Saved, the change becomes the saved window: one column again, and no sentence.
    await saveButton(page).click();
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();
    await expect(now.getByRole('columnheader')).toHaveText([/^Saved windowSaturday, 23:00 – 01:00/]);
    await expect(now.getByText(/sites earlier/)).toHaveCount(0);
  });

  test('shows a skeleton while loading, and stays responsive with 5,000 sites', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, `${PATH}?latency=1500`, ['large']);
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the maintenance window' }),
    ).toBeAttached();
    await captureScreen(page, 'maintenance-window-loading', { fullPage: true });
    await expect(dayField(page)).toHaveText('Sunday');
    await expect(page.getByRole('table', { name: /If a Socket version were released now/ })).toBeVisible();
    await chooseSaturdayLateNight(page);
    await expect(page.getByRole('table', { name: /If a Socket version were released now/ })).toContainText(
      'Saturday',
    );
    await expectAccessible();
    await captureScreen(page, 'maintenance-window-large', { fullPage: true });
  });
});
