import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectTmpDir } from '../../fixture-sites/paths';
import { expect, test } from '../harness';
import { launchWithExtension } from '../launch';

// Runs in the "policy" project, after every other test (playwright.config.ts): a managed policy file applies to
// every Chromium started while it exists, so no other test may run meanwhile.
test.describe('administrator policy', () => {
  const POLICY_DIR = '/etc/chromium/policies/managed';
  const POLICY_FILE = join(POLICY_DIR, 'signoff-e2e-test.json');

  test.afterEach(async () => {
    await rm(POLICY_FILE, { force: true });
  });

  test('a managed policy forces shared mode and the options page shows it locked', async ({ fixtures, extensionId, context }) => {
    await context.close(); // Policies are read at browser start: write the file, then start a browser.
    await mkdir(POLICY_DIR, { recursive: true });
    const policy = { forceMode: 'shared', idleMinutes: 5, keepList: ['intranet.example.pl'] };
    await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'policy-'));
    const managed = await launchWithExtension({
      profileDir,
      hostResolverRules: fixtures.server.hostResolverRules,
      uiLanguage: 'en',
      headless: true,
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
