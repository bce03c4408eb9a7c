import { parseRecipe, type Recipe } from './schema';
import { recipeInputs } from './sites';

/** Every built-in recipe, validated once when the module loads: a broken recipe fails the build, not a user. */
export const builtInRecipes: readonly Recipe[] = recipeInputs.map(parseRecipe);
