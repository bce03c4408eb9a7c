import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { builtInDomains, extensionCsp, workerMayConnect } from '@/utils/recipes/match-patterns';
import { recipeInputs } from '@/utils/recipes/sites';

/**
 * Issue #11 §7: the extension's pages and worker may connect only to themselves and to the built-in recipe sites.
 * Sites not known at build time are asked from a tab of their own (utils/account-check/ask-in-site-tab.ts).
 */

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string }) => { content_security_policy?: unknown };

/** The CSP of the manifest wxt.config.ts really builds, for each browser and manifest version. */
function builtCsp(browser: string, manifestVersion: 2 | 3): string {
  const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production' });
  const csp = manifest.content_security_policy as { extension_pages?: string } | string | undefined;
  const text = typeof csp === 'string' ? csp : csp?.extension_pages;
  if (!text) throw new Error(`no content security policy for ${browser} MV${manifestVersion}`);
  return text;
}

const directive = (csp: string, name: string) =>
  csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `))?.split(/\s+/).slice(1);

const domains = recipeInputs.flatMap((recipe) => recipe.sites.map((site) => site.domain));

describe('the extension content security policy', () => {
  for (const [browser, version] of [['chrome', 3], ['firefox', 2], ['firefox', 3]] as const) {
    it(`${browser} MV${version}: connect-src names itself and the built-in recipe sites only, never any https host`, () => {
      const connect = directive(builtCsp(browser, version), 'connect-src');
      expect(connect).toBeDefined();
      // No scheme-only or wildcard source that would let a request reach any host again.
      for (const source of connect!) {
        expect(source, source).not.toMatch(/^(https?:|\*|https?:\/\/\*(\/.*)?|wss?:|data:|blob:)$/);
        const host = /^https:\/\/(?:\*\.)?([a-z0-9.-]+)$/.exec(source)?.[1];
        if (source !== "'self'") expect(domains, `${source} is not a built-in recipe site`).toContain(host);
      }
      expect(new Set(connect)).toEqual(new Set(["'self'", ...domains.flatMap((domain) => [`https://${domain}`, `https://*.${domain}`])]));
    });
  }

  it('keeps scripts to the package and everything else to itself', () => {
    const csp = extensionCsp();
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
  });

  it('the worker requests a site itself only where the policy lets it (the rest is asked from the site\'s tab)', () => {
    expect(builtInDomains()).toEqual([...new Set(domains)]);
    expect(workerMayConnect('https://www.amazon.pl/gp/css/homepage.html')).toBe(true);
    expect(workerMayConnect('https://amazon.pl/')).toBe(true);
    expect(workerMayConnect('http://www.amazon.pl/')).toBe(false);
    expect(workerMayConnect('https://www.sklep-przyklad.pl/')).toBe(false);
    expect(workerMayConnect('https://notamazon.pl/')).toBe(false);
    expect(workerMayConnect('https://amazon.pl.evil.example/')).toBe(false);
  });
});
