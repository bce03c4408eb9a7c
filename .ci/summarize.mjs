// Adds up the Vitest and both Playwright JSON reports into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Titles of the tests Playwright reports as flaky: failed first, passed on the retry. */
function flakyTitles(report) {
  const titles = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === 'flaky')) titles.push(`${spec.file}: ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return titles;
}

const flaky = [];
let passed = 0;
let failed = 0;
const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
// Playwright's JSON reports: the Chromium suite and the Firefox suite (tests/e2e-firefox).
for (const file of ['test-results/e2e.json', 'test-results/e2e-firefox.json']) {
  const e2e = read(file);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    flaky.push(...flakyTitles(e2e));
  }
}
if (flaky.length) console.log(`Passed only when run again (flaky, to be fixed):\n${flaky.map((t) => `  - ${t}`).join('\n')}`);
// A failed step that is not a test (typecheck, build, Firefox lint) still fails the run, and is counted once.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
