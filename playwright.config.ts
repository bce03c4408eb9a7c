import { defineConfig } from '@playwright/test';

// One Chromium per test with the built extension loaded (see tests/e2e/harness.ts); run `npm run build` first.
export default defineConfig({
  testDir: 'tests/e2e',
  // One worker: each test starts its own browser, and two cores gain little from parallel runs.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
});
