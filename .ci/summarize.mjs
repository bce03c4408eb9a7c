// Adds up the Vitest and both Playwright JSON reports into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

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
  }
}
// A failed step that is not a test (typecheck, build, Firefox lint) still fails the run, and is counted once.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
