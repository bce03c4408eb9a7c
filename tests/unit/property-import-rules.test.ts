import fc from 'fast-check';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { allWords, DESTRUCTIVE_LABELS } from '@/utils/core/sign-out-words';
import { fold, phraseList } from '@/utils/core/words-match';
import { checkImportedRecipe } from '@/utils/recipes/imported';
import { builtInRecipes } from '@/utils/recipes/registry';
import { RecipeError } from '@/utils/recipes/schema';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

/**
 * Property test of the rules for imported and policy recipes (issue #11 §2) on generated recipes whose domains,
 * related domains, addresses and click targets are drawn from pools full of traps: built-in domains, their
 * subdomains and parents, public suffixes (ICANN and private), and destructive labels. Two-sided: a recipe is
 * accepted exactly when an independent reading of the rules says it should be, and a refusal names a field.
 */

const BUILT_IN = builtInRecipes.flatMap((recipe) => [...recipe.sites.map((site) => site.domain), ...recipe.relatedDomains]);
const OWN = ['sklep-przyklad.pl', 'forum-beispiel.de', 'alice.github.io', 'shop.example.co.uk', 'panel.firma.com.pl', 'blog.krakow.pl'];
const TRAPS = ['google.com', 'myaccount.google.com', 'amazon.pl', 'www.amazon.co.uk', 'co.uk', 'github.io', 'com.pl', 'krakow.pl', 'herokuapp.com', 'pl', 'youtube.com'];
const SITE_DOMAINS = [...OWN, ...TRAPS.filter((d) => d.includes('.'))];
const LABELS = ['Wyloguj się', 'Sign out', 'Log out', 'Usuń', 'Usuń konto', 'Delete account', 'Remove', 'Cancel subscription', 'Log Out Everywhere Else', 'Dalej', 'Konto'];

const destructive = phraseList(allWords(DESTRUCTIVE_LABELS));
const isSuffix = (domain: string) => parse(domain, { allowPrivateDomains: true }).domain === null;
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

interface Gen {
  sites: string[];
  related: string[];
  urlHost: string | null;
  startHost: string | null;
  labels: string[];
}

const gen: fc.Arbitrary<Gen> = fc.record({
  sites: fc.uniqueArray(fc.constantFrom(...SITE_DOMAINS), { minLength: 1, maxLength: 3 }),
  related: fc.uniqueArray(fc.oneof(fc.constantFrom(...SITE_DOMAINS), fc.constantFrom(...OWN).map((d) => `konto.${d}`)), { maxLength: 2 }),
  urlHost: fc.option(fc.oneof(fc.constantFrom(...TRAPS.filter((d) => d.includes('.'))), fc.constantFrom(...OWN).map((d) => `www.${d}`))),
  startHost: fc.option(fc.oneof(fc.constantFrom('accounts.google.com', 'www.amazon.pl'), fc.constantFrom(...OWN).map((d) => `konto.${d}`))),
  labels: fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 3 }),
});

function recipeOf(g: Gen) {
  return {
    id: 'generated',
    name: 'Generated',
    sites: g.sites.map((domain) => ({ domain, origin: `https://www.${domain}`, authCookies: ['sesja'] })),
    relatedDomains: g.related,
    signOut: [
      ...(g.urlHost ? [{ kind: 'url', path: `https://${g.urlHost}/logout` }] : []),
      { kind: 'steps', startPath: g.startHost ? `https://${g.startHost}/konto` : '/konto', steps: [{ action: 'click', target: { text: { pl: g.labels } } }] },
    ],
    provenance: { sources: [{ url: 'https://example.org/', note: 'generated' }], checked: '2026-12-01' },
  };
}

/** The rules, read independently of the implementation. */
function shouldAccept(g: Gen): boolean {
  const navigated = [g.urlHost, g.startHost].filter((host): host is string => host !== null);
  const ownSite = (host: string) => g.sites.some((site) => under(host, site));
  return (
    g.sites.every((site) => !isSuffix(site) && !BUILT_IN.some((b) => under(site, b) || under(b, site))) &&
    g.related.every(ownSite) &&
    navigated.every(ownSite) &&
    g.labels.every((label) => !destructive.contains(fold(label)))
  );
}

describe('import rules: property test', () => {
  it('accepts exactly the recipes that stay on their own sites and name no destructive target; a refusal names the field', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(gen, (g) => {
        let accepted = false;
        try {
          checkImportedRecipe(JSON.stringify(recipeOf(g)), builtInRecipes);
          accepted = true;
        } catch (error) {
          expect(error).toBeInstanceOf(RecipeError);
          // "sites.0.domain: …", "relatedDomains.1: …", "signOut.0.path: …", "signOut.1.steps.0.target: …"
          expect((error as Error).message).toMatch(/^[a-zA-Z]+(\.[\w]+)*: \S/);
        }
        seen[accepted ? 'accepted' : 'refused']++;
        expect(accepted, JSON.stringify(g)).toBe(shouldAccept(g));
      }),
      propertyRuns(PROPERTY_BUDGET.importRules),
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 120_000);
});
