import { defineConfig } from '@playwright/test';

// `npm run screenshots` (tests/tools/screenshots.ts): not part of `npm test` or CI.
export default defineConfig({
  testDir: '.',
  testMatch: 'screenshots.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/screenshots',
});
