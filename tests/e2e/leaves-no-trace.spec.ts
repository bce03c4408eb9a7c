import { access, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The end-to-end suites run under tests/tools/run-isolated.sh, which shows them /etc and the home folder
// read-only: a test that writes there (as the policy test once wrote into /etc/chromium) fails on the spot, on any
// machine and as any user. This test fails when the suite runs without that protection.
test.describe('the end-to-end suite leaves the machine as it found it', () => {
  test('runs isolated: /etc and the home folder cannot be written', async () => {
    expect(process.env.SIGNOFF_ISOLATED, 'run the suite with `npm run test:e2e` (tests/tools/run-isolated.sh)').toBe('1');
    for (const folder of ['/etc', homedir()]) {
      const probe = join(folder, `.signoff-write-probe-${process.pid}`);
      const error = await writeFile(probe, 'x').then(
        () => undefined,
        (caught: NodeJS.ErrnoException) => caught.code,
      );
      expect(error, `${folder} must be read-only during the suite`).toMatch(/^(EROFS|EACCES|EPERM)$/);
      await expect(access(probe)).rejects.toThrow();
    }
  });
});
