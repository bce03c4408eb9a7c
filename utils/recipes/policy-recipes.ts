import { z } from 'zod';
import { readManagedStorage } from '../browser/managed-storage';
import { builtInRecipes } from './built-in';
import { extraRecipeIssues, formatRuleIssues } from './extra-recipe-rules';
import { parseRecipe, type Recipe } from './schema';

/**
 * Recipes an administrator pushes through the policy's `extraRecipes` field. The rest of the policy (settings it
 * locks, what was ignored) is utils/policy.ts's; the recipes are read here, so that the registry, below the policy,
 * can load them without importing it.
 */
export const PolicyRecipeInputs = z.array(z.unknown()).max(50);

/** The policy's extra recipes that validate, and for each one that does not, the field and why. */
export function applyPolicyRecipes(policy: { extraRecipes?: readonly unknown[] }): { recipes: Recipe[]; errors: string[] } {
  const recipes: Recipe[] = [];
  const errors: string[] = [];
  for (const [index, input] of (policy.extraRecipes ?? []).entries()) {
    let recipe: Recipe;
    try {
      recipe = parseRecipe(input);
    } catch (error) {
      errors.push(`extraRecipes.${index}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    // The same rules as for an imported recipe: its own sites only, none a built-in recipe covers.
    const issues = extraRecipeIssues(recipe, [...builtInRecipes, ...recipes]);
    if (issues.length) errors.push(`extraRecipes.${index}: ${formatRuleIssues(issues)}`);
    else recipes.push(recipe);
  }
  return { recipes, errors };
}

/** The valid recipes of the policy in force; none when there is no policy or its field is not a list of at most 50. */
export async function readPolicyRecipes(): Promise<Recipe[]> {
  const raw = await readManagedStorage();
  const field = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'extraRecipes' in raw ? raw.extraRecipes : undefined;
  const inputs = PolicyRecipeInputs.safeParse(field);
  return inputs.success ? applyPolicyRecipes({ extraRecipes: inputs.data }).recipes : [];
}
