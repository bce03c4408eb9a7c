import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRecipeInputs as recipeInputs } from '@/utils/recipes/built-in';
import { parseRecipe } from '@/utils/recipes/schema';
import { readCheckedPages, RECORD_FILE, type CheckedPage, type CheckedPages } from '../tools/pages/record';
import { currentSiteTable, lowestConfidence, siteTable, withSiteTable } from '../tools/site-table';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const record = readCheckedPages(RECORD_FILE);
const none: CheckedPages = { checked: '2026-12-06', pages: [] };

describe("README's list of supported sites", () => {
  it('is the one generated from the recipes (run `npm run readme:sites` after changing a recipe)', () => {
    expect(currentSiteTable(readme), 'README.md has no sites:begin / sites:end markers').toBeDefined();
    expect(currentSiteTable(readme)).toBe(siteTable(recipeInputs, record));
  });

  it('has a row for every recipe, with what it supports', () => {
    const table = siteTable(recipeInputs, record).split('\n');
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

  it('says how many saved real pages the checker held a recipe against, from which years, and how many it got wrong', () => {
    const vinted = recipeInputs.find((input) => input.id === 'vinted')!;
    const page = (year: number, signedIn: boolean, detection: CheckedPage['detection']): CheckedPage => ({
      site: 'vinted', url: 'https://www.vinted.pl/', year, language: 'pl', signedIn,
      source: { repository: 'someone/saved', path: `vinted-${year}.html`, commit: 'a'.repeat(40) },
      detection, name: 'not-judged', signOut: 'not-judged',
    });
    expect(siteTable([vinted], none).split('\n')[2]).toContain('| — | LOW');
    const three = { checked: '2026-12-06', pages: [page(2023, true, 'ok'), page(2019, false, 'ok'), page(2023, true, 'missed')] };
    expect(siteTable([vinted], three).split('\n')[2]).toContain('| 3 (2019, 2023; 2 signed in), 1 wrong | LOW');
    // The committed record names a public source for every page it counts.
    expect(record.pages.every((p) => /^[0-9a-f]{40}$/.test(p.source.commit))).toBe(true);
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
