import { browser } from 'wxt/browser';
import { parseRecipe, RecipeError, type Recipe } from './schema';

/**
 * Recipes a person imported (JSON files), kept in storage.local exactly as validated. They are data like the
 * built-in ones and pass the same schema; they may not reuse a built-in recipe's id or domains.
 */
const KEY = 'importedRecipes';

export async function readImportedRecipes(): Promise<Recipe[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  // Stored recipes were valid when imported; one that no longer parses (an older schema) is skipped, not fatal.
  return stored.flatMap((input: unknown) => {
    try {
      return [parseRecipe(input)];
    } catch {
      return [];
    }
  });
}

/** Parses and checks a recipe file's text; throws RecipeError naming the field and why. */
export function checkImportedRecipe(text: string, taken: readonly Recipe[]): Recipe {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new RecipeError(`(file): not JSON — ${error instanceof Error ? error.message : String(error)}`);
  }
  const recipe = parseRecipe(input);
  const clash = taken.find((other) => other.id === recipe.id);
  if (clash) throw new RecipeError(`id: "${recipe.id}" is already used by a recipe`);
  for (const [index, site] of recipe.sites.entries()) {
    const owner = taken.find((other) => other.sites.some((s) => s.domain === site.domain));
    if (owner) throw new RecipeError(`sites.${index}.domain: ${site.domain} already belongs to the "${owner.id}" recipe`);
  }
  return recipe;
}

export async function saveImportedRecipe(recipe: Recipe): Promise<void> {
  const current = await readImportedRecipes();
  await browser.storage.local.set({ [KEY]: [...current.filter((r) => r.id !== recipe.id), recipe] });
}

export async function removeImportedRecipe(id: string): Promise<void> {
  const current = await readImportedRecipes();
  await browser.storage.local.set({ [KEY]: current.filter((recipe) => recipe.id !== id) });
}

/** The host permissions a recipe's sites need (requested from the person before importing). */
export function recipeOrigins(recipe: Recipe): string[] {
  return recipe.sites.map((site) => `https://*.${site.domain}/*`);
}
