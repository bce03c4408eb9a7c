import type { Recipe } from '../recipes/schema';
import type { Guide } from './schema';

/** The domains of `recipe` a guide runs on: those it names (if they are the recipe's), else all of them. */
export function guideDomains(recipe: Recipe, guide: Guide): string[] {
  const own = recipe.sites.map((site) => site.domain);
  return guide.domains ? own.filter((domain) => guide.domains!.includes(domain)) : own;
}
