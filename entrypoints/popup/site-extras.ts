import type { AccountFlowName } from '../../utils/messaging/protocol';
import type { PopupIndex } from '../../utils/recipes/popup-index';
import { manualGuidesPath, RECIPES_WITH_MANUAL_GUIDES } from '../../utils/guides/manual/links';

/** Replaced at build time by the index of the built-in recipes (see wxt.config.ts and utils/recipes/popup-index.ts). */
declare const __SIGNOFF_POPUP_INDEX__: PopupIndex;

/** The switch/add-account flows a session's recipe offers. */
export function accountFlowsFor(sessionId: string): AccountFlowName[] {
  return __SIGNOFF_POPUP_INDEX__.flows[sessionId.split(':')[0] ?? ''] ?? [];
}

/** The guides a session's site offers, labelled in `lang`. */
export function guidesFor(sessionId: string, lang: 'en' | 'pl'): { id: string; label: string }[] {
  return (__SIGNOFF_POPUP_INDEX__.guides[sessionId] ?? []).map((guide) => ({ id: guide.id, label: guide.menuLabel[lang] }));
}

/** The page of the manual guides (apps on a phone or Windows) a session's site has, if any. */
export function manualGuidesHrefFor(sessionId: string): string | undefined {
  const recipeId = sessionId.split(':')[0] ?? '';
  return RECIPES_WITH_MANUAL_GUIDES.includes(recipeId) ? manualGuidesPath(recipeId) : undefined;
}
