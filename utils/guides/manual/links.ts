/**
 * What the popup needs to link a row to its manual guides, without loading their texts: the recipes that have any
 * (a unit test keeps this list equal to the guides' own) and the page that shows them.
 */
export const RECIPES_WITH_MANUAL_GUIDES: readonly string[] = ['amazon'];

/** The page that shows a recipe's manual guides (scrolled to one of them when `guideId` is given). */
export function manualGuidesPath(recipeId: string, guideId?: string): string {
  return `/manual-guides.html?site=${encodeURIComponent(recipeId)}${guideId ? `#${encodeURIComponent(guideId)}` : ''}`;
}

/** The page of the manual guides (apps on a phone or Windows) a session's site has, if any. */
export function manualGuidesHrefFor(sessionId: string): string | undefined {
  const recipeId = sessionId.split(':')[0] ?? '';
  return RECIPES_WITH_MANUAL_GUIDES.includes(recipeId) ? manualGuidesPath(recipeId) : undefined;
}
