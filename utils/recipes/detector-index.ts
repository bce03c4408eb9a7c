import type { Recipe } from './schema';

/** What the detector needs of one recipe: the domains it runs on, and how a page there shows who is signed in. */
export interface DetectorEntry {
  domains: string[];
  detect: Recipe['detect'];
}

/**
 * The detector's data, worked out at build time from the built-in recipes (wxt.config.ts puts it in the detector as
 * `__SIGNOFF_DETECTOR_INDEX__`): the detector runs on every page of the recipe sites, so it carries this (about
 * 1.5 KB) instead of every recipe. Only recipes that read anything from a page are listed.
 */
export function buildDetectorIndex(recipes: readonly Recipe[]): DetectorEntry[] {
  return recipes
    .filter((recipe) => recipe.detect.signedIn || recipe.detect.accountName)
    .map((recipe) => ({ domains: recipe.sites.map((site) => site.domain), detect: recipe.detect }));
}
