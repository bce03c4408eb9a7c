import { describe, expect, it } from 'vitest';
import type { PageResult } from '../tools/pages/check-pages';
import { checkedPagesText, CheckedPages, recordOf } from '../tools/pages/record';
import { judge } from '../tools/pages/report';
import type { Sidecar } from '../tools/pages/sidecar';

/** A checker result as `checkSavedPages` gives it, for a page that shows `shown` and a recipe that found `found`. */
function result(sidecar: Partial<Sidecar>, found: { signedIn: boolean; accountName?: string }): PageResult {
  const full: Sidecar = {
    site: 'github', url: 'https://github.com/', signedIn: true, year: 2023, language: 'en',
    provenance: { repository: 'someone/saved', path: 'page.html', commit: 'b'.repeat(40) }, ...sidecar,
  };
  return { page: { file: 'x.page.json', sidecar: full, html: '<main>someone else’s page</main>' }, check: { ...found, hiddenMarkers: [], methods: [] } };
}

describe("the checker's committed record", () => {
  it('keeps each public page\'s source and verdicts, no page content, and leaves out pages made for a test', () => {
    const record = recordOf(
      [
        judge(result({ name: 'octo' }, { signedIn: true, accountName: 'octo' })),
        judge(result({ year: 2015, signedIn: false }, { signedIn: true })),
        judge(result({ provenance: { madeFor: 'a test' } }, { signedIn: true })),
      ],
      '2026-12-06',
    );
    expect(CheckedPages.parse(record)).toEqual(record);
    expect(record.pages).toHaveLength(2);
    expect(record.pages[0]).toMatchObject({ year: 2015, detection: 'false-positive', source: { repository: 'someone/saved' } });
    expect(record.pages[1]).toMatchObject({ year: 2023, detection: 'ok', name: 'ok' });
    expect(JSON.stringify(record)).not.toContain('someone else’s page');
    expect(checkedPagesText(record, 'github')).toBe('2 (2015, 2023; 1 signed in), 1 wrong');
    expect(checkedPagesText(record, 'yahoo')).toBe('—');
  });
});
