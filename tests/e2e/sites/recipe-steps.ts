import type { Locator, Page } from '@playwright/test';
import type { RecipeInput, Step, Target } from '../../../utils/recipes/schema';
import { recipeInputs } from '../../../utils/recipes/sites/index';

/**
 * Drives one "steps" sign-out method of a recipe on a page with Playwright, as a person would (real pointer, real
 * clicks): a check that the recipe's selectors match the fixture page by page, for methods the extension rarely
 * reaches because a cheaper one (a sign-out URL) comes first. Uses each target's CSS selectors (any of them,
 * first visible match) — the extension's own engine, with text fallbacks, is what the sign-out tests exercise.
 */
export async function driveRecipeSteps(page: Page, recipeId: string, methodIndex: number): Promise<void> {
  const recipe: RecipeInput | undefined = recipeInputs.find((r) => r.id === recipeId);
  const method = recipe?.signOut[methodIndex];
  if (!recipe || method?.kind !== 'steps') throw new Error(`${recipeId}: sign-out method ${methodIndex} is not a steps method`);
  const origin = recipe.sites[0]!.origin;
  const resolve = (path: string) => (path.startsWith('/') ? origin + path : path);
  await page.goto(resolve(method.startPath ?? '/'));
  for (const step of method.steps as Step[]) {
    if (step.action === 'navigate') {
      await page.goto(resolve(step.path));
      continue;
    }
    const element = locate(page, step.target);
    const timeout = step.timeoutMs ?? 5_000;
    if (step.action === 'hover') await element.hover({ timeout });
    else if (step.action === 'click') await element.click({ timeout });
    else await element.waitFor({ state: step.state === 'absent' ? 'hidden' : 'visible', timeout });
  }
}

function locate(page: Page, target: Target): Locator {
  if (!target.css) throw new Error('driveRecipeSteps needs CSS selectors on every target');
  const scope = target.within ? page.locator(target.within) : page;
  return scope.locator(target.css.join(', ')).filter({ visible: true }).first();
}
