import { defineConfig } from '@playwright/test';

// One Chromium per test with the built extension loaded (see tests/e2e/harness.ts); run `npm run build` first.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers: most of a test's time is spent waiting for pages and sign-outs, so two browsers share the two
  // cores well. Tests within a file still run in order.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  // CI on a loaded two-core machine: a test that fails once is run once more; .ci/summarize.mjs lists every test
  // that needed it ("flaky"), so a race is reported, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  // `npm run test:e2e` runs this under tests/tools/run-isolated.sh: /etc and the home folder are read-only.
  projects: [{ name: 'main' }],
});
