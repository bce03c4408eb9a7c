import type { Page } from '@playwright/test';
import type { AuditRow, SessionRow } from '../../utils/db-schema';
import { readTable } from './extension-state';
import { signInGeneric, testWithAllHttps as test } from './detect-other-sites';
import { expect } from './harness';

/**
 * An imported recipe's account check under the narrow extension policy (issue #11 §7 with #12): the extension may
 * connect only to the built-in recipe sites, so a site known only from an imported (or policy) recipe is asked from a
 * document of its own — the person's tab while listing, the sign-out tab (or one opened for it) after a sign-out.
 * Before, the narrow policy refused the worker's request and such a site could never be confirmed or verified.
 */

const SHOP = 'https://www.sklep-przyklad.pl';
const recipe = {
  id: 'sklep-przyklad',
  name: 'Sklep Przykład',
  sites: [{ domain: 'sklep-przyklad.pl', origin: SHOP, authCookies: ['SKLEPSESSID'] }],
  signOut: [{ kind: 'url', path: '/wyloguj' }],
  accountCheck: {
    url: '/konto',
    signedIn: { kind: 'marker', text: ['Moje konto'] },
    accountName: { kind: 'between', after: '<span class="witaj">Witaj, ', before: '</span>' },
  },
  provenance: {
    sources: [{ url: `${SHOP}/`, note: 'Test fixture: "Wyloguj się" is a plain GET link in the header.' }],
    checked: '2026-12-06',
    accountCheck: { confidence: 'low', sources: [{ url: `${SHOP}/konto`, note: 'Test fixture: guests are sent to /logowanie.' }] },
  },
};

const row = (popup: Page) => popup.locator('[data-testid="session-row"][data-session-id="sklep-przyklad:sklep-przyklad.pl"]');

test('an imported recipe\'s site is confirmed and its sign-out verified by the site, asked from the site\'s own tab', async ({
  page,
  context,
  extensionId,
  fixtures,
  openPopup,
}) => {
  // The profile holds access to every https site (granted once); the recipe is stored as the import dialog stores it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate((input) => chrome.storage.local.set({ importedRecipes: [input] }), recipe);
  await options.close();

  await signInGeneric(page, fixtures.sklepPrzyklad); // The person's tab stays on the shop.
  const popup = await openPopup();
  // The check waits for the person's tab to finish loading the shop after the sign-in (bounded by its 8 s).
  await expect(row(popup)).toContainText('Sklep Przykład (sklep-przyklad.pl) — Jan', { timeout: 15_000 });
  const [session] = await readTable<SessionRow>(popup, 'sessions');
  expect(session).toMatchObject({ recipeId: 'sklep-przyklad', siteCheck: { state: 'confirmed', named: true } });

  await popup.getByRole('button', { name: 'Sign out of Sklep Przykład (sklep-przyklad.pl)' }).click();
  const result = popup.locator('[data-testid="result-row"]').filter({ hasText: '(sklep-przyklad.pl)' });
  await expect(result).toHaveAttribute('data-outcome', 'verified', { timeout: 45_000 });
  expect(fixtures.sklepPrzyklad.activeSessions()).toHaveLength(0);
  const audit = await readTable<AuditRow>(popup, 'audit');
  expect(audit).toMatchObject([{ recipeId: 'sklep-przyklad', domain: 'sklep-przyklad.pl', outcome: 'verified' }]);
});
