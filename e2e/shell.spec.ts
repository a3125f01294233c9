import { expect, openWithScenarios, test } from './fixtures';

test.describe('the console shell', () => {
  test('every menu item reaches its page, with a title of its own', async ({ page, expectAccessible }) => {
    test.slow(); // four pages, each loaded and scanned
    await page.goto('/');
    // The start page is the upgrade calendar.
    await expect(page).toHaveURL(/\/upgrade-calendar$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade calendar' })).toBeVisible();

    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(menu.getByRole('list', { name: 'Network' })).toBeVisible();
    await expect(menu.getByRole('list', { name: 'Administration' })).toBeVisible();

    const pages = [
      { item: 'Sites', url: /\/network\/sites$/, heading: 'Sites', title: /^Sites · / },
      {
        item: 'System Settings',
        url: /\/administration\/system-settings$/,
        heading: 'System Settings',
        title: /^System Settings · /,
      },
      {
        item: 'Audit Trail',
        url: /\/administration\/audit-trail$/,
        heading: 'Audit Trail',
        title: /^Audit Trail · /,
      },
      {
        item: 'Upgrade calendar',
        url: /\/upgrade-calendar$/,
        heading: 'Upgrade calendar',
        title: /^Upgrade calendar · /,
      },
    ];
    for (const target of pages) {
      await menu.getByRole('link', { name: target.item }).click();
      await expect(page).toHaveURL(target.url);
      await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible();
      await expect(page).toHaveTitle(target.title);
      await expect(menu.getByRole('link', { name: target.item })).toHaveAttribute('aria-current', 'page');
      await expectAccessible();
    }
  });

  test('deep links load directly', async ({ page }) => {
    await page.goto('/administration/system-settings#maintenance-window');
    await expect(page.getByRole('heading', { name: 'Maintenance Window' })).toBeVisible();
    await page.goto('/network/sites/site-tokyo/general');
    await expect(page.getByRole('navigation', { name: 'Location in the console' })).toContainText(
      'Site Configuration',
    );
    await page.goto('/network/sites');
    await expect(page.getByRole('heading', { level: 1, name: 'Sites' })).toBeVisible();
  });

  test('an unknown path shows the not-found page with a way back', async ({ page, expectAccessible }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('/no/such/page')).toBeVisible();
    await expectAccessible();
    await page.getByRole('link', { name: 'Go to the upgrade calendar' }).click();
    await expect(page).toHaveURL(/\/upgrade-calendar$/);
  });

  test('the signed-in user is shown in the top bar, with the viewer role marked', async ({ page }) => {
    await page.goto('/network/sites');
    const topBar = page.getByRole('banner');
    await expect(topBar).toContainText('Alex Morgan');
    await expect(topBar.getByText('Viewer', { exact: true })).toHaveCount(0);
    await openWithScenarios(page, '/network/sites', ['viewer']);
    await expect(topBar.getByText('Viewer', { exact: true })).toBeVisible();
    await expect(topBar.getByRole('button', { name: 'Demo: Viewer role (read-only)' })).toBeVisible();
  });

  test('"Reset demo data" brings back the seeded account', async ({ page, expectAccessible }) => {
    await page.goto('/administration/system-settings');
    const day = page.getByRole('combobox', { name: 'Day of the week' });
    await expect(day).toHaveText('Sunday');
    await day.click();
    await page.getByRole('option', { name: 'Monday' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();

    await page.getByRole('button', { name: 'Demo data' }).click();
    await expectAccessible();
    await page.getByRole('menuitem', { name: /Reset demo data/ }).click();
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(day).toHaveText('Sunday');
    await page.reload();
    await expect(day).toHaveText('Sunday');
  });

  test('the color scheme follows the system and can be switched', async ({ page, expectAccessible }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/network/sites');
    const html = page.locator('html');
    await expect(html).toHaveClass(/dark/);
    await page.getByRole('button', { name: /Color scheme: follows the system/ }).click();
    await expect(html).toHaveClass(/light/);
    await expectAccessible();
    await page.getByRole('button', { name: /Color scheme: light/ }).click();
    await expect(html).toHaveClass(/dark/);
    await expectAccessible();
    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('button', { name: /Color scheme: dark/ })).toBeVisible();
  });

  test('on a narrow screen the menu opens from a button', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto('/network/sites');
    await page.getByRole('button', { name: 'Open the main menu' }).click();
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'System Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'System Settings' })).toBeVisible();
  });
});
