import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The vendor article's example: released Fri 3 Mar 2023 18:00 Tokyo time (a seeded release).
const TOKYO_EXAMPLE = '/upgrade-calendar?released=2023-03-03T09:00:00Z';
// The week before the clocks go back in London (Sun 25 Oct 2026).
const LONDON_FALL_BACK = '/upgrade-calendar?released=2026-10-21T12:00:00Z';

/** Tokyo's window (Sun 12 Mar 2023 01:00-03:00 JST) as the viewer's zone shows it. */
function tokyoWindowForViewer(timeZone: string | undefined): string {
  return timeZone === 'America/New_York'
    ? 'Saturday 11 March 2023, 11:00 – 13:00 (EST)'
    : 'Sunday 12 March 2023, 01:00 – 03:00 (JST)';
}

test.describe('upgrade calendar', () => {
  // Each test loads the whole console and its mocked backend first; shared CI machines are slow.
  test.describe.configure({ timeout: 180_000 });

  test("@zones the product's Tokyo example: Sunday 12 March, 01:00 – 03:00 Tokyo time, deferred by the notice", async ({
    page,
    expectAccessible,
  }, testInfo) => {
    const viewerWindow = tokyoWindowForViewer(testInfo.project.use.timezoneId);
    await openCalendar(page, TOKYO_EXAMPLE);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade calendar' })).toBeVisible();

    // The calendar opens on the week of the notice cut-off: Tokyo's Sunday 5 March is skipped.
    const grid = page.getByRole('list', { name: /^Upgrade windows, week of/ });
    await expect(grid).toBeVisible();
    await expect(page.getByText(/^48-hour notice cut-off, Sun \d\d:\d\d$/)).toBeVisible();
    await expect(
      grid.getByRole('button', {
        name: 'Asia/Tokyo, Tokyo Office: Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release. Upgrades Sunday 12 March 2023, 01:00 – 03:00 (JST) instead.',
      }),
    ).toBeVisible();
    await expectAccessible();

    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page).toHaveURL(/week=2023-03-06/);
    const tokyoBlock = grid.getByRole('button', { name: /^Asia\/Tokyo, Tokyo Office: upgrade/ });
    await expect(tokyoBlock).toHaveAccessibleName(
      new RegExp(
        `Sunday 12 March 2023, 01:00 – 03:00 \\(JST\\), ${escape(viewerWindow)} in .*\\. Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release\\.$`,
      ),
    );
    // The block tells its times on keyboard focus, not only on hover: reach it with the arrows.
    await tokyoBlock.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(tokyoBlock).toBeFocused();
    // The neighbour's tooltip may still be fading out: read the Tokyo block's own.
    const tokyoTooltip = page.getByRole('tooltip', { name: /^Asia\/Tokyo, Tokyo Office/ });
    await expect(tokyoTooltip).toContainText('Site time: Sunday 12 March 2023, 01:00 – 03:00 (JST)');
    await expect(tokyoTooltip).toContainText(viewerWindow);

    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('textbox', { name: 'Site' }).fill('Tokyo');
    const table = page.getByRole('table', { name: 'Upgrade window of each site' });
    const row = table.getByRole('row', { name: /Tokyo Office/ });
    await expect(row).toContainText('Sunday 12 March 2023, 01:00 – 03:00 (JST)');
    await expect(row).toContainText(viewerWindow);
    await expect(row).toContainText(
      'Waits a week: the window of Sunday 5 March 2023, 01:00 site time opens less than 48 hours after the release.',
    );
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectAccessible();
  });

  test('@zones London on the night the clocks go back: a 3-hour window, and why', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, `${LONDON_FALL_BACK}&view=table&site=London`);
    const row = page
      .getByRole('table', { name: 'Upgrade window of each site' })
      .getByRole('row', { name: /London HQ/ });
    await expect(row).toContainText('Sunday 25 October 2026, 01:00 – 03:00 (BST → GMT)');
    await expect(row).toContainText('3 h');
    await expect(row).toContainText('the clocks go back during the window, so it is 1 h longer');

    await page.getByRole('tab', { name: 'Week' }).click();
    await expect(page.getByText('Lengthened by 1 h')).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Europe\/London, London HQ: upgrade Sunday 25 October 2026/ }),
    ).toBeVisible();
    await expectAccessible();
  });

  test('@zones the .ics export parses back to the same instants', async ({ page }) => {
    await openCalendar(page, TOKYO_EXAMPLE);
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const downloading = page.waitForEvent('download');
    // One event per time zone, the dialog's default.
    await page
      .getByRole('dialog', { name: 'Add to calendar' })
      .getByRole('button', { name: /^Download \.ics/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('socket-upgrades-20230303T0900Z.ics');
    const text = await readFile(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const tokyo = events.find((event) => event.summary === 'Socket upgrade: Tokyo Office');
    expect(tokyo?.startDate.toJSDate().toISOString()).toBe('2023-03-11T16:00:00.000Z');
    expect(tokyo?.endDate.toJSDate().toISOString()).toBe('2023-03-11T18:00:00.000Z');
    // Frankfurt and Berlin share Europe/Berlin: one event for the zone (Sun 12 Mar 01:00 CET).
    expect(
      events
        .find((event) => event.summary === 'Socket upgrade: 2 sites (Europe/Berlin)')
        ?.startDate.toJSDate()
        .toISOString(),
    ).toBe('2023-03-12T00:00:00.000Z');
  });

  test('the link holds the state: view, zone and filters survive a reload', async ({
    page,
    expectAccessible,
  }) => {
    await openCalendar(page, `${TOKYO_EXAMPLE}&tz=Europe%2FLondon`);
    await page.getByRole('tab', { name: 'Month' }).click();
    await expect(page).toHaveURL(/view=month/);
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Month' })).toHaveAttribute('aria-selected', 'true', {
      timeout: 45_000,
    });
    await expect(page.getByRole('combobox', { name: 'Show times in' })).toHaveValue(/Europe\/London/);
    await expect(page.getByRole('button', { name: /^Sunday 12 March: \d+ sites upgrade/ })).toBeVisible();
    await expectAccessible();

    await page.getByRole('tab', { name: 'Concurrency' }).click();
    await expect(
      page.getByRole('heading', { name: /^Peak: \d+ sites in their upgrade window at once/ }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: /Sites in their upgrade window per hour/ })).toBeVisible();
    await expectAccessible();
  });

  test('arrow keys move between the blocks of the week', async ({ page }) => {
    await openCalendar(page, `${TOKYO_EXAMPLE}&week=2023-03-06`);
    const blocks = page
      .getByRole('list', { name: /^Upgrade windows/ })
      .getByRole('button', { name: /: (upgrade|window of)/ });
    await blocks.first().focus();
    await expect(blocks.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(blocks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(blocks.last()).toBeFocused();
    // One tab stop for the whole grid.
    await expect(blocks.nth(0)).toHaveAttribute('tabindex', '-1');
  });
});

/** Opens the calendar and waits for its data: the mocked backend starts with the page. */
async function openCalendar(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 45_000 });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
