import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../fixture-sites/paths';
import type { Judged } from './report';

/**
 * What `npm run check:pages -- DIR --record` keeps in git: one line per saved page it checked — where the page came
 * from and what the recipe found — never the page itself (other people's content). The README's column "checked
 * against real pages" is made from this file, so it says only what a run of the checker saw.
 */

/** Where `--record` writes what the run saw (committed; the README's column is made from it). */
export const RECORD_FILE = join(projectRoot, 'tests/tools/pages/checked-pages.json');

const Verdict = z.enum(['ok', 'missed', 'false-positive', 'wrong-name', 'no-name', 'not-judged']);

export const CheckedPage = z
  .object({
    site: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    url: z.url({ protocol: /^https$/ }),
    year: z.number().int().min(2005).max(2100),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    signedIn: z.boolean(),
    source: z.object({ repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(1).max(500), commit: z.string().regex(/^[0-9a-f]{40}$/) }).strict(),
    detection: Verdict,
    name: Verdict,
    signOut: Verdict,
  })
  .strict();
export type CheckedPage = z.infer<typeof CheckedPage>;

export const CheckedPages = z.object({ checked: z.iso.date(), pages: z.array(CheckedPage) }).strict();
export type CheckedPages = z.infer<typeof CheckedPages>;

/** The record of one run; pages made for a test (no public source) are left out. */
export function recordOf(judged: readonly Judged[], checked: string): CheckedPages {
  const pages = judged.flatMap(({ result, detection, name, signOut }): CheckedPage[] => {
    const { sidecar } = result.page;
    if (!('repository' in sidecar.provenance)) return [];
    const { site, url, year, language, signedIn } = sidecar;
    return [{ site, url, year, language, signedIn, source: sidecar.provenance, detection, name, signOut }];
  });
  pages.sort((a, b) => a.site.localeCompare(b.site) || a.year - b.year || a.url.localeCompare(b.url));
  return { checked, pages };
}

export function readCheckedPages(file: string): CheckedPages {
  return CheckedPages.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Per site: "6 (2025), all right" or "5 (2015–2025), 1 wrong". */
export function checkedPagesText(record: CheckedPages, site: string): string {
  const mine = record.pages.filter((page) => page.site === site);
  if (mine.length === 0) return '—';
  const years = [...new Set(mine.map((page) => page.year))].sort((a, b) => a - b).join(', ');
  const signedIn = mine.filter((page) => page.signedIn).length;
  const wrong = mine.filter((page) => [page.detection, page.name, page.signOut].some((v) => v !== 'ok' && v !== 'not-judged')).length;
  return `${mine.length} (${years}; ${signedIn} signed in), ${wrong === 0 ? 'all right' : `${wrong} wrong`}`;
}
