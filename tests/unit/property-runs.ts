import type { Parameters } from 'fast-check';

/**
 * How many cases each property test runs in one CI run (issue #11 §9: at least 10,000 in all, within a few
 * seconds each). `PROPERTY_SCALE` multiplies every count (0.1 while editing, 10 for a long soak).
 *
 * A failure is replayable: fast-check's message prints the failing `seed` and `path` ("Property failed after 12
 * tests { seed: 1834571, path: "11:0:2" }"); rerun the file with PROPERTY_SEED=1834571 PROPERTY_PATH=11:0:2 to get
 * the same (shrunk) case.
 */
export const PROPERTY_BUDGET = {
  recipeSchemaRandom: 1_500,
  recipeSchemaMutated: 1_500,
  recipeSchemaNavigation: 300,
  engine: 400,
  finder: 1_500,
  /** Per finder language (23 of them), each alone. */
  finderPerLanguage: 60,
  importRules: 3_000,
  clickGuard: 2_000,
  popupSnapshotCheck: 1_500,
} as const;

const scale = Number(process.env.PROPERTY_SCALE ?? 1);

/** fast-check parameters for a property of `cases` cases (scaled), replaying PROPERTY_SEED / PROPERTY_PATH when set. */
export function propertyRuns<T>(cases: number): Parameters<T> {
  const seed = process.env.PROPERTY_SEED;
  const path = process.env.PROPERTY_PATH;
  return {
    numRuns: Math.max(1, Math.round(cases * scale)),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}
