import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (CI installs it); elsewhere point CHROMIUM_PATH at any Chromium build.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Several checkouts or builds can be tested side by side on their own port and build folder.
const port = Number(process.env.E2E_PORT ?? 4173);
// The demo build (`npm run build:demo`): the production build has no mocked backend to test against.
const distDir = process.env.E2E_DIST ?? 'dist-demo';

const chromium = {
  ...devices['Desktop Chrome'],
  locale: 'en-GB',
  launchOptions: {
    executablePath,
    // The test machine's network is closed: stop Chromium from calling home at start.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous on a shared 2-core machine; a real hang still fails, and no test sleeps.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One browser at a time on CI: two Chromiums plus the server on 2 cores starve each other
  // (a first page load then took over 10 s). Locally, two workers halve the wait.
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // As people who ask for reduced motion see it: the theme then runs no transition, so what a
    // test reads or scans is never half faded in. A test that needs motion asks for it itself.
    reducedMotion: 'reduce',
  },
  // Two viewer zones far apart: the display-zone logic must hold in both. The main flows run
  // again in two other locales (tests tagged @locales): dates follow the browser's locale.
  projects: [
    { name: 'chromium-tokyo', use: { ...chromium, timezoneId: 'Asia/Tokyo' } },
    { name: 'chromium-new-york', use: { ...chromium, timezoneId: 'America/New_York' }, grep: /@zones/ },
    {
      name: 'chromium-en-us',
      use: { ...chromium, locale: 'en-US', timezoneId: 'America/New_York' },
      grep: /@locales/,
    },
    {
      name: 'chromium-ja-jp',
      use: { ...chromium, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' },
      grep: /@locales/,
    },
  ],
  webServer: {
    // Tests run against the demo build: the production code, with the embedded mocked backend.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
