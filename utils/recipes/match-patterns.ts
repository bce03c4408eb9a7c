import { recipeInputs } from './sites';

/**
 * Match patterns for every recipe domain, for host permissions and the detector's matches: https only, as every
 * recipe site is (the schema allows no other origin). Read from the raw recipe data so that content scripts
 * importing it do not bundle the schema library.
 */
export function recipeMatchPatterns(): string[] {
  return recipeInputs.flatMap((recipe) => recipe.sites.map((site) => `https://*.${site.domain}/*`));
}

/**
 * The extension pages' and worker's content security policy. Requests (`connect-src`) may go only to the
 * extension itself and to the built-in recipe sites, whose sign-out URLs the worker fetches for the person.
 * Imported and policy recipes are not known at build time: their sign-out URLs are opened in the job's tab
 * instead (a navigation, which connect-src does not govern), so no page of the extension can reach any other host.
 */
export function extensionCsp(domains: readonly string[] = recipeInputs.flatMap((recipe) => recipe.sites.map((site) => site.domain))): string {
  const sites = [...new Set(domains)].flatMap((domain) => [`https://${domain}`, `https://*.${domain}`]);
  return (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
    `frame-ancestors 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ${sites.join(' ')}`
  );
}
