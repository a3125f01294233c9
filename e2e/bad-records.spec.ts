import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * A record the browser cannot use (a zone it does not know, a window with no length) must never
 * take down a page: the page renders, the record is named with a way to fix it.
 */

/** The demo account as the mocked backend keeps it in this browser. */
const DATABASE_KEY = 'socket-upgrade-console.mock-database.v2';

interface StoredAccount {
  sites: { id: string; name: string; timezone: string }[];
  maintenanceWindow: { start: string; end: string };
}

/** Opens the console once so the account is stored, then changes what is stored. */
async function storeAccount(page: Page, change: (account: StoredAccount) => void) {
  await page.goto('/administration/system-settings');
  await expect(page.getByRole('combobox', { name: 'Day of the week' })).toBeVisible();
  const account = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), DATABASE_KEY)) ?? '{}',
  ) as StoredAccount;
  change(account);
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key, text),
    [DATABASE_KEY, JSON.stringify(account)],
  );
  return account;
}

/** Two sites whose stored zones no browser knows. */
function breakTwoZones(account: StoredAccount): [string, string] {
  const [first, second] = account.sites;
  if (!first || !second) throw new Error('the demo account has at least two sites');
  first.timezone = 'Mars/Olympus';
  second.timezone = '';
  return [first.name, second.name];
}

test.describe('bad records', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a site whose zone is not recognised is listed with a link to fix it; the calendar still shows the rest', async ({
    page,
  }) => {
    let names: [string, string] = ['', ''];
    await storeAccount(page, (account) => (names = breakTwoZones(account)));

    await page.goto('/upgrade-calendar?released=2023-03-03T09:00:00Z&view=table');
    await expect(page.getByRole('table', { name: 'Upgrade window of each site' })).toBeVisible();
    await expect(
      page.getByText('2 sites are left out of the calendar: time zone not recognised.'),
    ).toBeVisible();
    await expect(page.getByText(/ sites in \d+ time zones upgrade from /)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('calendar-bad-zone.png') });
    await page.getByRole('link', { name: `fix the time zone of ${names[0]}` }).click();
    await expect(page).toHaveURL(/\/network\/sites\/[^/]+\/general$/);
  });

  test('System Settings keeps its form and preview, and names the site to fix', async ({ page }) => {
    let names: [string, string] = ['', ''];
    await storeAccount(page, (account) => (names = breakTwoZones(account)));

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'When sites would upgrade' })).toBeVisible();
    await expect(
      page.getByText('2 sites are left out of the preview: time zone not recognised.'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: `fix the time zone of ${names[1]}` })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('settings-bad-zone.png'), fullPage: true });
  });

  test('the Sites list says which zone is not recognised, on that row only', async ({ page }) => {
    let names: [string, string] = ['', ''];
    await storeAccount(page, (account) => (names = breakTwoZones(account)));

    await page.goto('/network/sites');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: names[0], exact: true }) });
    await expect(row).toContainText('Time zone not recognised.');
    await expect(row.getByRole('link', { name: `Fix the time zone of ${names[0]}` })).toBeVisible();
    await expect(page.getByText('Time zone not recognised.')).toHaveCount(2);
  });

  test('a stored window that starts and ends at once gets one clear message', async ({ page }) => {
    await storeAccount(page, (account) => {
      account.maintenanceWindow.end = account.maintenanceWindow.start;
    });

    await page.goto('/upgrade-calendar');
    await expect(page.getByText(/The saved maintenance window starts and ends at \d\d:00/)).toBeVisible();
    await expect(page.getByText('Not known for this time zone')).toHaveCount(0);
  });
});
