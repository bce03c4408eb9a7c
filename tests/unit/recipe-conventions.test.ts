import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSites } from '../fixture-sites/all-sites';
import { projectRoot } from '../fixture-sites/paths';
import { recipeMatchPatterns } from '@/utils/recipes/match-patterns';
import { parseRecipe, type RecipeInput } from '@/utils/recipes/schema';
import { recipeInputs } from '@/utils/recipes/sites';
import { guideInputs } from '@/utils/guides/sites';
import { Guide } from '@/utils/guides/schema';

/**
 * The rules every site follows, checked over all recipes so a new site cannot skip one: one data file per site
 * named after its id, listed in order, valid, with provenance, a fixture site and an end-to-end spec.
 */
const sitesDir = join(projectRoot, 'utils', 'recipes', 'sites');
const recipeFiles = readdirSync(sitesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));
const fixtureNames = Object.keys(createSites());
const specFiles = readdirSync(join(projectRoot, 'tests', 'e2e'), { recursive: true }).map(String);

describe('recipe conventions', () => {
  it('lists every recipe file exactly once, in alphabetical order of id', () => {
    const ids = recipeInputs.map((recipe) => recipe.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...recipeFiles].sort()).toEqual([...ids].sort());
  });

  it.each(recipeFiles)('%s: the file exports the recipe whose id is its file name', async (file) => {
    const module = (await import(`@/utils/recipes/sites/${file}.ts`)) as Record<string, RecipeInput>;
    const ids = Object.values(module).map((recipe) => recipe.id);
    expect(ids).toContain(file);
  });

  it.each(recipeInputs.map((recipe) => [recipe.id, recipe] as const))('%s: parses, with provenance', (_id, input) => {
    const recipe = parseRecipe(input);
    expect(recipe.provenance.sources.length).toBeGreaterThan(0);
    expect(recipe.provenance.sources.every((source) => source.note.trim().length > 10)).toBe(true);
    expect(new Date(recipe.provenance.checked).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each(recipeInputs.map((recipe) => recipe.id))('%s: has a fixture site and an end-to-end spec', (id) => {
    expect(fixtureNames, `tests/fixture-sites/all-sites.ts has no "${id}"`).toContain(id);
    const fixture = [join('tests', 'fixture-sites', `${id}.ts`), join('tests', 'fixture-sites', id, 'index.ts')];
    expect(fixture.some((file) => existsSync(join(projectRoot, file))), `no ${fixture.join(' or ')}`).toBe(true);
    const spec = specFiles.filter((file) => file === join('sites', `${id}.spec.ts`) || file.startsWith(`${id}-`));
    expect(spec, `no tests/e2e/sites/${id}.spec.ts or tests/e2e/${id}-*.spec.ts`).not.toEqual([]);
  });

  it('keeps guides out of recipe files: a recipe file is the site\'s sign-in facts and sign-out (issue 13 §1)', () => {
    for (const recipe of recipeInputs) expect(recipe.guides, `${recipe.id}: its guides belong in utils/guides/sites`).toBeUndefined();
    const ids = recipeInputs.map((recipe) => recipe.id);
    for (const id of Object.keys(guideInputs)) expect(ids, `utils/guides/sites: no recipe "${id}"`).toContain(id);
  });

  it.each(Object.entries(guideInputs).flatMap(([id, guides]) => guides.map((guide) => [`${id}/${guide.id}`, guide] as const)))(
    '%s: the guide names the sources of its flow',
    (_name, input) => {
      const guide = Guide.parse(input);
      expect(guide.provenance?.sources.length).toBeGreaterThan(0);
      expect(guide.provenance?.sources.every((source) => source.note.trim().length > 10)).toBe(true);
    },
  );

  it('never claims one domain for two recipes', () => {
    const owners = new Map<string, string>();
    for (const recipe of recipeInputs) {
      for (const site of recipe.sites) {
        expect(owners.get(site.domain), `${site.domain} is in ${owners.get(site.domain)} and ${recipe.id}`).toBeUndefined();
        owners.set(site.domain, recipe.id);
      }
    }
  });

  it('holds host permission for every recipe site (the manifest is built from the same list)', () => {
    const patterns = recipeMatchPatterns();
    for (const recipe of recipeInputs) {
      for (const site of recipe.sites) expect(patterns).toContain(`https://*.${site.domain}/*`);
    }
  });

  it('asks for https only: every recipe site is https, so no pattern names http or any scheme (issue #11 §7)', () => {
    for (const pattern of recipeMatchPatterns()) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
