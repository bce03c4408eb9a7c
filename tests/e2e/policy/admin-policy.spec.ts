import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { projectTmpDir } from '../../fixture-sites/paths';
import { expect, test } from '../harness';
import { launchWithExtension } from '../launch';
import { chromiumWithManagedPolicy } from './managed-policy';

// The policy lives in a private copy of /etc/chromium that only this test's Chromium sees (managed-policy.ts), so
// the test runs alongside the others and never writes into /etc.
test.describe('administrator policy', () => {
  test('a managed policy forces shared mode and the options page shows it locked', async ({ fixtures, extensionId }) => {
    const policy = { forceMode: 'shared', idleMinutes: 5, keepList: ['intranet.example.pl'] };
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'policy-'));
    const managed = await launchWithExtension({
      profileDir,
      hostResolverRules: fixtures.server.hostResolverRules,
      uiLanguage: 'en',
      headless: true,
      executable: chromiumWithManagedPolicy(extensionId, policy),
    });
    try {
      const options = await managed.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByTestId('managed-note')).toBeVisible({ timeout: 15_000 });
      const shared = options.getByRole('radio', { name: /Shared computer/ });
      await expect(shared).toBeChecked();
      await expect(shared).toBeDisabled();
      await expect(options.getByRole('spinbutton')).toHaveValue('5');
      await expect(options.getByTestId('keep-list')).toContainText('intranet.example.pl');
      await expect(options.getByRole('button', { name: 'Keep this site' })).toHaveCount(0);
    } finally {
      await managed.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
