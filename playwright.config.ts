import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (or CHROMIUM_PATH) with the built extension loaded.
// One worker: the machine has two cores and each test launches its own browser profile.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
});
