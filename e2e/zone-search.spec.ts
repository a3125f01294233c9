import type { Page } from '@playwright/test';
import { captureScreen, expect as baseExpect, test } from './fixtures';

// Pages load lazily and the shared test machine is often busy: a first render can pass 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const timeZoneField = (page: Page) => page.getByRole('combobox', { name: 'Time Zone', exact: true });

async function openSite(page: Page, siteId: string, zone: string) {
  await page.goto(`/network/sites/${siteId}/general`);
  await expect(timeZoneField(page)).toHaveValue(zone);
}

test.describe('Finding a time zone the way people ask for one', () => {
  test('a former city name finds the zone the city is in today', async ({ page }) => {
    await openSite(page, 'site-tokyo', 'Asia/Tokyo');
    await timeZoneField(page).fill('Bombay');
    const kolkata = page.getByRole('option', { name: /^Asia\/Kolkata/ });
    await expect(kolkata).toContainText('Bombay: now Asia/Kolkata (Mumbai)');
    await expect(page.getByRole('option')).toHaveCount(1);
    await captureScreen(page, 'time-zone-picker-bombay');
    await kolkata.click();
    await expect(timeZoneField(page)).toHaveValue('Asia/Kolkata');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`an abbreviation lists the clocks it names first, accessibly (${colorScheme})`, async ({
      page,
      expectAccessible,
    }) => {
      test.slow(); // axe checks the contrast of every line of the ~60 zones listed
      await page.emulateMedia({ colorScheme });
      await openSite(page, 'site-tokyo', 'Asia/Tokyo');
      await timeZoneField(page).fill('EST');
      const listbox = page.getByRole('listbox', { name: 'Time Zone' });
      const named = listbox.getByRole('group', { name: 'Time zones known as EST' });
      await expect(named.getByRole('option').first()).toHaveAccessibleName(/^America\/New_York/);
      // "Manchester" contains "est": London is listed too, but among the other zones, after them.
      const others = listbox.getByRole('group', { name: 'Other time zones' });
      await expect(others.getByRole('option', { name: /^Europe\/London/ })).toBeAttached();
      await captureScreen(page, `time-zone-picker-est-${colorScheme}`);
      await expectAccessible();
    });
  }

  test('choosing a country with one time zone offers to set it, and sets it when asked', async ({
    page,
    expectAccessible,
  }) => {
    await openSite(page, 'site-london', 'Europe/London');
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.fill('Japan');
    await page.getByRole('option', { name: 'Japan', exact: true }).click();
    const offer = page.getByRole('status').filter({ hasText: 'Japan has one time zone, Asia/Tokyo.' });
    await expect(offer).toBeVisible();
    // Asked, not done: the zone is unchanged until the administrator answers.
    await expect(timeZoneField(page)).toHaveValue('Europe/London');
    await captureScreen(page, 'site-general-country-zone-offer');
    await expectAccessible();
    await offer.getByRole('button', { name: 'Set Time Zone to Asia/Tokyo' }).click();
    await expect(timeZoneField(page)).toHaveValue('Asia/Tokyo');
    await expect(timeZoneField(page)).toBeFocused();
    await expect(offer).toHaveCount(0);
    await expect(page.getByText(/is a time zone of .*, not of Japan/)).toHaveCount(0);
  });
});
