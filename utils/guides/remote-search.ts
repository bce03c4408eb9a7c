/**
 * The options page's search over the "sign out of other devices" guides: every word typed must begin a word of the
 * card's words (so "x.com" is X, not netflix.com) (site name, domains, the title in the interface language, the guide's texts and the site's own labels in
 * both guide languages), ignoring case and diacritics, so "wyloguj", "вийти" or "linkedin" all find their cards.
 */

export interface Searchable {
  /** Everything a person might type to find this card, in any of Signoff's languages. */
  words: readonly string[];
}

/** Lower case, without diacritics (ż → z, ł → l, й stays a letter), single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function filterBySearch<T extends Searchable>(entries: readonly T[], query: string): T[] {
  const wanted = foldForSearch(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = foldForSearch(entry.words.join(' '));
    return wanted.every((word) => beginsAWord(haystack, word));
  });
}

/** Whether `word` occurs in `text` at the start of a word (after the start or a character that is no letter or digit). */
function beginsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}
