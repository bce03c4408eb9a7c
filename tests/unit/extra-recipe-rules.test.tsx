// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nContext } from '@/components/I18nContext';
import { RecipeImportSection } from '@/components/options/RecipeImportSection';
import { formatMessage, type LocaleMessages } from '@/utils/i18n';
import { applyPolicyRecipes } from '@/utils/recipes/policy-recipes';
import { recipeReach } from '@/utils/recipes/extra-recipe-rules';
import { checkImportedRecipe, readImportedRecipes } from '@/utils/recipes/imported';
import { builtInRecipes, recipeById, reloadExtraRecipes, siteForHost } from '@/utils/recipes/registry';

// Issue #11 §2: a recipe from outside (imported, or pushed by policy) may act only on the sites it asks access for.

const shop = {
  id: 'sklep-przyklad',
  name: 'Sklep Przykład',
  sites: [{ domain: 'sklep-przyklad.pl', origin: 'https://www.sklep-przyklad.pl', authCookies: ['sklep_sesja'] }],
  signOut: [{ kind: 'url', path: '/wyloguj' }],
  provenance: { sources: [{ url: 'https://www.sklep-przyklad.pl/', note: 'Written by the shop owner.' }], checked: '2026-11-20' },
};
type Shop = Record<string, unknown>;
const withSite = (domain: string, origin = `https://www.${domain}`): Shop => ({ ...shop, sites: [{ domain, origin, authCookies: ['s'] }] });
const clickOn = (texts: string[], css?: string[]) => ({ action: 'click', target: { ...(css ? { css } : {}), text: { pl: texts } } });

/** Each attack the review found, and the field the refusal must name. */
const ATTACKS: [name: string, recipe: Shop, field: string][] = [
  ['related domains of other sites (google.com, amazon.pl)', { ...shop, relatedDomains: ['google.com', 'amazon.pl'] }, 'relatedDomains.0: google.com is not one of the recipe\'s own sites'],
  [
    'a url method on Google\'s sign-out (the request would carry Google\'s cookies)',
    { ...shop, relatedDomains: ['google.com'], signOut: [{ kind: 'url', path: 'https://accounts.google.com/Logout' }] },
    'signOut.0.path: accounts.google.com is not one of the recipe\'s own sites',
  ],
  [
    'a steps flow starting on amazon.pl that presses "Usuń"',
    { ...shop, relatedDomains: ['amazon.pl'], signOut: [{ kind: 'steps', startPath: 'https://www.amazon.pl/a/addresses', steps: [clickOn(['Usuń'])] }] },
    'signOut.0.startPath: www.amazon.pl is not one of the recipe\'s own sites',
  ],
  ['a site under a built-in domain (myaccount.google.com)', withSite('myaccount.google.com', 'https://myaccount.google.com'), 'sites.0.domain: myaccount.google.com is under google.com, which belongs to the "google" recipe'],
  ['a public suffix above a built-in domain (co.uk)', withSite('co.uk', 'https://www.co.uk'), 'sites.0.domain: co.uk is a public suffix'],
  ['a public suffix of the private section (github.io)', withSite('github.io', 'https://www.github.io'), 'sites.0.domain: github.io is a public suffix'],
  ['a site equal to a built-in domain (youtube.com)', withSite('youtube.com'), 'sites.0.domain: youtube.com already belongs to the "youtube" recipe'],
  [
    'an account flow on another site',
    { ...shop, relatedDomains: ['google.com'], flows: { switchAccount: { startPath: 'https://accounts.google.com/AccountChooser', steps: [{ action: 'waitFor', target: { css: ['body'] } }] } } },
    'flows.switchAccount.startPath: accounts.google.com is not one of the recipe\'s own sites',
  ],
  [
    'a click step on its own site that names a destructive control',
    { ...shop, signOut: [{ kind: 'steps', steps: [clickOn(['Usuń konto'])] }] },
    'signOut.0.steps.0.target: "Usuń konto" names a destructive control',
  ],
  [
    'a click step whose selector names a destructive address',
    { ...shop, signOut: [{ kind: 'steps', steps: [{ action: 'click', target: { css: ['a[href*="/account/delete"]'] } }] }] },
    'signOut.0.steps.0.target: "a[href*="/account/delete"]" names a destructive control',
  ],
  [
    'a forget-remembered flow that presses "Remove"',
    {
      ...shop,
      // With its evidence, so that the press itself is what is refused.
      provenance: { ...shop.provenance, forgetRemembered: [{ part: 'remove', confidence: 'high', sources: [{ url: 'https://sklep-przyklad.pl/pomoc', note: 'Help page.' }] }] },
      flows: { forgetRemembered: { steps: [{ action: 'click', target: { text: { en: ['Remove account'] } } }] } },
    },
    'flows.forgetRemembered.steps.0.target',
  ],
];

describe('imported recipes act only on their own sites', () => {
  it.each(ATTACKS)('refuses %s, naming the field', (_name, recipe, field) => {
    expect(() => checkImportedRecipe(JSON.stringify(recipe), builtInRecipes)).toThrow(field);
  });

  it.each(ATTACKS)('a policy recipe with %s is refused too, and reported', (_name, recipe, field) => {
    const { recipes, errors } = applyPolicyRecipes({ extraRecipes: [recipe] });
    expect(recipes).toEqual([]);
    expect(errors).toEqual([expect.stringContaining(`extraRecipes.0: `)]);
    expect(errors[0]).toContain(field);
  });

  it('refuses a site above or under another imported recipe\'s site (parent domains are not spare)', () => {
    const panel = checkImportedRecipe(JSON.stringify({ ...withSite('panel.sklep-przyklad.pl', 'https://panel.sklep-przyklad.pl'), id: 'panel' }), builtInRecipes);
    expect(() => checkImportedRecipe(JSON.stringify(shop), [...builtInRecipes, panel])).toThrow(
      'sites.0.domain: sklep-przyklad.pl is above panel.sklep-przyklad.pl, which belongs to the "panel" recipe',
    );
  });

  it('a recipe stored before these rules (or edited in storage) is not loaded', async () => {
    const stored = { ...shop, relatedDomains: ['google.com'], signOut: [{ kind: 'url', path: 'https://accounts.google.com/Logout' }] };
    await fakeBrowser.storage.local.set({ importedRecipes: [shop, { ...stored, id: 'old-import', sites: [{ domain: 'inny-sklep.pl', origin: 'https://www.inny-sklep.pl', authCookies: ['s'] }] }] });
    expect((await readImportedRecipes()).map((r) => r.id)).toEqual(['sklep-przyklad', 'old-import']);
    await reloadExtraRecipes();
    expect(recipeById('sklep-przyklad')).toBeDefined();
    expect(recipeById('old-import')).toBeUndefined();
    expect(siteForHost('www.inny-sklep.pl')).toBeUndefined();
  });

  it('still accepts a recipe that stays on its own sites: a subdomain as related domain, a full URL on its own site, guides', () => {
    const recipe = checkImportedRecipe(
      JSON.stringify({
        ...shop,
        sites: [...shop.sites, { domain: 'sklep-przyklad.com', origin: 'https://www.sklep-przyklad.com', authCookies: ['s'] }],
        relatedDomains: ['konto.sklep-przyklad.pl'],
        signOut: [{ kind: 'url', path: 'https://konto.sklep-przyklad.pl/wyloguj' }, { kind: 'steps', steps: [clickOn(['Wyloguj się'])] }],
      }),
      builtInRecipes,
    );
    expect(recipe.id).toBe('sklep-przyklad');
    // The same site on another suffix's neighbour (alice.github.io) is someone's own site, not the suffix.
    expect(checkImportedRecipe(JSON.stringify(withSite('alice.github.io', 'https://alice.github.io')), builtInRecipes).sites[0]!.domain).toBe('alice.github.io');
  });
});

describe('the import dialog shows everything the recipe would touch', () => {
  afterEach(cleanup);
  const recipe = checkImportedRecipe(
    JSON.stringify({
      ...shop,
      relatedDomains: ['konto.sklep-przyklad.pl'],
      signOut: [{ kind: 'url', path: 'https://konto.sklep-przyklad.pl/wyloguj' }, { kind: 'steps', startPath: '/moje-konto', steps: [clickOn(['Wyloguj się'])] }],
      flows: { switchAccount: { startPath: '/zmien-konto', steps: [{ action: 'waitFor', target: { css: ['form'] } }] } },
    }),
    builtInRecipes,
  );

  it('lists every domain and address', () => {
    expect(recipeReach(recipe)).toEqual({
      domains: ['sklep-przyklad.pl', 'konto.sklep-przyklad.pl'],
      addresses: ['https://konto.sklep-przyklad.pl/wyloguj', 'https://www.sklep-przyklad.pl/moje-konto', 'https://www.sklep-przyklad.pl/zmien-konto'],
    });
  });

  it.each(['en', 'pl'])('in %s', (lang) => {
    const messages = JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as LocaleMessages;
    const t = (key: string, substitutions?: string | string[]) => formatMessage(messages[key], substitutions);
    const pending = { id: recipe.id, name: recipe.name, ...recipeReach(recipe) };
    render(
      <I18nContext.Provider value={{ t, lang }}>
        <RecipeImportSection imported={[]} pending={pending} onChooseFile={() => undefined} onConfirm={() => undefined} onRemove={() => undefined} />
      </I18nContext.Provider>,
    );
    const reach = screen.getByTestId('recipe-reach');
    expect(reach.textContent).toContain(messages.recipeReachHeading!.message);
    expect([...screen.getByTestId('recipe-reach-domains').querySelectorAll('li')].map((li) => li.textContent)).toEqual(pending.domains);
    expect([...screen.getByTestId('recipe-reach-addresses').querySelectorAll('li')].map((li) => li.textContent)).toEqual(pending.addresses);
  });
});
