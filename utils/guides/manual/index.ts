import { amazonPhoneApp, amazonWindowsApp } from './amazon-devices';
import type { ManualGuide } from './manual-guide';

export { manualGuidesPath, RECIPES_WITH_MANUAL_GUIDES } from './links';

/** Every manual guide, in the order the options page lists them. */
export const MANUAL_GUIDES: readonly ManualGuide[] = [amazonPhoneApp, amazonWindowsApp];

/** The manual guides a recipe's row offers ("amazon" → the phone app and the Windows app). */
export function manualGuidesFor(recipeId: string): ManualGuide[] {
  return MANUAL_GUIDES.filter((guide) => guide.recipeId === recipeId);
}
