/**
 * Phrase matching for the generic finder: case-, whitespace- and diacritic-insensitive, on whole words only.
 * Lists are compiled once into one regular expression each, so a page of 10,000 elements costs one `exec` per
 * label instead of one `includes` per label and phrase.
 */

/**
 * Letters with no decomposition that people still type without their mark (ł → l, ß → ss), and Turkish dotless
 * ı, so that "ÇIKIŞ YAP" (whose I lower-cases to i) and "Çıkış yap" fold alike.
 */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', ß: 'ss', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', '’': "'", '‘': "'" };

/** Printable ASCII has nothing to decompose or fold and no whitespace but the space: most labels on most pages. */
const PRINTABLE_ASCII = /^[ -~]*$/;

/** "  Wyloguj   SIĘ " → "wyloguj sie"; "Déconnexion" → "deconnexion". */
export function fold(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łßđøæœı’‘]/g, (char) => EXTRA_FOLDS[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strips what decorates a label but does not change it: arrows, icons, punctuation at either end ("Wyloguj »"). */
export function bareLabel(folded: string): string {
  return folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PhraseList {
  /** True when the whole (bare) label is one of the phrases. */
  exact(folded: string): boolean;
  /** True when one of the phrases occurs in the label as whole words. */
  contains(folded: string): boolean;
}

/** Compiles phrases for matching in labels: whole words, between anything that is not a letter or digit. */
export function phraseList(phrases: readonly string[]): PhraseList {
  const folded = [...new Set(phrases.map(fold).filter(Boolean))].sort((a, b) => b.length - a.length);
  const exact = new Set(folded);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${folded.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return {
    exact: (label) => exact.has(bareLabel(label)),
    contains: (label) => pattern.test(label),
  };
}

/**
 * Compiles words for matching in an address: "logout" in "/logout", "/users/logout?x", "logout.php", but not in
 * "/catalogoutlet". Separators are anything but letters (digits count as separators: "logout2" still matches).
 */
export function urlWordList(words: readonly string[]): (url: string) => boolean {
  const folded = [...new Set(words.map(fold))];
  const pattern = new RegExp(`(?<![\\p{L}])(?:${folded.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
  return (url) => pattern.test(foldUrl(url));
}

/** The finder asks several lists about the same address in a row: fold it once. */
let lastUrl: { url: string; folded: string } | undefined;
function foldUrl(url: string): string {
  if (lastUrl?.url !== url) lastUrl = { url, folded: fold(safeDecode(url)) };
  return lastUrl.folded;
}

function safeDecode(url: string): string {
  if (!url.includes('%')) return url; // Nothing to decode, nothing to throw on.
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
