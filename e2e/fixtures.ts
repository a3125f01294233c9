import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface ConsoleFixtures {
  /**
   * Scans the page with axe and fails on any serious or critical violation. It first waits for
   * the page to settle (fonts loaded, no transition or finite animation running, nothing busy
   * loading), so a fading menu is never judged half-transparent. Pass `loading: true` to scan a
   * loading state on purpose.
   */
  expectAccessible: (options?: { include?: string; loading?: boolean }) => Promise<void>;
  /**
   * Automatic for every test: any console error or uncaught error of the page fails the test,
   * except those the test declares here because it provokes them (a deliberate 500, a network
   * failure), e.g. `allowConsoleErrors(consoleErrorsOf.serverError)`.
   */
  allowConsoleErrors: (...expected: RegExp[]) => void;
}

/** What Chromium logs for the failures the mocked backend's scenarios provoke on purpose. */
export const consoleErrorsOf = {
  serverError: /^Failed to load resource: the server responded with a status of 500\b/,
  conflict: /^Failed to load resource: the server responded with a status of 409\b/,
  notFound: /^Failed to load resource: the server responded with a status of 404\b/,
  offline: /^Failed to load resource: net::ERR_FAILED$/,
} as const;

export const test = base.extend<ConsoleFixtures>({
  allowConsoleErrors: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
      await use((...expected) => allowed.push(...expected));
      const unexpected = errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'the page logged errors this test does not provoke').toEqual([]);
    },
    { auto: true },
  ],
  expectAccessible: async ({ page }, use) => {
    await use(async (options) => {
      await waitUntilSettled(page, { loading: options?.loading ?? false });
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
      // Each failing element with its markup and axe's reason, so a CI log alone tells what to fix.
      expect(
        serious.flatMap((v) =>
          v.nodes.map(
            (n) => `${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`,
          ),
        ),
      ).toEqual([]);
    });
  },
});

/**
 * Waits until what a person sees has stopped changing: web fonts loaded, no transition or
 * finite animation running (a skeleton's endless pulse does not count), and, unless a loading
 * state is the point, no region still marked busy.
 */
async function waitUntilSettled(page: Page, { loading }: { loading: boolean }): Promise<void> {
  const unsettled = (allowBusy: boolean): string[] => {
    if (document.fonts.status !== 'loaded') return ['web fonts loading'];
    const moving = document
      .getAnimations()
      .filter(
        (animation) =>
          animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity,
      )
      .map((animation) =>
        animation instanceof CSSTransition ? `a ${animation.transitionProperty} transition` : 'an animation',
      );
    const busy = allowBusy
      ? []
      : Array.from(document.querySelectorAll('[aria-busy="true"]')).map(
          (element) => `busy: ${element.outerHTML.slice(0, 100)}`,
        );
    return [...moving, ...busy];
  };
  try {
    // Checked at every frame, in the page: an expression, as a page function cannot call this one.
    await page.waitForFunction(`(${unsettled.toString()})(${String(loading)}).length === 0`, undefined, {
      polling: 'raf',
      timeout: 30_000,
    });
  } catch {
    const reasons = await page.evaluate(unsettled, loading);
    throw new Error(`The page did not settle for an accessibility scan: ${reasons.join('; ')}`);
  }
}

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
