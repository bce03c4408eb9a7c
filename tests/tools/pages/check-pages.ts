import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { builtInRecipes } from '../../../utils/recipes/built-in';
import { hostOnDomain } from '../../../utils/core/host-match';
import type { Recipe } from '../../../utils/recipes/schema';
import { launchChromium } from '../../e2e/launch';
import { projectRoot, projectTmpDir } from '../../fixture-sites/paths';
import { startFixtureServer } from '../../fixture-sites/server';
import type { PageCheck } from './in-page';
import { readSavedPages, stripScripts, type SavedPage } from './saved-pages';
import { savedPagesSite } from './serve';

export interface PageResult {
  page: SavedPage;
  check: PageCheck;
}

/** The in-page checker with the extension's matching code, bundled for a plain page (it uses no extension APIs). */
async function bundleInPage(): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, 'tests/tools/pages/in-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'signoffPages',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

function recipeFor(page: SavedPage, recipes: readonly Recipe[]): Recipe {
  const recipe = recipes.find((candidate) => candidate.id === page.sidecar.site);
  if (!recipe) throw new Error(`${page.file}: no built-in recipe "${page.sidecar.site}"`);
  const host = new URL(page.sidecar.url).hostname;
  if (!recipe.sites.some((site) => hostOnDomain(host, site.domain))) throw new Error(`${page.file}: ${host} is not a site of the ${recipe.id} recipe`);
  return recipe;
}

/**
 * Serves each saved page of `dir` under its real address in Chromium (its scripts stripped) and holds its recipe's
 * signed-in marker, account name and sign-out steps against it. `recipes` defaults to the built-in ones.
 */
export async function checkSavedPages(dir: string, recipes: readonly Recipe[] = builtInRecipes): Promise<PageResult[]> {
  const pages = readSavedPages(dir);
  const withRecipes = pages.map((page) => ({ page, recipe: recipeFor(page, recipes) }));
  if (pages.length === 0) return [];
  const hosts = [...new Set(pages.map((page) => new URL(page.sidecar.url).hostname))];
  const site = savedPagesSite(hosts);
  const server = await startFixtureServer([site]);
  const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'check-pages-'));
  // Anything not mapped to the local server fails to resolve: a saved page never reaches the real site.
  const context = await launchChromium({ profileDir, hostResolverRules: `${server.hostResolverRules}, MAP * ~NOTFOUND`, uiLanguage: 'en', headless: true });
  try {
    const script = await bundleInPage();
    const tab = context.pages()[0] ?? (await context.newPage());
    const results: PageResult[] = [];
    for (const { page, recipe } of withRecipes) {
      site.show(page.sidecar.url, stripScripts(page.html));
      await tab.goto(page.sidecar.url, { waitUntil: 'domcontentloaded' });
      const allowed = [...recipe.sites.map((entry) => entry.domain), ...recipe.relatedDomains];
      const check = (await tab.evaluate(`(() => { ${script}; return signoffPages.checkPage(${JSON.stringify(recipe)}, ${JSON.stringify(allowed)}); })()`)) as PageCheck;
      results.push({ page, check });
    }
    return results;
  } finally {
    await context.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
