import { parseRecipe, type Recipe, type SiteEntry } from './schema';
import { hostOnDomain } from './host-match';
import { recipeInputs } from './sites';

/** Every built-in recipe, validated once when the module loads: a broken recipe fails the build, not a user. */
export const builtInRecipes: readonly Recipe[] = recipeInputs.map(parseRecipe);

export function recipeById(id: string): Recipe | undefined {
  return builtInRecipes.find((recipe) => recipe.id === id);
}

/** The recipe and site entry a cookie or page host belongs to ("www.amazon.pl" → amazon / amazon.pl). */
export function siteForHost(host: string): { recipe: Recipe; site: SiteEntry } | undefined {
  for (const recipe of builtInRecipes) {
    const site = recipe.sites.find((entry) => hostOnDomain(host, entry.domain));
    if (site) return { recipe, site };
  }
  return undefined;
}
