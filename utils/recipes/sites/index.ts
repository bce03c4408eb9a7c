import type { RecipeInput } from '../schema';
import { amazon } from './amazon';

/** Every built-in recipe as written (unparsed), in alphabetical order of id. */
export const recipeInputs: readonly RecipeInput[] = [amazon];
