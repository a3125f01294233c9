import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface ConsoleFixtures {
  /** Scans the page with axe and fails on any serious or critical violation. */
  expectAccessible: (options?: { include?: string }) => Promise<void>;
  /** Errors the page logged; a test that expects none can assert on it. */
  consoleErrors: string[];
}

export const test = base.extend<ConsoleFixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (options) => {
      let builder = new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'best-practice',
      ]);
      if (options?.include) builder = builder.include(options.include);
      const { violations } = await builder.analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  },
});

export { expect };

/** Opens a page of the console with mocked-backend scenarios switched on (see mocks/README.md). */
export async function openWithScenarios(page: Page, path: string, scenarios: string[]): Promise<void> {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${separator}scenario=${scenarios.join(',')}`);
}

/**
 * Saves a screenshot for people to look at (not compared by any test) under
 * test-results/screens/, which is not committed.
 */
export async function captureScreen(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: options.fullPage ?? false });
}
