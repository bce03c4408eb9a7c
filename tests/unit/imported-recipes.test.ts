import { describe, expect, it } from 'vitest';
import { checkImportedRecipe, readImportedRecipes, saveImportedRecipe } from '@/utils/recipes/imported';
import { builtInRecipes, recipeById, reloadExtraRecipes, siteForHost } from '@/utils/recipes/registry';

const shop = {
  id: 'sklep-przyklad',
  name: 'Sklep Przykład',
  sites: [{ domain: 'sklep-przyklad.pl', origin: 'https://www.sklep-przyklad.pl', authCookies: ['sklep_sesja'] }],
  signOut: [{ kind: 'url', path: '/wyloguj' }],
  provenance: { sources: [{ url: 'https://www.sklep-przyklad.pl/', note: 'Written by the shop owner.' }], checked: '2026-11-20' },
};

describe('importing a recipe', () => {
  it('accepts a valid recipe file and makes it live after a reload', async () => {
    const recipe = checkImportedRecipe(JSON.stringify(shop), builtInRecipes);
    await saveImportedRecipe(recipe);
    await reloadExtraRecipes();
    expect(recipeById('sklep-przyklad')?.name).toBe('Sklep Przykład');
    expect(siteForHost('www.sklep-przyklad.pl')?.recipe.id).toBe('sklep-przyklad');
    expect(await readImportedRecipes()).toHaveLength(1);
  });

  it.each([
    ['not JSON', 'alert(1)', '(file): not JSON'],
    ['a script field', JSON.stringify({ ...shop, script: 'fetch("https://evil.example")' }), '(recipe): Unrecognized key'],
    ['navigation to another site', JSON.stringify({ ...shop, signOut: [{ kind: 'url', path: 'https://evil.example/steal' }] }), 'signOut.0.path'],
    ['an unbounded wait', JSON.stringify({ ...shop, signOut: [{ kind: 'steps', steps: [{ action: 'click', target: { css: ['a'] }, timeoutMs: 1e9 }] }] }), 'signOut.0.steps.0.timeoutMs'],
    ['a built-in id', JSON.stringify({ ...shop, id: 'amazon' }), 'id: "amazon" is already used'],
    ['a built-in domain', JSON.stringify({ ...shop, sites: [{ ...shop.sites[0], domain: 'amazon.pl', origin: 'https://www.amazon.pl' }] }), 'sites.0.domain: amazon.pl already belongs to the "amazon" recipe'],
  ])('refuses %s, naming the field', (_label, text, message) => {
    expect(() => checkImportedRecipe(text, builtInRecipes)).toThrow(message);
  });

  it('skips a stored recipe that no longer validates instead of failing', async () => {
    await saveImportedRecipe(checkImportedRecipe(JSON.stringify(shop), builtInRecipes));
    const { browser } = await import('wxt/browser');
    const stored = (await browser.storage.local.get('importedRecipes')).importedRecipes as unknown[];
    await browser.storage.local.set({ importedRecipes: [...stored, { id: 'broken' }] });
    expect((await readImportedRecipes()).map((r) => r.id)).toEqual(['sklep-przyklad']);
  });
});
