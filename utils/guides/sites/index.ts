import type { GuideInput } from '../schema';
import { amazonGuides } from './amazon';
import { dellGuides } from './dell';
import { deleteAccount as fakturowoDeleteAccount } from './fakturowo';
import { remoteGuideInputs } from './remote';

/**
 * The built-in guides as written (unparsed), by the id of the recipe whose site they run on. utils/recipes/built-in.ts
 * joins them to their recipes; a recipe file itself holds only the site's sign-in facts and its sign-out.
 */
const ownGuides: Readonly<Record<string, readonly GuideInput[]>> = {
  amazon: amazonGuides,
  dell: dellGuides,
  fakturowo: [fakturowoDeleteAccount],
};

/** Each recipe's guides: its own, then its "sign out of other devices" guide (./remote) when it has one. */
export const guideInputs: Readonly<Record<string, readonly GuideInput[]>> = Object.fromEntries(
  [...new Set([...Object.keys(ownGuides), ...Object.keys(remoteGuideInputs)])].map((id) => [
    id,
    [...(ownGuides[id] ?? []), ...(remoteGuideInputs[id] ? [remoteGuideInputs[id]] : [])],
  ]),
);
