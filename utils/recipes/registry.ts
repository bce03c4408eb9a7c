import { parseRecipe, type Recipe, type SiteEntry } from './schema';
import { amazon } from './sites/amazon';

/** Every built-in recipe, validated once when the module loads: a broken recipe fails the build, not a user. */
export const builtInRecipes: readonly Recipe[] = [amazon].map(parseRecipe);

export function recipeById(id: string): Recipe | undefined {
  return builtInRecipes.find((recipe) => recipe.id === id);
}

/** The recipe and site entry a cookie or page host belongs to ("www.amazon.pl" → amazon / amazon.pl). */
export function siteForHost(host: string): { recipe: Recipe; site: SiteEntry } | undefined {
  const bare = host.replace(/^\./, '').toLowerCase();
  for (const recipe of builtInRecipes) {
    for (const site of recipe.sites) {
      if (bare === site.domain || bare.endsWith(`.${site.domain}`)) return { recipe, site };
    }
  }
  return undefined;
}

/** Match patterns for every recipe domain: host permissions and the detector's matches come from here. */
export function recipeMatchPatterns(): string[] {
  return builtInRecipes.flatMap((recipe) => recipe.sites.map((site) => `*://*.${site.domain}/*`));
}
