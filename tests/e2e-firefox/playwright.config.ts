import { defineConfig } from '@playwright/test';

// The Firefox suite (tests/e2e-firefox/harness.ts): one Firefox ESR per test with the Firefox build installed;
// run `npm run build:firefox` first. Its own report, counted by .ci/summarize.mjs.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  // One Firefox at a time: Firefox ESR starts more slowly than Chromium and the two cores are shared.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  // CI on a loaded two-core machine: a test that fails once is run once more; .ci/summarize.mjs lists every test
  // that needed it ("flaky"), so a race is reported, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-firefox.json' }]],
  outputDir: '../../test-results/artifacts-firefox',
});
