import type { SessionRow } from '../../utils/db-schema';
import { signInGeneric, testWithAllHttps as test } from './detect-other-sites';
import { readTable } from './extension-state';
import { expect } from './harness';
import { shopRecipe } from '../fixture-sites/generic/shop-recipe';

/**
 * Issue 13 §6: the popup treats every recipe alike. A recipe the person imported (stored as the options page stores
 * it) for the Polish shop fixture, with an account switcher and a guide the build never saw: signed in there, the
 * popup's row offers both, as it does for a built-in recipe. Imported while the person is already signed in there,
 * the session is listed at once. The options page lists the recipe's guide with the built-in ones.
 */

test('an imported recipe shows its account switch and its guide in the popup, like a built-in one', async ({ page, context, extensionId, openPopup, fixtures }) => {
  // Signed in first, the recipe imported after: the session is listed without waiting for the next cookie change.
  await signInGeneric(page, fixtures.sklepPrzyklad);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate((recipe) => chrome.storage.local.set({ importedRecipes: [recipe] }), shopRecipe);
  await options.close();

  const popup = await openPopup();
  const row = popup.locator('[data-testid="session-row"][data-session-id="sklep-przyklad:sklep-przyklad.pl"]');
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row.getByRole('button', { name: /Switch account/ })).toBeVisible();
  await expect(row.locator('[data-guide-id="delete-account"]')).toHaveText('Delete shop account…');

  const stored = (await readTable<SessionRow>(popup, 'sessions')).find((session) => session.id === 'sklep-przyklad:sklep-przyklad.pl');
  expect(stored).toMatchObject({ accountFlows: ['switchAccount'], guides: [{ id: 'delete-account' }] });

  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(popup.locator('[data-testid="guide-card"][data-recipe-id="sklep-przyklad"]')).toContainText('Delete the shop account');
});
