import type { Page } from '@playwright/test';
import { captureScreen, expect as baseExpect, openWithScenarios, test } from './fixtures';

// The mocked backend answers in 300-600 ms and pages load lazily: be patient on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const AUDIT_TRAIL = '/administration/audit-trail';

const auditTable = (page: Page) => page.getByRole('table', { name: 'Audit trail' });

async function choose(page: Page, field: string, option: RegExp) {
  const combobox = page.getByRole('combobox', { name: field });
  await combobox.click();
  await page.getByRole('listbox').getByRole('option', { name: option }).click();
  await expect(combobox).toHaveText(option);
}

test.describe('Administration > Audit Trail', () => {
  test('a change of the account window is at the top of the trail, with before and after', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/administration/system-settings#maintenance-window');
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Sunday');
    await choose(page, 'Day of the week', /^Saturday$/);
    await choose(page, 'Time slot', /^23:00 – 01:00/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Maintenance window saved.')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Audit Trail' })
      .click();
    await expect(page).toHaveURL(/\/administration\/audit-trail$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit Trail' })).toBeVisible();
    const newest = auditTable(page).getByRole('row').nth(1);
    await expect(newest).toContainText('Maintenance Window');
    await expect(newest).toContainText('Alex Morgan');
    await expect(newest).toContainText(/Day of the week: Sunday\s*→\s*Saturday/);
    await expect(newest).toContainText(/Time slot: 01:00 – 03:00\s*→\s*23:00 – 01:00/);
    // In the viewer's time (the browser is in Tokyo), with UTC on hover.
    const when = newest.locator('time');
    await expect(when).toContainText('JST');
    await when.hover();
    await expect(page.getByRole('tooltip')).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toBeHidden();

    await expectAccessible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await captureScreen(page, 'audit-trail-light', { fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectAccessible();
    await captureScreen(page, 'audit-trail-dark', { fullPage: true });

    // The entry links to what it changed.
    await newest.getByRole('link', { name: 'Maintenance Window' }).click();
    await expect(page).toHaveURL(/\/administration\/system-settings#maintenance-window$/);
    await expect(page.getByRole('combobox', { name: 'Day of the week' })).toHaveText('Saturday');
  });

  test('a viewer can read the trail and filter it; the filters live in the URL', async ({
    page,
    expectAccessible,
  }) => {
    await openWithScenarios(page, AUDIT_TRAIL, ['viewer']);
    await expect(auditTable(page).getByRole('row', { name: /Kolkata Office/ })).toBeVisible();
    await choose(page, 'What changed', /^Site upgrade window$/);
    await expect(page).toHaveURL(/kind=site-window/);
    const rows = auditTable(page).getByRole('row');
    await expect(rows).toHaveCount(2); // the header and Frankfurt's own window
    await expect(rows.nth(1)).toContainText(/Day of the week: Account window\s*→\s*Tuesday/);
    await expectAccessible();
    await captureScreen(page, 'audit-trail-viewer-filtered');

    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(auditTable(page).getByRole('row', { name: /Kolkata Office/ })).toBeVisible();
  });
});
