import type { Page } from '@playwright/test';
import { captureScreen, consoleErrorsOf, expect as baseExpect, openWithScenarios, test } from './fixtures';

// The mocked backend answers in 300-600 ms and pages load lazily: be patient on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const SETTINGS = '/administration/system-settings';
const DATABASE_KEY = 'socket-upgrade-console.mock-database.v2';
const UNREADABLE_KEY = 'socket-upgrade-console.mock-database.unreadable';

const dayField = (page: Page) => page.getByRole('combobox', { name: 'Day of the week' });
const timeSlotField = (page: Page) => page.getByRole('combobox', { name: 'Time slot' });

async function choose(page: Page, field: ReturnType<typeof dayField>, option: RegExp) {
  await field.click();
  await page.getByRole('listbox').getByRole('option', { name: option }).click();
  await expect(field).toHaveText(option);
}

test.describe('the demo build says it is one', () => {
  test('the top bar says the data is a demo, not a real backend', async ({ page, expectAccessible }) => {
    await page.goto('/network/sites');
    const topBar = page.getByRole('banner');
    await expect(topBar.getByText('Demo data – not connected to a real backend')).toBeVisible();
    await expect(topBar.getByRole('button', { name: 'Demo data' })).toBeVisible();
    await expectAccessible();
    await captureScreen(page, 'demo-top-bar');
    // As readable in the dark scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectAccessible();
  });

  test('a viewer is not offered "Reset demo data"', async ({ page }) => {
    await openWithScenarios(page, '/network/sites', ['viewer']);
    await expect(page.getByRole('banner').getByText('Viewer', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Demo: Viewer role (read-only)' }).click();
    await expect(page.getByRole('menuitem', { name: 'Normal account' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /Reset demo data/ })).toHaveCount(0);
  });
});

test.describe('the mocked backend never loses an update', () => {
  test('a stale tab’s save meets a conflict instead of overwriting the other tab’s', async ({
    page: tabA,
    context,
    allowConsoleErrors,
  }) => {
    const tabB = await context.newPage();
    const conflicts: string[] = [];
    tabB.on('console', (message) => {
      if (message.type() === 'error') conflicts.push(message.text());
    });
    allowConsoleErrors(consoleErrorsOf.conflict);
    for (const tab of [tabA, tabB]) {
      await tab.goto(SETTINGS);
      await expect(dayField(tab)).toHaveText('Sunday');
    }

    // Tab B starts an edit on version 2...
    await tabB.bringToFront();
    await choose(tabB, timeSlotField(tabB), /^10:00 – 12:00/);
    // ...while tab A saves Monday (version 3).
    await tabA.bringToFront();
    await choose(tabA, dayField(tabA), /^Monday$/);
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(tabA.getByText('Maintenance window saved.')).toBeVisible();

    // Tab B's save is refused with A's window, as it would be for any stale client.
    await tabB.bringToFront();
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = tabB.getByRole('dialog', { name: 'Someone else saved first' });
    await expect(dialog.getByRole('region', { name: 'Theirs (saved)' })).toContainText('Monday');
    expect(conflicts.every((text) => consoleErrorsOf.conflict.test(text))).toBe(true);

    // A's save is still there.
    await tabA.reload();
    await expect(dayField(tabA)).toHaveText('Monday');
  });

  test('saved data that cannot be read is reported and kept, and an administrator can reset', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto(SETTINGS);
    await expect(dayField(page)).toHaveText('Sunday');
    const unreadable = '{"maintenanceWindow":{"day":"FUNDAY"}}';
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DATABASE_KEY, unreadable]);
    await page.reload();

    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText('The demo data saved in this browser could not be read');
    await expect(notice).toContainText(UNREADABLE_KEY);
    await expect(dayField(page)).toHaveText('Sunday');
    const kept = await page.evaluate((key) => localStorage.getItem(key), UNREADABLE_KEY);
    expect(JSON.parse(kept ?? '{}')).toMatchObject({ text: unreadable });
    await expectAccessible();

    await notice.getByRole('button', { name: 'Reset demo data' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(dayField(page)).toHaveText('Sunday');
    await expect(page.getByText('could not be read')).toHaveCount(0);
  });
});

test.describe('links and addresses', () => {
  test('on an address like //evil.example/phish the demo menu’s links stay in the console', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    await page.goto(`${origin}//evil.example/phish`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('button', { name: 'Demo data' }).click();
    const links = page.getByRole('menuitem');
    await expect(links.first()).toBeVisible();
    for (const link of await links.all()) {
      const href = await link.getAttribute('href');
      if (href === null) continue; // "Reset demo data" is an action, not a link.
      expect(new URL(href, page.url()).origin, `"${await link.textContent()}" leads to ${href}`).toBe(origin);
    }
    await page.getByRole('menuitem', { name: 'Viewer role (read-only)' }).click();
    await expect(page.getByRole('banner').getByText('Viewer', { exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
  });

  test('a page number past the end of the sites says so and leads back', async ({ page }) => {
    await page.goto('/network/sites?page=99999');
    const sites = page.getByRole('table', { name: 'Sites' });
    await expect(sites).toContainText('There is no page 99,999: 31 sites fit on 1 page.');
    await expect(sites).not.toContainText('This account has no sites yet');
    await expect(page.getByText('0 of 31')).toBeVisible();
    await page.getByRole('button', { name: 'Go to the last page' }).click();
    await expect(sites.getByRole('link', { name: 'Tokyo' })).toBeVisible();
    await expect(page).toHaveURL(/\/network\/sites$/);
  });

  test('a very long search is cut to the limit with a clear message, not refused', async ({ page }) => {
    await page.goto(`/network/sites?search=${'tokyo'.repeat(60)}`);
    const search = page.getByRole('searchbox', { name: 'Search sites' });
    await expect(page.getByText('A search has at most 200 characters; the rest is left out.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sites' })).toContainText(
      'No site matches this search or filter.',
    );

    await search.fill('');
    await search.fill('x'.repeat(300));
    await expect(search).toHaveValue('x'.repeat(200));
    await expect(page.getByText('A search has at most 200 characters; the rest is left out.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Sites' })).toContainText(
      'No site matches this search or filter.',
    );
    await expect(page.getByText('The sites could not be loaded')).toHaveCount(0);
  });
});

test.describe('offline', () => {
  test('a page opened offline says "offline", not "new version", and opens once back online', async ({
    page,
    context,
    allowConsoleErrors,
  }) => {
    // The page's code (and the answers) cannot be fetched while offline.
    allowConsoleErrors(consoleErrorsOf.offline);
    await page.goto('/upgrade-calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade calendar' })).toBeVisible();

    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sites' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
    await expect(page.getByText('A newer version of the console is available')).toHaveCount(0);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Sites' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Sites' }).getByRole('link', { name: 'Tokyo' }),
    ).toBeVisible();
    await expect(page.getByText('You are offline')).toHaveCount(0);
  });
});
