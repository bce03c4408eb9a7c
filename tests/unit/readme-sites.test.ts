import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRecipeInputs as recipeInputs } from '@/utils/recipes/built-in';
import { parseRecipe } from '@/utils/recipes/schema';
import { currentSiteTable, lowestConfidence, siteTable, withSiteTable } from '../tools/site-table';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("README's list of supported sites", () => {
  it('is the one generated from the recipes (run `npm run readme:sites` after changing a recipe)', () => {
    expect(currentSiteTable(readme), 'README.md has no sites:begin / sites:end markers').toBeDefined();
    expect(currentSiteTable(readme)).toBe(siteTable(recipeInputs));
  });

  it('has a row for every recipe, with what it supports', () => {
    const table = siteTable(recipeInputs).split('\n');
    expect(table).toHaveLength(recipeInputs.length + 2);
    const amazon = table.find((line) => line.startsWith('| Amazon |'))!;
    expect(amazon).toContain('amazon.pl, amazon.com');
    expect(amazon).toContain('“Sign Out”');
    expect(amazon).toContain('switch, add');
    expect(amazon).toContain('Cancel Amazon Prime');
    const vinted = table.find((line) => line.startsWith('| Vinted |'))!;
    expect(vinted).toContain('| LOW (3 sources');
    // What the site is asked, and how far that check's evidence goes.
    expect(table.find((line) => line.startsWith('| Reddit |'))).toContain('`/api/me.json` (JSON `data.name`; HIGH)');
  });

  it('says how many saved real pages a recipe was checked against, and from which years', () => {
    const vinted = recipeInputs.find((input) => input.id === 'vinted')!;
    const checked = { ...vinted, provenance: { ...vinted.provenance, realPages: { count: 3, years: [2023, 2019, 2023], checked: '2026-12-06' } } };
    expect(siteTable([vinted]).split('\n')[2]).toContain('| — | LOW');
    expect(siteTable([checked]).split('\n')[2]).toContain('| 3 (2019, 2023) | LOW');
  });

  it('rates a recipe by the least confidence its provenance gives any part', () => {
    const recipe = parseRecipe(recipeInputs.find((input) => input.id === 'vinted')!);
    expect(lowestConfidence(recipe)).toBe('LOW');
    const rated = (note: string) => ({ ...recipe, provenance: { ...recipe.provenance, sources: [{ url: 'https://example.com', note }] } });
    expect(lowestConfidence(rated('selectors HIGH, labels MEDIUM'))).toBe('MEDIUM');
    expect(lowestConfidence(rated('no rating given'))).toBeUndefined();
    expect(lowestConfidence(rated('FOLLOWS the markup'))).toBeUndefined();
  });

  it('replaces only what lies between the markers', () => {
    const text = 'intro\n<!-- sites:begin — generated from utils/recipes/sites by `npm run readme:sites`; do not edit by hand -->\nold\n<!-- sites:end -->\noutro\n';
    expect(withSiteTable(text, 'NEW')).toBe(text.replace('old', 'NEW'));
    expect(() => withSiteTable('no markers', 'NEW')).toThrow(/sites:begin/);
  });
});
