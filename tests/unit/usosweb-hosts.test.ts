import { describe, expect, it } from 'vitest';
import { siteOf } from '@/utils/core/site-identity';
import { extraRecipeIssues } from '@/utils/recipes/extra-recipe-rules';
import { builtInRecipes, siteForHost } from '@/utils/recipes/registry';
import { parseRecipe } from '@/utils/recipes/schema';

/**
 * One USOSweb recipe covers many universities (utils/recipes/sites/usosweb.ts). Each entry is the USOSweb host
 * itself, never the university's whole domain: the recipe's host permission, cookies, sign-out and account check
 * must not reach the university's mail, CAS or web pages, and another university's USOSweb stays addable.
 */
const usosweb = builtInRecipes.find((recipe) => recipe.id === 'usosweb')!;

const imported = (domain: string) =>
  parseRecipe({
    id: `usos-${domain.replace(/\./g, '-')}`,
    name: 'USOSweb',
    sites: [{ domain, origin: `https://${domain}`, authCookies: ['PHPSESSID'] }],
    signOut: [{ kind: 'url', path: '/kontroler.php?_action=logowaniecas/wyloguj' }],
    provenance: { sources: [{ url: `https://${domain}/`, note: 'Written by the university.' }], checked: '2026-12-06' },
  });

describe('USOSweb: many universities, each confined to its USOSweb host', () => {
  it('claims USOSweb hosts, never a university\'s registrable domain', () => {
    expect(usosweb.sites.length).toBeGreaterThanOrEqual(10);
    for (const site of usosweb.sites) {
      expect(siteOf(site.domain), site.domain).not.toBe(site.domain);
      expect(site.domain).toMatch(/^usos(web)?\./);
      const host = new URL(site.origin).hostname;
      expect([site.domain, `www.${site.domain}`]).toContain(host);
    }
  });

  it('tracks a session on the host it was seen on, and nothing else of the university', () => {
    expect(siteForHost('usosweb.uw.edu.pl')?.site.domain).toBe('usosweb.uw.edu.pl');
    expect(siteForHost('www.usosweb.uj.edu.pl')?.site.domain).toBe('usosweb.uj.edu.pl');
    for (const host of ['uw.edu.pl', 'www.uw.edu.pl', 'logowanie.uw.edu.pl', 'poczta.uj.edu.pl', 'usosweb.example.com']) {
      expect(siteForHost(host), host).toBeUndefined();
    }
  });

  it('leaves another university\'s USOSweb to an imported recipe, but not a university domain above a listed host', () => {
    expect(extraRecipeIssues(imported('usosweb.nowa-uczelnia.edu.pl'), builtInRecipes)).toEqual([]);
    expect(extraRecipeIssues(imported('uw.edu.pl'), builtInRecipes).map((issue) => issue.message)).toEqual([
      'uw.edu.pl is above usosweb.uw.edu.pl, which belongs to the "usosweb" recipe',
    ]);
  });
});
