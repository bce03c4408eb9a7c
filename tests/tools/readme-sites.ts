/**
 * `npm run readme:sites`: writes the list of supported sites into README.md (between its markers) from the recipes and
 * the checker's record of saved real pages (tests/tools/pages/checked-pages.json).
 * Run it after adding or changing a recipe; tests/unit/readme-sites.test.ts fails until README.md matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRecipeInputs as recipeInputs } from '../../utils/recipes/built-in';
import { projectRoot } from '../fixture-sites/paths';
import { readCheckedPages, RECORD_FILE } from './pages/record';
import { siteTable, withSiteTable } from './site-table';

const file = join(projectRoot, 'README.md');
const before = readFileSync(file, 'utf8');
const after = withSiteTable(before, siteTable(recipeInputs, readCheckedPages(RECORD_FILE)));
if (after === before) console.log('README.md: the list of sites is up to date.');
else {
  writeFileSync(file, after);
  console.log(`README.md: the list of sites now has ${recipeInputs.length} recipes.`);
}
