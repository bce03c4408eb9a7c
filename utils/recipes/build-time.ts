import type { DetectorEntry } from './detector-index';

// Put in by wxt.config.ts (vite `define`) when the extension is built. Content scripts read the built-in recipes'
// facts from here, so that neither their code nor their match patterns bundle the recipes (docs/benchmarks.md).
declare const __SIGNOFF_RECIPE_MATCHES__: string[];
declare const __SIGNOFF_DETECTOR_INDEX__: DetectorEntry[];

/** The match patterns of every built-in recipe site (recipeMatchPatterns() at build time). */
export const builtInRecipeMatches = (): string[] => __SIGNOFF_RECIPE_MATCHES__;

/** The detector's data (buildDetectorIndex(builtInRecipes) at build time). */
export const builtInDetectorIndex = (): DetectorEntry[] => __SIGNOFF_DETECTOR_INDEX__;
