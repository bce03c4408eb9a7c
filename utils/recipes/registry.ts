import { applyPolicyRecipes, readManagedPolicy } from '../policy';
import { hostOnDomain } from './host-match';
import { readImportedRecipes } from './imported';
import { parseRecipe, type Recipe, type SiteEntry } from './schema';
import { recipeInputs } from './sites';

/** Every built-in recipe, validated once when the module loads: a broken recipe fails the build, not a user. */
export const builtInRecipes: readonly Recipe[] = recipeInputs.map(parseRecipe);

/** Recipes from outside the extension: pushed by an administrator's policy, or imported by the person. */
let extraRecipes: readonly Recipe[] = [];
let extraLoaded: Promise<void> | undefined;

/** Reads imported and policy recipes (once per context; again after `reloadExtraRecipes`). */
export function loadExtraRecipes(): Promise<void> {
  extraLoaded ??= reloadExtraRecipes();
  return extraLoaded;
}

export async function reloadExtraRecipes(): Promise<void> {
  const [imported, policy] = await Promise.all([readImportedRecipes(), readManagedPolicy().then(applyPolicyRecipes)]);
  const accepted: Recipe[] = [];
  // Built-ins win over everything, and an earlier recipe over a later one claiming the same id or domain.
  for (const recipe of [...policy.recipes, ...imported]) {
    const taken = [...builtInRecipes, ...accepted];
    const clash = taken.some((other) => other.id === recipe.id || other.sites.some((s) => recipe.sites.some((r) => r.domain === s.domain)));
    if (!clash) accepted.push(recipe);
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
