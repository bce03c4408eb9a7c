import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { AuditRow, JobRow, SessionRow } from '../../utils/db-schema';
import type { GenericFixtureSite } from '../fixture-sites/generic/index';
import { ALL_HTTPS, signInGeneric as signIn, testWithAllHttps as test } from './detect-other-sites';
import { readTable } from './extension-state';
import { expect, type SiteFixtures } from './harness';

const hasAllHttps = (page: Page) => page.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), ALL_HTTPS);

/** Turns "detect other sites" on the way a person does: a click in the options page, which asks for the permission. */
async function turnOnDetection(context: BrowserContext, extensionId: string, worker: () => Promise<Worker>): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The person allowed it on an earlier day and then turned detection off: Signoff holds no such access now.
  await options.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), ALL_HTTPS);
  expect(await hasAllHttps(options)).toBe(false);

  const toggle = options.getByTestId('detect-other-sites');
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect.poll(() => hasAllHttps(options), { timeout: 5_000 }).toBe(true);
  // The detector is registered for the granted hosts, not for the recipe sites.
  await expect
    .poll(async () => (await worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toEqual([expect.objectContaining({ id: 'signoff-generic-detector', matches: [ALL_HTTPS] })]);
  await options.close();
}

const sessionRow = (popup: Page, domain: string) => popup.locator(`[data-testid="session-row"][data-session-id="generic:${domain}"]`);
const resultRow = (popup: Page, domain: string) => popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });

interface Case {
  name: string;
  site: (fixtures: SiteFixtures) => GenericFixtureSite;
  /** What Signoff should have pressed, in order (the runner's own report). */
  actions: RegExp[];
}

const cases: Case[] = [
  { name: '(a) Polish shop, sign-out link in the header', site: (f) => f.sklepPrzyklad, actions: [/^sign-out: Wyloguj się$/] },
  {
    name: '(b) German forum, sign-out in a dropdown that opens on click',
    site: (f) => f.forumBeispiel,
    actions: [/^open-menu: jan\.k$/, /^sign-out: Abmelden$/],
  },
  { name: '(c) French shop, sign-out is a POST form with a CSRF token', site: (f) => f.boutiqueExemple, actions: [/^sign-out: Se déconnecter$/] },
  {
    name: '(d) English app, sign-out only on the account page',
    site: (f) => f.sampleCrm,
    actions: [/^account-page: Account$/, /^sign-out: Sign out$/],
  },
];

test.describe('Sites without a recipe: detected by heuristics, signed out by the generic finder', () => {
  for (const { name, site: pick, actions } of cases) {
    test(name, async ({ page, context, extensionId, serviceWorker, openPopup, fixtures }) => {
      const site = pick(fixtures);
      await turnOnDetection(context, extensionId, serviceWorker);
      await signIn(page, site);

      const popup = await openPopup();
      const row = sessionRow(popup, site.domain);
      await expect(row).toContainText(`${site.host} (${site.domain})`);
      await expect(row.getByTestId('detected-by-heuristics')).toHaveText('detected by heuristics');
      const [session] = (await readTable<SessionRow>(popup, 'sessions')).filter((s) => s.recipeId === 'generic');
      expect(session).toMatchObject({ domain: site.domain, detectedBy: 'heuristics', origin: `https://${site.host}` });
      // Names only, and only the site's sign-in cookies: no analytics, cart, consent or CSRF cookie.
      expect(session!.cookieNames.length).toBeGreaterThan(0);
      expect(session!.cookieNames.join(' ')).not.toMatch(/_ga|_gid|koszyk|consent|csrf/);

      await popup.getByRole('button', { name: `Sign out of ${site.host} (${site.domain})` }).click();
      await expect(resultRow(popup, site.domain)).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
      await expect(resultRow(popup, site.domain)).toContainText('Signed out (verified)');

      expect(site.activeSessions()).toHaveLength(0); // The server ended the session: the site's own sign-out ran.
      expect(site.signOuts).toBe(1);
      expect(site.decoyRequests).toBe(0); // "Delete account" was never pressed or loaded.
      const [job] = await readTable<JobRow>(popup, 'jobs');
      expect(job?.pageActions?.length).toBe(actions.length);
      actions.forEach((action, i) => expect(job?.pageActions?.[i]).toMatch(action));
      const audit = await readTable<AuditRow>(popup, 'audit');
      expect(audit).toMatchObject([{ recipeId: 'generic', domain: site.domain, outcome: 'verified', method: 'generic' }]);
      await expect(sessionRow(popup, site.domain)).toHaveCount(0);
    });
  }

  test('signed in before detection was on: a page showing a sign-out control brings the session in', async ({
    page,
    context,
    extensionId,
    serviceWorker,
    openPopup,
    fixtures,
  }) => {
    await signIn(page, fixtures.sklepPrzyklad); // Detection is still off: nothing is recorded.
    await turnOnDetection(context, extensionId, serviceWorker);
    await page.goto('https://www.sklep-przyklad.pl/'); // The header shows "Wyloguj się": an account signal.
    const popup = await openPopup();
    await expect(sessionRow(popup, 'sklep-przyklad.pl').getByTestId('detected-by-heuristics')).toBeVisible();
    const [session] = await readTable<SessionRow>(popup, 'sessions');
    expect(session?.cookieNames).toEqual(['SKLEPSESSID', 'sklep_remember']); // Not koszyk_id, not _ga.
  });

  test('two people\'s sites under one shared suffix (alice.github.io, bob.github.io): signing out one leaves the other signed in', async ({
    page,
    context,
    extensionId,
    serviceWorker,
    openPopup,
    fixtures,
  }) => {
    const alice = fixtures.alicePages;
    const bob = fixtures.bobPages;
    await turnOnDetection(context, extensionId, serviceWorker);
    await signIn(page, alice);
    const bobPage = await context.newPage();
    await signIn(bobPage, bob);

    const popup = await openPopup();
    // Two sessions, each under its own site: github.io is a public suffix, no one's site.
    await expect(sessionRow(popup, 'alice.github.io')).toContainText('alice.github.io');
    await expect(sessionRow(popup, 'bob.github.io')).toContainText('bob.github.io');
    expect((await readTable<SessionRow>(popup, 'sessions')).map((s) => s.id).sort()).toEqual(['generic:alice.github.io', 'generic:bob.github.io']);

    await popup.getByRole('button', { name: 'Sign out of alice.github.io (alice.github.io)' }).click();
    await expect(resultRow(popup, 'alice.github.io')).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
    expect(alice.activeSessions()).toHaveLength(0);

    // Bob is still signed in: on his server, in this browser (his cookies were not cleared), and in Signoff's list.
    expect(bob.activeSessions()).toHaveLength(1);
    const bobCookies = await (await serviceWorker()).evaluate(() => chrome.cookies.getAll({ domain: 'bob.github.io' }));
    expect(bobCookies.map((cookie) => cookie.name).sort()).toEqual(['notes_remember', 'notes_session']);
    await bobPage.reload();
    await expect(bobPage.locator('.who')).toHaveText('Signed in as Jan');
    await expect(sessionRow(popup, 'bob.github.io')).toBeVisible();
  });

  test('without the setting, a sign-in on a site without a recipe is not tracked', async ({ page, openPopup, fixtures }) => {
    await signIn(page, fixtures.sklepPrzyklad);
    const popup = await openPopup();
    await expect(popup.locator('[data-testid="session-row"]')).toHaveCount(0);
    expect(await readTable<SessionRow>(popup, 'sessions')).toEqual([]);
  });
});
