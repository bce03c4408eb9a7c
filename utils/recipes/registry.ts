import { builtInRecipes } from './built-in';
import { extraRecipeIssues } from './extra-recipe-rules';
import { hostOnDomain } from '../core/host-match';
import { readImportedRecipes } from './imported';
import { readPolicyRecipes } from './policy-recipes';
import type { Recipe, SiteEntry } from './schema';

// Kept here too: most callers know the registry as where recipes come from.
export { builtInRecipes };

/** Recipes from outside the extension: pushed by an administrator's policy, or imported by the person. */
let extraRecipes: readonly Recipe[] = [];
let extraLoaded: Promise<void> | undefined;

/** Reads imported and policy recipes (once per context; again after `reloadExtraRecipes`). */
export function loadExtraRecipes(): Promise<void> {
  extraLoaded ??= reloadExtraRecipes();
  return extraLoaded;
}

export async function reloadExtraRecipes(): Promise<void> {
  const [imported, policyRecipes] = await Promise.all([readImportedRecipes(), readPolicyRecipes()]);
  const accepted: Recipe[] = [];
  // Built-ins win over everything, and an earlier recipe over a later one overlapping it. The rules are checked
  // again here, not only at import: a recipe stored by an older version, or edited in storage, gets no pass.
  for (const recipe of [...policyRecipes, ...imported]) {
    if (extraRecipeIssues(recipe, [...builtInRecipes, ...accepted]).length === 0) accepted.push(recipe);
  }
  extraRecipes = accepted;
  extraLoaded = Promise.resolve();
}

/** The imported and policy recipes read so far (see loadExtraRecipes). */
export function loadedExtraRecipes(): readonly Recipe[] {
  return extraRecipes;
}

/** Built-in recipes first, then the extra ones. Call `loadExtraRecipes()` first in a fresh context. */
export function allRecipes(): readonly Recipe[] {
  return [...builtInRecipes, ...extraRecipes];
}

export function recipeById(id: string): Recipe | undefined {
  return allRecipes().find((recipe) => recipe.id === id);
}

/** The recipe and site entry a cookie or page host belongs to ("www.amazon.pl" → amazon / amazon.pl). */
export function siteForHost(host: string): { recipe: Recipe; site: SiteEntry } | undefined {
  for (const recipe of allRecipes()) {
    const site = recipe.sites.find((entry) => hostOnDomain(host, entry.domain));
    if (site) return { recipe, site };
  }
  return undefined;
}
