import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bilingual, Guide } from '../../utils/guides/schema';
import { builtInRecipes } from '../../utils/recipes/built-in';

/**
 * What the built extension's scripts carry (issue 13 §2): the detector runs on every page of the recipe sites and
 * must stay small; the runner and the detector get no guide text. Used by the bundle-content specs (after the build)
 * and by bench/page-cost.ts.
 */

/** The detector's budget, gzipped. */
export const DETECTOR_GZIP_BUDGET = 5 * 1024;

export const gzipSize = (file: string): number => gzipSync(readFileSync(file)).length;

interface ContentScript {
  matches?: string[];
  js?: string[];
}

/** The scripts the manifest declares, with their match patterns. */
export function declaredContentScripts(dir: string): { file: string; matches: string[] }[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] };
  return (manifest.content_scripts ?? []).flatMap((script) => (script.js ?? []).map((file) => ({ file, matches: script.matches ?? [] })));
}

function guideTexts(guide: Guide): Bilingual[] {
  return [
    guide.title,
    guide.description,
    guide.menuLabel,
    guide.what,
    ...guide.steps.flatMap((step) => [step.instruction, step.manual, ...(step.warning ? [step.warning] : []), ...(step.alternatives ?? []).map((alt) => alt.instruction)]),
    ...guide.retentionOffers.flatMap((offer) => [offer.name, offer.declineLabel]),
    ...guide.endings.map((ending) => ending.message),
  ];
}

/**
 * Pieces of every built-in guide's texts as a bundle holds them: runs of plain ASCII letters, digits and punctuation
 * of 24 characters or more (a bundler may escape quotes and non-ASCII letters, never these).
 */
export function guideTextFragments(options: { literalOnly?: boolean } = {}): string[] {
  // Remote sign-out guides are composed when the module loads, from each site's facts (utils/guides/sites/remote/
  // build.ts): their sentences are template strings in the bundle, so a literal search cannot expect to find them.
  const guides = builtInRecipes.flatMap((recipe) => recipe.guides).filter((guide) => !options.literalOnly || guide.kind !== 'sign-out-other-devices');
  const texts = guides.flatMap(guideTexts).flatMap((text) => [text.en, text.pl]);
  const pieces = texts.flatMap((text) => text.split(/[^A-Za-z0-9 ,.:;()-]+/).map((piece) => piece.trim()));
  return [...new Set(pieces.filter((piece) => piece.length >= 24))];
}

/** The built-in recipes' sign-out addresses ("url" methods, long enough to be theirs alone): data no page script needs. */
export function recipeSignOutAddresses(): string[] {
  return builtInRecipes.flatMap((recipe) => recipe.signOut.flatMap((method) => (method.kind === 'url' && method.path.length >= 12 ? [method.path] : [])));
}

/** Which of `needles` the file holds. */
export function foundIn(file: string, needles: readonly string[]): string[] {
  const text = readFileSync(file, 'utf8');
  return needles.filter((needle) => text.includes(needle));
}
