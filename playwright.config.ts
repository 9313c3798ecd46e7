import { defineConfig } from '@playwright/test';

// The browser tests (web/e2e): Debian Chromium, launched by the tests themselves with a persistent profile
// (web/e2e/browser.ts sets executablePath), so no browser is ever downloaded.
export default defineConfig({
  testDir: 'web/e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // One test may build the app, download the model on a slow link or wait out a resend cool-down.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  outputDir: 'test-results',
  reporter: [['list'], ['./web/e2e/summary-reporter.ts']],
});
