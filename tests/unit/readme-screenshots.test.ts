import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue #22: the README shows the interface in every language it ships (Ukrainian included), and every image it
 * shows or links is a file in the repository, so a renamed or missing screenshot fails here rather than on GitHub.
 */

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const uiLanguages = readdirSync(join(root, 'public', '_locales')).sort();
const screenshotLinks = [...readme.matchAll(/\((docs\/screenshots\/[^)\s]+\.png)\)/g)].map((match) => match[1]!);

describe("README's screenshots", () => {
  it('are files in docs/screenshots', () => {
    expect(screenshotLinks.length).toBeGreaterThan(0);
    for (const link of screenshotLinks) expect(existsSync(join(root, link)), link).toBe(true);
  });

  it.each(uiLanguages)('show the popup in %s (signed-in sites, progress, outcomes, sign out everywhere)', (lang) => {
    for (const view of ['sessions', 'progress', 'outcomes', 'everywhere']) {
      expect(screenshotLinks, `${view} in ${lang}`).toContain(`docs/screenshots/popup-${view}-${lang}.png`);
    }
  });

  it.each(uiLanguages)('show the options page, the privacy policy and teaching a sign-out in %s', (lang) => {
    for (const page of ['options', 'privacy', 'teach-bar', 'teach-review']) {
      expect(screenshotLinks, `${page} in ${lang}`).toContain(`docs/screenshots/${page}-${lang}.png`);
    }
  });
});
