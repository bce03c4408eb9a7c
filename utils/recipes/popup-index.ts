import type { Bilingual } from '../guides/schema';
import type { AccountFlowName } from '../messaging/protocol';
import type { Recipe } from './schema';

/**
 * What the popup needs to know about the built-in recipes, worked out at build time (wxt.config.ts puts it in the
 * popup as `__SIGNOFF_POPUP_INDEX__`), so that the popup does not load the recipes and their schema to draw its rows.
 */
export interface PopupIndex {
  /** Recipe id → the account flows it offers (only recipes with any). */
  flows: Record<string, AccountFlowName[]>;
  /** Session id ("amazon:amazon.pl") → the guides offered there, in the recipe's order (only sessions with any). */
  guides: Record<string, { id: string; menuLabel: Bilingual }[]>;
}

const FLOWS: readonly AccountFlowName[] = ['switchAccount', 'addAccount'];

/** Built from parsed recipes, by the same rules as recipeById(...).flows and guidesForSession (a unit test checks). */
export function buildPopupIndex(recipes: readonly Recipe[]): PopupIndex {
  const index: PopupIndex = { flows: {}, guides: {} };
  for (const recipe of recipes) {
    const flows = FLOWS.filter((flow) => recipe.flows[flow]);
    if (flows.length > 0) index.flows[recipe.id] = flows;
    for (const site of recipe.sites) {
      const guides = recipe.guides
        .filter((guide) => !guide.domains || guide.domains.includes(site.domain))
        .map((guide) => ({ id: guide.id, menuLabel: guide.menuLabel }));
      if (guides.length > 0) index.guides[`${recipe.id}:${site.domain}`] = guides;
    }
  }
  return index;
}
