import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code (*.test.ts); real-browser flows live in web/e2e.
export default defineConfig({
  test: {
    include: ['{shared,server,web,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'web/e2e/**', '**/dist/**'],
    // One FerretDB for the run (scripts/harness/vitest-global-setup.ts), shared by every file under its own database.
    globalSetup: ['scripts/harness/vitest-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: integration tests share one database process, so run files one at a time.
    fileParallelism: false,
    // `npm test` prints the summary; `coverage/` (git-ignored) gets the per-file HTML report.
    coverage: {
      provider: 'v8',
      include: ['shared/src/**/*.ts', 'server/src/**/*.ts', 'web/src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
      exclude: ['**/*.test.{ts,tsx}', 'web/src/testing/**', 'server/src/testing/**'],
      reporter: ['text-summary', 'html'],
    },
  },
});
