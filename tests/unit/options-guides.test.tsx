// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GuideSections } from '@/entrypoints/options/guides';
import { I18nContext } from '@/components/I18nContext';
import { t } from '@/utils/i18n';
import { saveImportedRecipe } from '@/utils/recipes/imported';
import { Recipe } from '@/utils/recipes/schema';

// Issue 13: the options page lists the guides of imported and policy recipes too, not only the built-in ones.

/** A recipe with one guide, as a person imports it or an administrator's policy pushes it. */
function recipeWithGuide(id: string, domain: string, title: string) {
  return Recipe.parse({
    id,
    name: id,
    sites: [{ domain, origin: `https://www.${domain}`, authCookies: ['SESSID'] }],
    signOut: [{ kind: 'generic', startPath: '/' }],
    guides: [
      {
        id: 'delete-account',
        kind: 'delete-account',
        title: { en: title, pl: title },
        description: { en: 'Deletes the account.', pl: 'Usuwa konto.' },
        menuLabel: { en: 'Delete account…', pl: 'Usuń konto…' },
        what: { en: 'Account', pl: 'Konto' },
        startPath: '/konto',
        signedOut: { present: { css: ['form#logowanie'] } },
        steps: [
          {
            id: 'delete',
            kind: 'final',
            instruction: { en: 'Press “Delete account”.', pl: 'Naciśnij „Usuń konto”.' },
            target: { text: { pl: ['Usuń konto'] } },
            manual: { en: 'Find “Delete account”.', pl: 'Znajdź „Usuń konto”.' },
          },
        ],
        endings: [{ id: 'done', outcome: 'completed', when: { url: ['/usunieto'] }, message: { en: 'Deleted.', pl: 'Usunięto.' } }],
      },
    ],
    provenance: { sources: [{ url: `https://www.${domain}/`, note: 'Written for this test.' }], checked: '2026-12-06' },
  });
}

const cardOf = (recipeId: string) => document.querySelector(`[data-testid="guide-card"][data-recipe-id="${recipeId}"]`);

afterEach(cleanup);

describe('options page: guides of every recipe in force', () => {
  it('lists an imported recipe’s guide and a policy recipe’s guide next to the built-in ones, as they arrive', async () => {
    render(
      <I18nContext.Provider value={{ t, lang: 'en' }}>
        <GuideSections onDownload={() => undefined} />
      </I18nContext.Provider>,
    );
    await waitFor(() => expect(cardOf('amazon')).not.toBeNull()); // Built-in guides, as before.
    expect(cardOf('sklep-przyklad')).toBeNull();

    // Imported while the page is open (the import section stores it).
    await saveImportedRecipe(recipeWithGuide('sklep-przyklad', 'sklep-przyklad.pl', 'Delete the shop account'));
    await waitFor(() => expect(cardOf('sklep-przyklad')).not.toBeNull());
    expect(screen.getByRole('heading', { name: 'Delete the shop account' })).toBeTruthy();

    // Pushed by the administrator's policy while the page is open.
    await fakeBrowser.storage.managed.set({ extraRecipes: [recipeWithGuide('firma-portal', 'firma-portal.pl', 'Close the portal account')] });
    await waitFor(() => expect(cardOf('firma-portal')).not.toBeNull());
    expect(screen.getByRole('button', { name: /Close the portal account.*firma-portal\.pl/ })).toBeTruthy();
  });
});
