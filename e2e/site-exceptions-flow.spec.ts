import type { Page } from '@playwright/test';
import { expect as baseExpect, openWithScenarios, test } from './fixtures';

/*
 * The exceptions to the account's window, end to end through the screens an administrator uses:
 * Tokyo gets its own window in General, the Sites list and the calendar show it, a freeze added
 * on the Maintenance Window screen moves it, the Audit Trail lists both changes with before and
 * after, and a viewer reads all of it without a way to change it.
 */

// The mocked backend answers in 300-600 ms and pages load lazily: be patient on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

// Monday 16 November 2026, 12:00 in Tokyo, for the page and its mocked backend alike. With its
// own window (Tuesday 02:00 - 04:00), Tokyo's first window after the 48-hour notice is on
// Tuesday 24 November; a freeze of 23 - 25 November moves it to Tuesday 1 December.
const NOW = new Date('2026-11-16T03:00:00Z');
const RELEASED = NOW.toISOString().replace('.000Z', 'Z');
const TOKYO_LANE = 'Asia/Tokyo (own window: Tuesday 02:00 – 04:00), Tokyo Office';
const calendar = (week: string) =>
  `/upgrade-calendar?released=${RELEASED}&week=${week}&group=zone&site=Tokyo`;

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

const tokyoBlock = (page: Page) =>
  page
    .getByRole('list', { name: /^Upgrade windows by time zone, week of/ })
    .getByRole('button', { name: new RegExp(`^${escape(TOKYO_LANE)}: upgrade`) });

test.describe("Tokyo's own window and a freeze, through every screen", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('set in General, shown in the list and the calendar, moved by a freeze, listed in the Audit Trail', async ({
    page,
    expectAccessible,
  }) => {
    // Site Configuration > General: its own window.
    await page.goto('/network/sites/site-tokyo/general');
    await page.getByRole('radio', { name: "This site's own window" }).check();
    await choose(page, 'Day of the week', 'Tuesday');
    await choose(page, 'Time slot', '02:00 – 04:00');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Site saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: "This site's own window" })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Tuesday');

    // Network > Sites: marked as its own, next upgrade on Tuesday 24 November, Tokyo time.
    await page.goto('/network/sites?search=Tokyo%20Office');
    const tokyoRow = page.getByRole('table', { name: 'Sites' }).getByRole('row', { name: /Tokyo Office/ });
    await expect(tokyoRow).toContainText('Own: Tue 02:00 – 04:00');
    await expect(tokyoRow).toContainText('Tue 24 Nov, 02:00 – 04:00 (JST)');

    // The calendar: its own lane, on that Tuesday.
    await page.goto(calendar('2026-11-23'));
    await expect(tokyoBlock(page)).toHaveAccessibleName(
      new RegExp(`^${escape(`${TOKYO_LANE}: upgrade Tuesday 24 November 2026, 02:00 – 04:00 (JST)`)}`),
    );

    // Administration > System Settings: a freeze over that window.
    await page.goto('/administration/system-settings');
    await page.getByRole('button', { name: 'Add freeze' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Tokyo office move');
    await dialog.getByLabel('Start date').fill('2026-11-23');
    await dialog.getByLabel('End date').fill('2026-11-25');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Freeze “Tokyo office move” added.')).toBeVisible();

    // The calendar again: that window does not happen, the next one says why it moved.
    await page.goto(calendar('2026-11-23'));
    await expect(
      page
        .getByRole('list', { name: /^Upgrade windows by time zone, week of/ })
        .getByRole('button', { name: new RegExp(`^${escape(TOKYO_LANE)}: No upgrade`) }),
    ).toHaveAccessibleName(
      `${TOKYO_LANE}: No upgrade in the window of Tuesday 24 November 2026, 02:00 – 04:00 site time: it is in the Tokyo office move freeze. Upgrades Tuesday 1 December 2026, 02:00 – 04:00 (JST) instead.`,
    );
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(tokyoBlock(page)).toHaveAccessibleName(
      new RegExp(
        `^${escape(`${TOKYO_LANE}: upgrade Tuesday 1 December 2026, 02:00 – 04:00 (JST)`)}.* Moved by the Tokyo office move freeze\\.`,
      ),
    );
    await expectAccessible();

    // Administration > Audit Trail: both changes, newest first, with before and after.
    await page.goto('/administration/audit-trail');
    const rows = page.getByRole('table', { name: 'Audit trail' }).getByRole('row');
    const freezeEntry = rows.nth(1);
    await expect(freezeEntry).toContainText('Tokyo office move');
    await expect(freezeEntry).toContainText('Created');
    await expect(freezeEntry).toContainText('Start date');
    await expect(freezeEntry).toContainText('23 November 2026');
    await expect(freezeEntry).toContainText('25 November 2026');
    const windowEntry = rows.nth(2);
    await expect(windowEntry).toContainText('Tokyo Office');
    await expect(windowEntry).toContainText('Site upgrade window');
    await expect(windowEntry).toContainText(/Day of the week: Account window\s*→\s*Tuesday/);
    await expect(windowEntry).toContainText(/Time slot: Account window\s*→\s*02:00 – 04:00/);
    await expectAccessible();
    // Each entry leads to what it changed.
    await freezeEntry.getByRole('link', { name: 'Tokyo office move' }).click();
    await expect(page.getByRole('table', { name: 'Upgrade freezes' })).toContainText('Tokyo office move');

    // A viewer reads all of it and can change none of it.
    await openWithScenarios(page, '/network/sites/site-tokyo/general', ['viewer']);
    await expect(page.getByRole('radio', { name: "This site's own window" })).toBeChecked();
    await expect(page.getByRole('radio', { name: "This site's own window" })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
    await page.goto('/administration/system-settings');
    await expect(page.getByRole('table', { name: 'Upgrade freezes' })).toContainText('Tokyo office move');
    await expect(page.getByRole('button', { name: 'Add freeze' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    await page.goto(calendar('2026-11-30'));
    await expect(tokyoBlock(page)).toHaveAccessibleName(/Moved by the Tokyo office move freeze\./);
    await page.goto('/administration/audit-trail');
    await expect(page.getByRole('table', { name: 'Audit trail' }).getByRole('row').nth(1)).toContainText(
      'Tokyo office move',
    );
    await expectAccessible();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
