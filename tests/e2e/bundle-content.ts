import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { expect as Expect, test as Test } from '@playwright/test';
import {
  declaredContentScripts,
  DETECTOR_GZIP_BUDGET,
  foundIn,
  guideTextFragments,
  gzipSize,
  recipeSignOutAddresses,
} from '../tools/bundle-content';

/**
 * Each script carries only what it needs (issue 13 §2), checked on a built extension (Chromium's or Firefox's): the
 * detector, on every page of the recipe sites, within its budget and without recipes; no guide text in the runner or
 * the detector. The background bundles every recipe and guide, so it shows that the search finds them where they are.
 */
export function checkBundleContent(test: typeof Test, expect: typeof Expect, dir: string): void {
  const file = (name: string) => join(dir, name);

  test.describe(`what the scripts of ${dir.split('/').pop()} carry`, () => {
    test.beforeAll(() => expect(existsSync(file('manifest.json')), `${dir} (run the build first)`).toBe(true));

    test('the manifest declares only the detector for pages, within its budget', () => {
      const declared = declaredContentScripts(dir);
      expect(declared.map((script) => script.file)).toEqual(['detector.js']);
      expect(declared[0]!.matches.length).toBeGreaterThan(10); // every recipe site
      expect(gzipSize(file('detector.js'))).toBeLessThanOrEqual(DETECTOR_GZIP_BUDGET);
    });

    test('no guide text in the runner or the detector, nor the recipes\' sign-out addresses in the detector', () => {
      const fragments = guideTextFragments();
      const addresses = recipeSignOutAddresses();
      expect(fragments.length).toBeGreaterThan(100);
      expect(addresses.length).toBeGreaterThan(5);
      // The background holds every guide and recipe: the search finds them as the bundler wrote them.
      const literal = guideTextFragments({ literalOnly: true });
      expect(foundIn(file('background.js'), literal).length).toBeGreaterThan(literal.length * 0.9);
      expect(foundIn(file('background.js'), addresses)).toEqual(addresses);
      expect(foundIn(file('content-scripts/runner.js'), fragments)).toEqual([]);
      expect(foundIn(file('detector.js'), fragments)).toEqual([]);
      expect(foundIn(file('detector.js'), addresses)).toEqual([]);
    });

    test('the popup does without zod, Dexie, the webextension polyfill and WXT\'s storage library (its JavaScript budget, docs/benchmarks.md), unlike the background', () => {
      // A word of each library's own that minifying keeps (a class name, an error message).
      const libraries = ['ZodError', 'Dexie', 'should only be loaded in a browser extension', "'wxt/storage' must be loaded"];
      expect(foundIn(file('background.js'), libraries)).toEqual(libraries);
      expect(foundIn(file('popup-app.js'), libraries)).toEqual([]);
    });

    test('popup.html waits for one file of the package only: its script (its styles are inline)', () => {
      const page = readFileSync(file('popup.html'), 'utf8');
      expect([...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])).toEqual(['/popup-app.js']);
      expect(page).not.toMatch(/<link[^>]*stylesheet/);
      expect(page).toMatch(/<style>[^<]*\.rows\{/);
    });
  });
}
