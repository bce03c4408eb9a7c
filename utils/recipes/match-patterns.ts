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
 * The extension pages' and worker's content security policy. Scripts only from the package; requests
 * (`connect-src`) only to the extension itself and to https sites. Requests cannot be narrowed to the built-in
 * recipe sites: the worker also asks sites that are not known at build time whether the person is still signed in
 * (the account check of an imported or policy recipe, and the page of a site without a recipe that the person signed
 * in on). Which sites' cookies such a request carries is decided by the host access the person granted, not by this
 * policy; no request goes anywhere but to a site being checked or signed out.
 */
export const EXTENSION_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' https:";
