import type { Locator, Page } from '@playwright/test';
import { captureScreen, expect as baseExpect, openWithScenarios, test } from './fixtures';

// Pages load lazily and the shared test machine is often busy: a first render can pass 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

// The vendor article's example release: the month view then shows the notice cut-off.
const CALENDAR = '/upgrade-calendar?released=2023-03-03T09:00:00Z';
const TOKYO_GENERAL = '/network/sites/site-tokyo/general';

const timeZoneField = (page: Page) => page.getByRole('combobox', { name: 'Time Zone', exact: true });

/** Whether an element runs any transition that takes time, as the browser computes it. */
function isTransitioning(element: Locator): Promise<boolean> {
  return element.evaluate((node) =>
    getComputedStyle(node)
      .transitionDuration.split(/,\s*/)
      .some((duration) => duration !== '0s'),
  );
}

test.describe('reduced motion', () => {
  test('the browser tests ask for reduced motion', async ({ page }) => {
    await page.goto('/network/sites');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  });

  test('menus and dialogs appear without a transition for people who ask for reduced motion', async ({
    page,
  }) => {
    await page.goto('/administration/system-settings');
    const timeSlot = page.getByRole('combobox', { name: 'Time slot' });
    await timeSlot.click();
    const menuPaper = page.locator('.MuiMenu-paper');
    await expect(page.getByRole('option', { name: /^23:00 – 01:00/ })).toBeVisible();
    expect(await isTransitioning(menuPaper)).toBe(false);
    await page.getByRole('option', { name: /^23:00 – 01:00/ }).click();
    await expect(timeSlot).toHaveText(/^23:00 – 01:00/);

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    expect(await isTransitioning(page.locator('.MuiDialog-container'))).toBe(false);
    expect(await isTransitioning(page.locator('.MuiDialog-root .MuiBackdrop-root'))).toBe(false);
    // No ripple grows under the pointer either.
    await dialog.getByRole('button', { name: 'Stay on this page' }).hover();
    await page.mouse.down();
    await expect(dialog.locator('.MuiTouchRipple-child')).toHaveCount(0);
    await page.mouse.up();
  });

  test('people who do not ask for reduced motion still see the transitions', async ({
    page,
    expectAccessible,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/administration/system-settings');
    // Fades run 20 times slower, as on a starved machine: a scan must wait for them to end.
    const devTools = await page.context().newCDPSession(page);
    await devTools.send('Animation.enable');
    await devTools.send('Animation.setPlaybackRate', { playbackRate: 0.05 });
    const timeSlot = page.getByRole('combobox', { name: 'Time slot' });
    await timeSlot.click();
    await expect(page.getByRole('option', { name: /^23:00 – 01:00/ })).toBeVisible();
    expect(await isTransitioning(page.locator('.MuiMenu-paper'))).toBe(true);
    // Half-faded menu items fail contrast: the scan waits until the menu has faded in.
    await expectAccessible();
  });
});

test.describe('loading states', () => {
  // Answers held back long enough to scan the placeholders before the data arrives.
  const slow = 'latency=20000';

  test('each placeholder says what is loading, and is accessible', async ({ page, expectAccessible }) => {
    for (const [path, status] of [
      [`/administration/system-settings?${slow}`, 'Loading the maintenance window'],
      [`${TOKYO_GENERAL}?${slow}`, 'Loading the site'],
      [`/network/sites?${slow}`, 'Loading the sites'],
      [`${CALENDAR}&${slow}`, 'Loading the sites and the maintenance window'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('status').filter({ hasText: status })).toBeAttached();
      await expectAccessible({ loading: true });
    }
  });
});

test.describe('the Time Zone picker', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`its open, grouped list is accessible (${colorScheme})`, async ({ page, expectAccessible }) => {
      test.slow(); // axe checks the contrast of every line of ~420 zones
      await page.emulateMedia({ colorScheme });
      await page.goto(TOKYO_GENERAL);
      await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
      await timeZoneField(page).click();
      const listbox = page.getByRole('listbox', { name: 'Time Zone' });
      const japan = listbox.getByRole('group', { name: 'Time zones of Japan' });
      await expect(japan.getByRole('option', { name: /^Asia\/Tokyo/ })).toBeVisible();
      await expect(listbox.getByRole('group', { name: 'Other time zones' })).toBeAttached();
      await captureScreen(page, `time-zone-picker-open-${colorScheme}`);
      await expectAccessible();
    });
  }

  test('Escape closes the list and puts back the chosen zone', async ({ page }) => {
    await page.goto(TOKYO_GENERAL);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    await timeZoneField(page).fill('Kathm');
    await expect(page.getByRole('option', { name: /^Asia\/Kathmandu/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    await expect(timeZoneField(page)).toBeFocused();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  });
});

test.describe('dark mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
  });

  test('every view of the upgrade calendar is accessible', async ({ page, expectAccessible }) => {
    await page.goto(CALENDAR);
    await expect(page.getByRole('list', { name: /^Upgrade windows by time zone, week of/ })).toBeVisible({
      timeout: 45_000,
    });
    await expectAccessible();

    await page.getByRole('tab', { name: 'Month' }).click();
    await expect(page.getByText(/^Notice cut-off \d\d:\d\d$/)).toBeVisible();
    await captureScreen(page, 'upgrade-calendar-month-dark', { fullPage: true });
    await expectAccessible();

    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('table', { name: 'Upgrade window of each site' })).toBeVisible();
    await expectAccessible();

    await page.getByRole('tab', { name: 'Concurrency' }).click();
    await expect(
      page.getByRole('heading', { name: /^Peak: \d+ sites in their upgrade window at once/ }),
    ).toBeVisible();
    await expectAccessible();
  });

  test('the other screens are accessible', async ({ page, expectAccessible }) => {
    await page.goto('/network/sites');
    await expect(
      page.getByRole('table', { name: 'Sites' }).getByRole('link', { name: 'London HQ' }),
    ).toBeVisible();
    await expectAccessible();

    await page.goto('/administration/system-settings');
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Sunday');
    await expectAccessible();

    await page.goto(TOKYO_GENERAL);
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    // A required field left empty: its error text must be readable too.
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/name/i);
    await expectAccessible();

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectAccessible();
  });

  test('a viewer’s read-only screens are accessible', async ({ page, expectAccessible }) => {
    await openWithScenarios(page, TOKYO_GENERAL, ['viewer']);
    await expect(page.getByText('You have read-only access')).toBeVisible();
    await expectAccessible();
  });
});
