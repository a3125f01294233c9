import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { captureScreen, expect, test } from './fixtures';
import { dayWithYear, testedLocale, type TestedLocale } from './locale-dates';

/*
 * "Released at" is an instant to the minute, applied when it is complete and committed, and what
 * the calendar shows is what the engine computed from the browser's own zone data. The product's
 * example: released Friday 3 March 2023 18:00 Tokyo time; Los Angeles' window opens exactly 48
 * hours later (Sunday 5 March 01:00 PST is 18:00 JST), so it is not deferred. 27 of the seeded
 * sites wait a week for the notice: those east of Los Angeles on the account's Sunday window, but
 * not Frankfurt Data Center, whose own window (Tuesday 02:00 - 04:00) opens days after it.
 */
const DEFERRED = /27 sites wait a week because of the notice\./;

const EXAMPLE_URL = /released=2023-03-03T09(:|%3A)00(:|%3A)00Z/;

async function expectProductExample(page: Page): Promise<void> {
  await expect(page).toHaveURL(EXAMPLE_URL);
  await expect(page.getByText(DEFERRED)).toBeVisible();
  const table = page.getByRole('table', { name: 'Upgrade window of each site' });
  const losAngeles = table.getByRole('row', { name: /Los Angeles Office/ });
  await expect(losAngeles).toContainText('Sunday 5 March 2023, 01:00 – 03:00 (PST)');
  await expect(losAngeles).not.toContainText('Waits a week');
  await expect(table.getByRole('row', { name: /Tokyo Office/ })).toContainText('Waits a week');
}

test.describe('Released at', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a time typed with the keyboard is applied once committed, to the minute', async ({ page }) => {
    await page.goto('/upgrade-calendar?released=2026-11-18T09:00:00Z&view=table');
    const field = page.getByRole('group', { name: 'Released at' });
    await expect(field).toBeVisible({ timeout: 45_000 }); // the first load, as below
    await expect(page.getByText('DD/MM/YYYY hh:mm, in Asia/Tokyo')).toBeVisible();

    await field.getByRole('spinbutton', { name: 'Day' }).click();
    await page.keyboard.type('03032023');
    // Half-way through (the year typed, the time not yet): nothing is applied, no year 0002.
    await expect(field.getByRole('spinbutton', { name: 'Year' })).toHaveText('2023');
    await expect(page).toHaveURL(/released=2026-11-18T09(:|%3A)00(:|%3A)00Z/);
    await page.keyboard.type('1800');
    await expect(page).toHaveURL(/released=2026-11-18T09(:|%3A)00(:|%3A)00Z/);
    // Complete but not committed: the field says so rather than look applied.
    await expect(page.getByText('DD/MM/YYYY hh:mm, in Asia/Tokyo. Press Enter to apply.')).toBeVisible();

    await page.keyboard.press('Enter');
    await expectProductExample(page);
    await expect(page.getByText('Press Enter to apply')).toHaveCount(0);
    // Enter applies the time and leaves the person where they were.
    await expect(field.getByRole('spinbutton', { name: 'Minutes' })).toBeFocused();
  });

  test('a time chosen in the pop-up drops the seconds of "now"', async ({ page }) => {
    // "Now" is Wednesday 1 March 2023, 18:00:51.124 in Tokyo: the seconds must not follow.
    await page.clock.setFixedTime(new Date('2023-03-01T09:00:51.124Z'));
    await page.goto('/upgrade-calendar?view=table');
    await page.getByRole('button', { name: /^Choose date/ }).click();
    const picker = page.getByRole('dialog', { name: 'Released at' });
    await picker.getByRole('gridcell', { name: '3', exact: true }).click();
    await expect(picker.getByRole('option', { name: '18 hours' })).toHaveAttribute('aria-selected', 'true');
    await picker.getByRole('button', { name: 'OK' }).click();
    await expectProductExample(page);
  });

  test('a link with seconds is read to its minute, and says so', async ({ page }) => {
    await page.goto('/upgrade-calendar?released=2023-03-03T09:00:51.124Z&view=table');
    await expect(
      page.getByText(
        'The release time "2023-03-03T09:00:51.124Z" has seconds; it is read to the minute, 2023-03-03T09:00:00Z.',
      ),
    ).toBeVisible();
    await expect(page.getByText(DEFERRED)).toBeVisible();
    const table = page.getByRole('table', { name: 'Upgrade window of each site' });
    await expect(table.getByRole('row', { name: /Los Angeles Office/ })).not.toContainText('Waits a week');
  });
});

/*
 * "01/12/2026 09:00" is 12 January in the United States and 1 December in Britain; Japan writes
 * the year first. Each locale's field says its format, and reads a typed date as its people mean
 * it, in the viewer's zone (New York for en-US, Tokyo otherwise: see playwright.config.ts).
 */
const TYPED_IN: Record<
  TestedLocale,
  { format: string; zone: string; typed: string; day: string; released: RegExp; sunday: string }
> = {
  'en-GB': {
    format: 'DD/MM/YYYY hh:mm',
    zone: 'Asia/Tokyo',
    typed: '01/12/2026 09:00',
    day: '2026-12-01',
    released: /released=2026-12-01T00(:|%3A)00(:|%3A)00Z/, // 09:00 JST
    sunday: '2026-12-06',
  },
  'en-US': {
    format: 'MM/DD/YYYY hh:mm',
    zone: 'America/New_York',
    typed: '01/12/2026 09:00',
    day: '2026-01-12',
    released: /released=2026-01-12T14(:|%3A)00(:|%3A)00Z/, // 09:00 EST
    sunday: '2026-01-18',
  },
  'ja-JP': {
    format: 'YYYY/MM/DD hh:mm',
    zone: 'Asia/Tokyo',
    typed: '2026/01/12 09:00',
    day: '2026-01-12',
    released: /released=2026-01-12T00(:|%3A)00(:|%3A)00Z/, // 09:00 JST
    sunday: '2026-01-18',
  },
};

test.describe("Released at, in the browser's locale", () => {
  test.describe.configure({ timeout: 180_000 });

  test('@locales shows the format of the locale, reads a typed date as it means it, and exports one form', async ({
    page,
  }, testInfo) => {
    const locale = testedLocale(testInfo);
    const { format, zone, typed, day, released, sunday } = TYPED_IN[locale];
    const zoneName = zone === 'America/New_York' ? 'EST' : 'JST';
    await page.goto('/upgrade-calendar?released=2026-11-18T09:00:00Z&view=table');
    const field = page.getByRole('group', { name: 'Released at' });
    // The first page load waits for the whole console and its mocked backend: slow on a busy machine.
    await expect(field).toBeVisible({ timeout: 45_000 });
    await expect(page.getByText(`${format}, in ${zone}`)).toBeVisible();

    // Typed from the field's first part, in the order the locale writes it.
    await field.getByRole('spinbutton').first().click();
    await page.keyboard.type(typed.replace(/\D/g, ''));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(released);
    await expect(field.getByRole('spinbutton', { name: 'Hours' })).toHaveText('09');
    await expect(page.getByText(`Released ${dayWithYear(locale, day)}, 09:00 (${zoneName}).`)).toBeVisible();
    await captureScreen(page, `released-at-${locale}`);

    // The table reads in the locale; the CSV keeps one form wherever it is made.
    await page.getByRole('textbox', { name: 'Site' }).fill('Tokyo');
    const tokyoWindow = (dateLocale: TestedLocale) =>
      `${dayWithYear(dateLocale, sunday)}, 01:00 – 03:00 (JST)`;
    const row = page
      .getByRole('table', { name: 'Upgrade window of each site' })
      .getByRole('row', { name: /Tokyo Office/ });
    await expect(row).toContainText(tokyoWindow(locale));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile(await (await downloading).path(), 'utf8');
    const csvRow = csv.split('\r\n').find((line) => line.startsWith('Tokyo Office,'));
    expect(csvRow).toContain(`"${tokyoWindow('en-GB')}"`);
  });
});

test.describe("the browser's own zone data", () => {
  test.describe.configure({ timeout: 180_000 });

  test('the first render already shows what the engine computed with it (Casablanca, late 2026)', async ({
    page,
  }) => {
    // Record every text the Casablanca row ever shows, from the first render on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { casablancaTexts: string[] }).casablancaTexts = seen;
      new MutationObserver(() => {
        for (const row of Array.from(document.querySelectorAll('tr'))) {
          const text = row.textContent ?? '';
          if (text.includes('Casablanca Office') && seen.at(-1) !== text) seen.push(text);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/upgrade-calendar?released=2026-10-20T12:00:00Z&tz=UTC&view=table&site=Casablanca');
    const row = page.getByRole('table', { name: 'Upgrade window of each site' }).getByRole('row', {
      name: /Casablanca Office/,
    });
    await expect(row).toContainText('Sunday 25 October 2026, 01:00 – 03:00');
    const texts = await page.evaluate(
      () => (window as unknown as { casablancaTexts: string[] }).casablancaTexts,
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('Sunday 25 October 2026, 01:00 – 03:00');
  });
});
