import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Download, Page } from '@playwright/test';
import { csvRecords, field } from './csv';
import { captureScreen, expect, openWithScenarios, test } from './fixtures';

// The vendor article's release (Fri 3 Mar 2023, 18:00 Tokyo time), over the 5,000-site account.
const RELEASED = '2023-03-03T09:00:00Z';
const CALENDAR = `/upgrade-calendar?released=${RELEASED}`;

test.describe('the calendar at account scale', () => {
  // The mocked backend builds 5,000 sites first and the page computes 418 zones; a shared
  // machine is slow.
  test.describe.configure({ timeout: 240_000 });

  test('the CSV, the per-site .ics and the peak on the page agree, for 5,000 sites', async ({ page }) => {
    await openLarge(page, `${CALENDAR}&view=table`);
    const shown = await page.getByText(/^[\d,]+ sites\. Filter them/).textContent();
    const siteCount = Number(shown?.match(/^([\d,]+)/)?.[1]?.replaceAll(',', ''));
    expect(siteCount).toBeGreaterThanOrEqual(5_000);

    // The CSV: a UTF-8 byte order mark, then a row per site.
    const csvBytes = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(csvBytes.subarray(3).toString('utf8'));
    expect(records).toHaveLength(siteCount);
    const windows = records.map((record) => ({
      siteId: field(record, 'Site ID'),
      start: Date.parse(field(record, 'Start (UTC)')),
      end: Date.parse(field(record, 'End (UTC)')),
    }));
    // The site-time columns name the same instants, with their offset. (One assertion for all
    // rows: thousands of assertions would each be traced.)
    const siteTimeMismatches = records.filter(
      (record, index) =>
        Date.parse(field(record, 'Start (site time)')) !== windows[index]?.start ||
        Date.parse(field(record, 'End (site time)')) !== windows[index]?.end,
    );
    expect(siteTimeMismatches).toEqual([]);

    // The peak, counted here from the CSV alone, is the one the page names.
    const peak = sweepPeak(windows);
    await page.getByRole('tab', { name: 'Concurrency' }).click();
    await expect(
      page.getByRole('heading', {
        name: `Peak: ${peak.count.toLocaleString('en-GB')} sites in their upgrade window at once`,
      }),
    ).toBeVisible();
    await expect(page.getByText(`${utcRange(peak.from, peak.until)} (UTC).`, { exact: false })).toBeVisible();

    // The .ics, one event per site, with a reminder: the same instants as the CSV's UTC columns.
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to calendar' });
    await dialog.getByRole('radio', { name: /^Site:/ }).check();
    await dialog.getByRole('combobox', { name: 'Reminder' }).click();
    await page.getByRole('option', { name: '15 minutes before' }).click();
    const icsBytes = await downloaded(page, () =>
      dialog.getByRole('button', { name: /^Download \.ics/ }).click(),
    );
    await expect(dialog).toBeHidden();
    const icsText = icsBytes.toString('utf8');
    expect(icsText.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    const vevents = new ICAL.Component(ICAL.parse(icsText)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(siteCount);
    expect(vevents.filter((vevent) => vevent.getAllSubcomponents('valarm').length !== 1)).toEqual([]);
    const icsBySite = new Map(
      vevents.map((vevent) => {
        const event = new ICAL.Event(vevent);
        const siteId = /^Site ID: (.+)$/m.exec(event.description)?.[1];
        return [
          siteId,
          { start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime() },
        ];
      }),
    );
    const mismatches = windows.filter(({ siteId, start, end }) => {
      const event = icsBySite.get(siteId);
      return event?.start !== start || event.end !== end;
    });
    expect(mismatches).toEqual([]);
  });

  test('each bar names who is upgrading in its hour: on hover, on focus and on click', async ({
    page,
    expectAccessible,
  }) => {
    await openLarge(page, `${CALENDAR}&view=concurrency`);
    const chart = page.getByRole('group', { name: /^Sites in their upgrade window per hour/ });
    const bars = chart.getByRole('button');
    const peakBar = chart.getByRole('button', { name: /\. The peak$/ });
    await expect(peakBar).toHaveCount(1);

    // Hover: a preview of the hour, its counts as the bar says them, its busiest zones and sites.
    await peakBar.hover();
    const preview = page.getByRole('tooltip');
    const peakName = (await peakBar.getAttribute('aria-label')) ?? '';
    const [hour, counts] = parseBarName(peakName);
    await expect(preview.getByRole('heading', { name: hour })).toBeVisible();
    await expect(preview).toContainText(`${counts.sites} in their upgrade window`);
    await expect(preview).toContainText(`${counts.single} single-Socket, ${counts.ha} HA.`);
    await expect(preview.getByRole('listitem').first()).toContainText(/^\S+\/\S+ \([\d,]+ sites?.*\): .+/);
    await expectAccessible();

    // Focus: one tab stop, the arrows move between bars, and the preview follows.
    await bars.first().focus();
    await expect(bars.first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(bars.nth(1)).toBeFocused();
    await expect(bars.nth(0)).toHaveAttribute('tabindex', '-1');
    const [secondHour] = parseBarName((await bars.nth(1).getAttribute('aria-label')) ?? '');
    await expect(page.getByRole('tooltip').getByRole('heading', { name: secondHour })).toBeVisible();
    await expect(bars.nth(1)).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(secondHour)}`));

    // Enter pins the list: every zone opens onto its sites, each a link to its General page.
    await page.keyboard.press('Enter');
    await expect(bars.nth(1)).toHaveAttribute('aria-expanded', 'true');
    const pinned = page.getByRole('region', { name: secondHour });
    await expect(pinned).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pinned).toBeHidden();
    await expect(bars.nth(1)).toBeFocused();

    // Click: the peak's list, with the sites of its busiest zone.
    await peakBar.click();
    const peakList = page.getByRole('region', { name: hour });
    await expect(peakList).toBeVisible();
    const firstZone = peakList.getByRole('button', { name: /^\S+\/\S+: [\d,]+ sites?/ }).first();
    const zoneSites = Number(
      /: ([\d,]+) sites?/.exec((await firstZone.textContent()) ?? '')?.[1]?.replaceAll(',', ''),
    );
    await firstZone.click();
    await expect(firstZone).toHaveAttribute('aria-expanded', 'true');
    const siteLinks = peakList.getByRole('link');
    await expect(siteLinks).toHaveCount(zoneSites);
    await expect(siteLinks.first()).toHaveAttribute('href', /^\/network\/sites\/[^/]+\/general$/);
    await expectAccessible();
    // For people to look at: the chart with the list above its bar, in both schemes.
    await chart.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await captureScreen(page, 'calendar-concurrency-bar-sites-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible();
    await captureScreen(page, 'calendar-concurrency-bar-sites-dark');

    // The close button gives the focus back to the bar.
    await peakList.getByRole('button', { name: 'Close' }).click();
    await expect(peakList).toBeHidden();
    await expect(peakBar).toBeFocused();
  });

  test('the peak names its zones and sites, and a site leads to its General page', async ({ page }) => {
    await openLarge(page, `${CALENDAR}&view=concurrency`);
    await expect(
      page.getByRole('heading', { name: /^Peak: [\d,]+ sites in their upgrade window at once$/ }),
    ).toBeVisible();
    await expect(
      page.getByText(/^[\d,]+ single-Socket and [\d,]+ HA, in [\d,]+ time zones?\.$/),
    ).toBeVisible();
    await expect(page.getByText(/not sites offline/)).toBeVisible();
    const atPeak = page.getByRole('heading', { name: 'Sites in their upgrade window at the peak' });
    const zone = atPeak.locator('xpath=following-sibling::ul[1]').getByRole('button').first();
    await zone.click();
    const site = atPeak.locator('xpath=following-sibling::ul[1]').getByRole('link').first();
    const siteName = (await site.textContent()) ?? '';
    await site.click();
    await expect(page).toHaveURL(/\/network\/sites\/[^/]+\/general$/);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(siteName);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the export dialog works from the keyboard (${colorScheme})`, async ({ page, expectAccessible }) => {
      await page.emulateMedia({ colorScheme });
      await openLarge(page, `${CALENDAR}&view=concurrency&site=Tokyo`);
      const button = page.getByRole('button', { name: 'Add to calendar' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Add to calendar' });
      await expect(dialog).toBeVisible();
      // A filter is set: the dialog offers the filtered sites as well as all of them.
      await expect(dialog.getByRole('radio', { name: /^The filtered sites \([\d,]+\)$/ })).toBeVisible();
      const timeZone = dialog.getByRole('radio', { name: /^Time Zone:/ });
      await expect(timeZone).toBeChecked();
      await timeZone.focus();
      await page.keyboard.press('ArrowDown');
      await expect(dialog.getByRole('radio', { name: /^Site:/ })).toBeChecked();
      await expect(
        dialog.getByRole('button', { name: /^Download \.ics \([\d,]+ events, [\d,]+ sites\)$/ }),
      ).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('combobox', { name: 'Reminder' })).toBeFocused();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: '1 hour before' }).press('Enter');
      await expect(dialog.getByRole('combobox', { name: 'Reminder' })).toHaveText('1 hour before');
      await expectAccessible();
      await captureScreen(page, `calendar-export-dialog-${colorScheme}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }
});

/** Opens the calendar on the 5,000-site account and waits for its sites. */
async function openLarge(page: Page, path: string): Promise<void> {
  await openWithScenarios(page, path, ['large']);
  await expect(page.getByRole('tablist', { name: 'Calendar views' })).toBeVisible({ timeout: 90_000 });
}

/** The bytes of the file the action downloads. */
async function downloaded(page: Page, action: () => Promise<void>): Promise<Buffer> {
  const downloading: Promise<Download> = page.waitForEvent('download', { timeout: 60_000 });
  await action();
  return readFile(await (await downloading).path());
}

/** The most windows open at one instant, and the first stretch at that count: a sweep. */
function sweepPeak(windows: readonly { start: number; end: number }[]) {
  const changes = windows.flatMap(({ start, end }) => [
    { at: start, delta: 1 },
    { at: end, delta: -1 },
  ]);
  // Half-open windows: at one instant, closings come first.
  changes.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let best = { count: 0, from: 0, until: 0 };
  changes.forEach((change, index) => {
    open += change.delta;
    const next = changes[index + 1];
    if (open > best.count && next && next.at > change.at)
      best = { count: open, from: change.at, until: next.at };
  });
  return best;
}

/** "16:00 – 16:15", the UTC clock times of a stretch. */
function utcRange(from: number, until: number): string {
  const time = (millis: number) => new Date(millis).toISOString().slice(11, 16);
  return `${time(from)} – ${time(until)}`;
}

/** "Sunday 12 March, 01:00 – 02:00 (JST)" and the counts, from a bar's accessible name. */
function parseBarName(name: string): [string, { sites: string; single: string; ha: string }] {
  const match = /^(.+\)): ([\d,]+ sites?) in their upgrade window, ([\d,]+) single-Socket, ([\d,]+) HA/.exec(
    name,
  );
  if (!match) throw new Error(`Not a bar's name: ${name}`);
  return [match[1] ?? '', { sites: match[2] ?? '', single: match[3] ?? '', ha: match[4] ?? '' }];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
