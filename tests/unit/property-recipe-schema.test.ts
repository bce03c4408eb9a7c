import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { hostOnDomain } from '@/utils/core/host-match';
import { parseRecipe, Recipe, RecipeError } from '@/utils/recipes/schema';
import { recipeInputs } from '@/utils/recipes/sites';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

/**
 * Property tests over the recipe schema: random input and mutated copies of the built-in recipes (what a malicious
 * or broken imported recipe looks like). The schema never crashes, every rejection names the field and why, and
 * whatever it accepts keeps the promises recipes make (https navigation on the recipe's own domains only, bounded
 * waits and step counts).
 */


/** An issue names its field: by path, by the unknown keys it lists, or the input was not an object at all. */
function namesAField(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.path.length > 0) return true;
  if (issue.code === 'unrecognized_keys') return issue.keys.length > 0 && issue.keys.every((key) => issue.message.includes(key));
  return typeof input !== 'object' || input === null || Array.isArray(input);
}

function expectClearRejection(input: unknown) {
  const result = Recipe.safeParse(input);
  if (result.success) return result.data;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(issue.message.trim().length).toBeGreaterThan(0);
    expect(namesAField(issue, input), JSON.stringify(issue)).toBe(true);
  }
  // parseRecipe says the same in one message: "signOut.0.steps.1.timeoutMs: Too big: expected number to be <=30000".
  let thrown: unknown;
  try {
    parseRecipe(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RecipeError);
  for (const issue of result.error.issues) {
    expect((thrown as RecipeError).message).toContain(issue.path.length ? issue.path.join('.') : '(recipe)');
  }
  return undefined;
}

/** Every URL an accepted recipe can make the browser open, with the steps' timeouts. */
function promisesHold(recipe: Recipe) {
  const allowed = [...recipe.sites.map((site) => site.domain), ...recipe.relatedDomains];
  const flows = [
    ...recipe.signOut.flatMap((method) => (method.kind === 'steps' ? [method] : [])),
    ...Object.values(recipe.flows).filter((flow) => flow !== undefined),
  ];
  const urls = [
    ...recipe.signOut.map((method) => (method.kind === 'url' ? method.path : method.startPath)),
    ...flows.flatMap((flow) => [flow.startPath, ...flow.steps.flatMap((step) => (step.action === 'navigate' ? [step.path] : []))]),
  ];
  for (const url of urls) {
    if (url.startsWith('/')) {
      expect(url.startsWith('//')).toBe(false);
      continue;
    }
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(allowed.some((domain) => hostOnDomain(parsed.hostname, domain))).toBe(true);
  }
  for (const flow of flows) {
    expect(flow.steps.length).toBeLessThanOrEqual(30);
    for (const step of flow.steps) expect(step.timeoutMs ?? 0).toBeLessThanOrEqual(30_000);
  }
  for (const site of recipe.sites) expect(new URL(site.origin).protocol).toBe('https:');
}

// ——— Mutations of real recipes ———

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside a JSON-like tree. */
function paths(value: Json, at: Path = [], seen = new Set<unknown>()): Path[] {
  const here: Path[] = at.length ? [at] : [];
  if (!value || typeof value !== 'object' || seen.has(value)) return here;
  seen.add(value);
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return [...here, ...entries.flatMap(([key, child]) => paths(child, [...at, key], seen))];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Nasty values a hostile recipe file would carry. */
const nastyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    'javascript:alert(1)',
    'http://www.amazon.pl/gp/flex/sign-out.html',
    'https://evil.example/steal',
    '//evil.example/x',
    '/ok/path',
    '/has space',
    'a { color: red }',
    '<script>alert(1)</script>',
    'https://www.amazon.pl.evil.example/',
    'data:text/html,<b>x</b>',
    '',
    ' ',
    'x'.repeat(5000),
  ),
  fc.constantFrom(-1, 0, 99, 100, 30_000, 30_001, 1e12, Number.NaN, Number.POSITIVE_INFINITY, 1.5),
  fc.constantFrom({ action: 'eval', code: 'alert(1)' }, { action: 'navigate', path: 'https://evil.example/' }, { kind: 'script', src: 'x.js' }),
);

const MAX_GROWN = 100_000;

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add-key'; pick: number; key: string; value: unknown }
  | { kind: 'grow'; pick: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add-key' as const), pick: fc.nat(), key: fc.constantFrom('script', 'onClick', '__proto__', 'eval', 'x'), value: nastyValue }),
  fc.record({ kind: fc.constant('grow' as const), pick: fc.nat(), times: fc.integer({ min: 2, max: 40 }) }),
);

function apply(recipe: Json, change: Mutation): Json {
  const all = paths(recipe);
  const path = all[change.pick % all.length]!;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  let parent = recipe as Record<string | number, unknown>;
  for (const part of parentPath) parent = parent[part] as Record<string | number, unknown>;
  const target = parent[key];
  switch (change.kind) {
    case 'set':
      parent[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'add-key':
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'grow':
      if (Array.isArray(target)) for (let i = 0; i < change.times; i++) target.push(clone(target[0]));
      // Capped at 100,000 characters (50 times any string the schema allows): grown again and again, a string passed
      // the engine's maximum length and the test itself threw (seed -1625034810).
      else if (typeof target === 'string') parent[key] = target.repeat(Math.max(1, Math.min(change.times * 40, Math.floor(MAX_GROWN / target.length))));
      break;
  }
  return recipe;
}

describe('recipe schema: property tests', () => {
  it('random input never crashes it, and every rejection names a field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.object(), fc.record({ id: fc.string(), name: fc.string(), sites: fc.array(fc.anything()) })), (input) => {
        const accepted = expectClearRejection(input);
        if (accepted) promisesHold(accepted);
      }),
      propertyRuns(PROPERTY_BUDGET.recipeSchemaRandom),
    );
  }, 60_000);

  it('mutated built-in recipes are either rejected with a named field or still keep every promise', () => {
    const RUNS = propertyRuns(PROPERTY_BUDGET.recipeSchemaMutated).numRuns!;
    const base = recipeInputs.map((input) => JSON.parse(JSON.stringify(input)) as Json);
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, changes) => {
        let recipe: Json = clone(base[which % base.length]);
        for (const change of changes) recipe = apply(recipe, change);
        const accepted = expectClearRejection(recipe);
        seen[accepted ? 'accepted' : 'rejected']++;
        if (accepted) promisesHold(accepted);
      }),
      propertyRuns(PROPERTY_BUDGET.recipeSchemaMutated),
    );
    // Both sides were exercised: mutations the schema must refuse, and harmless ones it may keep.
    expect(seen.rejected).toBeGreaterThan(RUNS / 4);
    expect(seen.accepted).toBeGreaterThan(0);
  }, 60_000);

  it('found by the property above: an unparsable origin or URL is a named rejection, not a TypeError', () => {
    const recipe = JSON.parse(JSON.stringify(recipeInputs[0])) as { sites: { origin: string }[]; signOut: unknown[] };
    recipe.sites[0]!.origin = ' ';
    expect(() => parseRecipe(recipe)).toThrow(RecipeError);
    expect(() => parseRecipe(recipe)).toThrow(/sites\.0\.origin/);
    recipe.sites[0]!.origin = 'https://www.amazon.pl';
    recipe.signOut = [{ kind: 'url', path: 'https://' }];
    expect(() => parseRecipe(recipe)).toThrow(/signOut\.0\.path/);
  });

  it('a navigation outside the recipe\'s domains is always refused, naming where it is', () => {
    const base = recipeInputs.map((input) => JSON.parse(JSON.stringify(input)) as Record<string, unknown>);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('https://evil.example/logout', 'https://amazon.pl.evil.example/', 'http://www.amazon.pl/', 'javascript:alert(1)', '//evil.example/'),
        (which, url) => {
          const recipe = clone(base[which % base.length]!);
          recipe.signOut = [{ kind: 'url', path: url }];
          const result = Recipe.safeParse(recipe);
          expect(result.success).toBe(false);
          if (!result.success) expect(result.error.issues.some((issue) => issue.path.join('.').startsWith('signOut.0'))).toBe(true);
        },
      ),
      propertyRuns(PROPERTY_BUDGET.recipeSchemaNavigation),
    );
  }, 60_000);
});
