/**
 * `npm run check:pages -- DIR`: holds the built-in recipes against saved pages of the real sites (DIR holds
 * `<name>.html` + `<name>.page.json`, see tests/tools/pages/sidecar.ts) and prints what each recipe found.
 * Exits 1 when a signed-in page is missed, a signed-out page is taken as signed in, a name is read wrong, or a sign-out
 * control the page shows is not found. The saved pages are other people's content: keep them out of git; `--record`
 * writes what the run saw (sources and verdicts, no page content) to tests/tools/pages/checked-pages.json.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkSavedPages } from './pages/check-pages';
import { RECORD_FILE, recordOf } from './pages/record';
import { formatSummary, formatTable, judge, summarize } from './pages/report';

const args = process.argv.slice(2);
const record = args.includes('--record');
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  console.error('usage: npm run check:pages -- DIR [--record]');
  process.exit(2);
}
const judged = (await checkSavedPages(resolve(dir))).map(judge);
console.log(formatTable(judged));
console.log('');
console.log(formatSummary(summarize(judged)));
const failed = judged.filter((page) => page.failed).length;
console.log(`\n${judged.length} pages, ${failed} failed`);
if (record) {
  writeFileSync(RECORD_FILE, `${JSON.stringify(recordOf(judged, new Date().toISOString().slice(0, 10)), null, 1)}\n`);
  console.log(`recorded in ${RECORD_FILE} (run npm run readme:sites next)`);
}
process.exitCode = failed > 0 ? 1 : 0;
