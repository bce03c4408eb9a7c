import type { GuideInput } from '../schema';
import { amazonGuides } from './amazon';
import { dellGuides } from './dell';
import { deleteAccount as fakturowoDeleteAccount } from './fakturowo';

/**
 * The built-in guides as written (unparsed), by the id of the recipe whose site they run on. utils/recipes/built-in.ts
 * joins them to their recipes; a recipe file itself holds only the site's sign-in facts and its sign-out.
 */
export const guideInputs: Readonly<Record<string, readonly GuideInput[]>> = {
  amazon: amazonGuides,
  dell: dellGuides,
  fakturowo: [fakturowoDeleteAccount],
};
