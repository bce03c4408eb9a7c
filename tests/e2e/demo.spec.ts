import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../fixture-sites/paths';
import { expect, test } from './harness';

const run = promisify(execFile);

// `npm start` is the README's way in: its scripted tour (what it does without a display) must keep working.
test('the demo tour (npm start without a display) signs in, signs out for real on .pl and falls back honestly on .com', async () => {
  test.setTimeout(180_000);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/demo/demo.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CI: 'true', SIGNOFF_LANG: 'en' },
    timeout: 170_000,
  });
  expect(stdout).toContain('Signed in: Jan on www.amazon.pl, Anna on www.amazon.com.');
  // The table: site | outcome | server sessions left | time.
  expect(stdout).toMatch(/\| amazon\.pl\s+\| verified \| 0\s+\|/);
  expect(stdout).toMatch(/\| amazon\.com\s+\| cleared\s+\| 1\s+\|/);
});
