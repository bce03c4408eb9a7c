import { guideInputs } from '../guides/sites';
import { parseRecipe, type Recipe, type RecipeInput } from './schema';
import { recipeInputs } from './sites';

/** Every built-in recipe as written, with the guides written for its site (utils/guides/sites) joined in. */
export const builtInRecipeInputs: readonly RecipeInput[] = recipeInputs.map((input) => ({
  ...input,
  guides: [...(guideInputs[input.id] ?? [])],
}));

/** Every built-in recipe, validated once when the module loads: a broken recipe fails the build, not a user. */
export const builtInRecipes: readonly Recipe[] = builtInRecipeInputs.map(parseRecipe);
