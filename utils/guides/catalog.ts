import { allRecipes, recipeById } from '../recipes/registry';
import type { Recipe, SiteEntry } from '../recipes/schema';
import { guideDomains } from './guide-domains';
import type { Guide } from './schema';

export interface GuideEntry {
  recipeId: string;
  siteName: string;
  guide: Guide;
  /** The recipe domains the guide can run on, in the recipe's order. */
  domains: string[];
}

/**
 * Every guide of the recipes in force, for the options page: built-in ones first, then those of imported and policy
 * recipes (read in this context with loadExtraRecipes; the background offers those on session rows the same way).
 */
export function allGuides(): GuideEntry[] {
  return allRecipes().flatMap((recipe) =>
    recipe.guides.map((guide) => ({ recipeId: recipe.id, siteName: recipe.name, guide, domains: guideDomains(recipe, guide) })),
  );
}

/** The guides a signed-in site offers in the popup ("amazon:amazon.pl" → Cancel Prime…, Close account…). */
export function guidesForSession(sessionId: string): GuideEntry[] {
  const [recipeId = '', domain = ''] = sessionId.split(':');
  return allGuides().filter((entry) => entry.recipeId === recipeId && entry.domains.includes(domain));
}

export function findGuide(recipeId: string, guideId: string, domain: string): { recipe: Recipe; guide: Guide; site: SiteEntry } | undefined {
  const recipe = recipeById(recipeId);
  const guide = recipe?.guides.find((candidate) => candidate.id === guideId);
  if (!recipe || !guide || !guideDomains(recipe, guide).includes(domain)) return undefined;
  const site = recipe.sites.find((entry) => entry.domain === domain);
  return site && { recipe, guide, site };
}
