import { defineStoredItem } from '../browser/stored-item';
import { extraRecipeIssues, formatRuleIssues } from './extra-recipe-rules';
import { parseRecipe, RecipeError, type Recipe } from './schema';

/**
 * Recipes a person imported (JSON files), kept in storage.local exactly as validated. They are data like the
 * built-in ones and pass the same schema, and the rules for recipes from outside (extra-recipe-rules.ts): they act
 * only on their own sites, none of which a built-in recipe covers.
 */
/** Stored recipes were valid when imported; one that no longer parses (an older schema) is skipped, not fatal. */
function parseStoredRecipes(stored: unknown): Recipe[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((input: unknown) => {
    try {
      return [parseRecipe(input)];
    } catch {
      return [];
    }
  });
}

export const importedRecipesItem = defineStoredItem('local:importedRecipes', { parse: parseStoredRecipes });

export function readImportedRecipes(): Promise<Recipe[]> {
  return importedRecipesItem.get();
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
  const issues = extraRecipeIssues(recipe, taken);
  if (issues.length) throw new RecipeError(formatRuleIssues(issues));
  return recipe;
}

export async function saveImportedRecipe(recipe: Recipe): Promise<void> {
  const current = await readImportedRecipes();
  await importedRecipesItem.set([...current.filter((r) => r.id !== recipe.id), recipe]);
}

export async function removeImportedRecipe(id: string): Promise<void> {
  const current = await readImportedRecipes();
  await importedRecipesItem.set(current.filter((recipe) => recipe.id !== id));
}

/** The host permissions a recipe's sites need (requested from the person before importing). */
export function recipeOrigins(recipe: Recipe): string[] {
  return recipe.sites.map((site) => `https://*.${site.domain}/*`);
}
