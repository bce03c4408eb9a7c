// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GuideSections } from '@/entrypoints/options/guides';
import { I18nContext } from '@/components/I18nContext';
import { t } from '@/utils/i18n';
import { saveImportedRecipe } from '@/utils/recipes/imported';
import { Recipe } from '@/utils/recipes/schema';
import { shopRecipe } from '../fixture-sites/generic/shop-recipe';

// Issue 13: the options page lists the guides of imported and policy recipes too, not only the built-in ones.

/** The shop's shared recipe under another id and site, its guide retitled: as a person imports it or a policy pushes it. */
function recipeWithGuide(id: string, domain: string, title: string) {
  return Recipe.parse({
    ...shopRecipe,
    id,
    name: id,
    sites: [{ domain, origin: `https://www.${domain}`, authCookies: ['SESSID'] }],
    flows: {},
    guides: [{ ...shopRecipe.guides[0]!, title: { en: title, pl: title } }],
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
