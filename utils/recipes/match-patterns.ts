import { recipeInputs } from './sites';

/**
 * Match patterns for every recipe domain, for host permissions and the detector's matches. Read from the raw
 * recipe data so that content scripts importing it do not bundle the schema library.
 */
export function recipeMatchPatterns(): string[] {
  return recipeInputs.flatMap((recipe) => recipe.sites.map((site) => `*://*.${site.domain}/*`));
}
