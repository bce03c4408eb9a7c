/**
 * `npm run check:pages -- DIR`: holds the built-in recipes against saved pages of the real sites (DIR holds
 * `<name>.html` + `<name>.page.json`, see tests/tools/pages/sidecar.ts) and prints what each recipe found.
 * Exits 1 when a signed-in page is missed, a signed-out page is taken as signed in, a name is read wrong, or a sign-out
 * control the page shows is not found. The saved pages are other people's content: keep them out of git.
 */
import { resolve } from 'node:path';
import { checkSavedPages } from './pages/check-pages';
import { formatSummary, formatTable, judge, summarize } from './pages/report';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run check:pages -- DIR');
  process.exit(2);
}
const judged = (await checkSavedPages(resolve(dir))).map(judge);
console.log(formatTable(judged));
console.log('');
console.log(formatSummary(summarize(judged)));
const failed = judged.filter((page) => page.failed).length;
console.log(`\n${judged.length} pages, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
