import { hostOnDomain } from '../core/host-match';
import { recipeInputs } from './sites';

/**
 * Match patterns for every recipe domain, for host permissions and the detector's matches: https only, as every
 * recipe site is (the schema allows no other origin). Read from the raw recipe data so that content scripts
 * importing it do not bundle the schema library.
 */
export function recipeMatchPatterns(): string[] {
  return recipeInputs.flatMap((recipe) => recipe.sites.map((site) => `https://*.${site.domain}/*`));
}

/** The built-in recipes' domains: the only hosts the extension's own pages and worker may send requests to. */
export function builtInDomains(): string[] {
  return [...new Set(recipeInputs.flatMap((recipe) => recipe.sites.map((site) => site.domain)))];
}

/** True when the worker may request `url` itself: https on a built-in recipe's domain (what `connect-src` allows). */
export function workerMayConnect(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && builtInDomains().some((domain) => hostOnDomain(hostname, domain));
}

/**
 * The extension pages' and worker's content security policy. Scripts only from the package; requests
 * (`connect-src`) only to the extension itself and to the built-in recipe sites, generated from the recipes: the
 * worker requests their sign-out URLs and account checks for the person. Sites not known at build time (imported
 * and policy recipes, sites without a recipe) are asked from a tab of the site itself (utils/account-check/
 * ask-in-site-tab.ts) and signed out in the job's tab, so no extension page can reach any other host.
 */
export function extensionCsp(domains: readonly string[] = builtInDomains()): string {
  const sites = [...new Set(domains)].flatMap((domain) => [`https://${domain}`, `https://*.${domain}`]);
  return (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
    `frame-ancestors 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ${sites.join(' ')}`
  );
}
