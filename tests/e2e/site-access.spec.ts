import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditRow, JobRow, SessionRow } from '../../utils/db-schema';
import { projectTmpDir } from '../fixture-sites/paths';
import { readTable } from './extension-state';
import { expect, signInAmazon, test as base } from './harness';
import { closeWelcomePage, launchWithExtension } from './launch';
import { extensionWorker } from './service-worker';
import { withholdSiteAccess } from './withheld-site-access';

/**
 * Issue #11 §5: without access to a site, `cookies.getAll` silently leaves its cookies out, so a sign-out would
 * read as verified and a removal as done. The person signs in to amazon.pl while Signoff may read it, then sets
 * the browser's site access so that Signoff may no longer (amazon.pl withheld), and presses Sign out.
 */
const PL = 'www.amazon.pl';

const test = base.extend({
  context: async ({ fixtures, uiLanguage }, use) => {
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'profile-'));
    const launch = () => launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage, headless: true });
    const first = await launch();
    await closeWelcomePage(first);
    const worker = await extensionWorker(first);
    const extensionId = new URL(worker.url()).host;
    await signInAmazon(first.pages()[0] ?? (await first.newPage()), PL, 'jan@example.com', 'haslo123');
    await expect.poll(async () => (await readTable<SessionRow>(worker, 'sessions')).map((s) => s.id)).toEqual(['amazon:amazon.pl']);
    await first.close();

    await withholdSiteAccess(profileDir, extensionId, ['amazon.pl']);
    const context = await launch();
    await closeWelcomePage(context);
    await use(context);
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  },
});

test('without access to the site, Sign out claims nothing and offers to ask for the access', async ({ openPopup, fixtures }) => {
  const popup = await openPopup();
  expect(await popup.evaluate(() => chrome.permissions.contains({ origins: ['https://*.amazon.pl/*'] }))).toBe(false);
  // The session is still listed as last seen: cookies Signoff cannot see are not cookies that are gone.
  const row = popup.locator('[data-session-id="amazon:amazon.pl"]');
  await expect(row).toBeVisible();
  await popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' }).click();

  const result = popup.locator('[data-testid="result-row"]').filter({ hasText: '(amazon.pl)' });
  await expect(result).toHaveAttribute('data-outcome', 'failed', { timeout: 30_000 });
  await expect(result).toContainText('Signoff has no access to this site');
  await expect(result.getByRole('button', { name: 'Allow access to this site — Amazon (amazon.pl)' })).toBeVisible();

  const [job] = await readTable<JobRow>(popup, 'jobs');
  expect(job).toMatchObject({ outcome: 'failed', reason: { key: 'reasonNoSiteAccess' }, openedTab: false });
  expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ domain: 'amazon.pl', outcome: 'failed', reason: { key: 'reasonNoSiteAccess' } }]);
  // Nothing was done to the site: its server session and (seen by the test, not by Signoff) its cookies remain.
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
  const cookies = await popup.context().cookies(`https://${PL}/`);
  expect(cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['at-acbpl']));
});

test.describe('in Polish', () => {
  test.use({ uiLanguage: 'pl' });
  test('the reason and the button are in Polish', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Wyloguj z serwisu Amazon (amazon.pl)' }).click();
    const result = popup.locator('[data-testid="result-row"]').filter({ hasText: '(amazon.pl)' });
    await expect(result).toHaveAttribute('data-outcome', 'failed', { timeout: 30_000 });
    await expect(result).toContainText('Signoff nie ma dostępu do tej strony');
    await expect(result.getByTestId('grant-site-access')).toHaveText('Zezwól na dostęp do tej strony');
  });
});
