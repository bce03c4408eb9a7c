import { defineConfig } from '@playwright/test';

// One Chromium per test with the built extension loaded (see tests/e2e/harness.ts); run `npm run build` first.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers: most of a test's time is spent waiting for pages and sign-outs, so two browsers share the two
  // cores well. Tests within a file still run in order.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  projects: [
    { name: 'main', testIgnore: /policy\// },
    // A managed policy file affects every browser started while it exists: run it alone, after the rest.
    { name: 'policy', testMatch: /policy\/.*\.spec\.ts/, dependencies: ['main'] },
  ],
});
