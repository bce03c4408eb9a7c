import { describe, expect, it } from 'vitest';
import { FINDER_LANGUAGES, LANGUAGE_WORDS } from '@/utils/core/words';
import type { LanguageWords, WordSource } from '@/utils/core/words/language-words';
import { fold, phraseList } from '@/utils/core/words-match';

/**
 * Issue #22: every language's finder words carry a note of where they come from. Every sign-out and account phrase
 * is shown by a cited localisation file's text (as whole words, folded as the finder folds): none is untraced. A
 * destructive phrase no source shows yet stays, listed in `keptUnsourced` (the deny-list is the safety net), and the
 * note cannot drift: a phrase a source shows may not stay listed, and a cited text must back some phrase.
 */

const LISTS = ['signOut', 'destructive', 'account'] as const;

/** An open-source localisation file: "owner/repository@commit path/file.ext". */
const REPOSITORY_FILE = /^[\w.-]+\/[\w.-]+@[0-9a-f]{12} [\w./-]+\.(inc|json|yml|ftl|php|ts|js|xml|po|arb)$/;
/**
 * A site's own page quoting its control: 'https://host/path "Label as on the page"'. https only, a dotted host and a
 * path; the quote is the only text the source may carry (no page contents beyond the short label).
 */
const SITE_PAGE = /^https:\/\/([a-z0-9-]+\.)+[a-z]{2,}\/[^\s"]+ "([^"]+)"$/;

/** Why a source's citation is not accepted, or undefined when it is. */
function citationProblem(source: WordSource): string | undefined {
  if (REPOSITORY_FILE.test(source.from)) return undefined;
  const page = SITE_PAGE.exec(source.from);
  if (!page) return 'neither a repository file nor an https page with a quoted label';
  const quote = page[2];
  const texts = Object.values(source.texts);
  if (texts.length !== 1 || texts[0] !== quote) return 'a page source carries exactly its quoted label as its text';
  return undefined;
}
const phrasesOf = (words: LanguageWords) => LISTS.flatMap((list) => words[list]);
const texts = (words: LanguageWords) => words.sources.flatMap((source) => Object.values(source.texts)).map(fold);
const shownBy = (phrase: string, sourceTexts: readonly string[]) => {
  const list = phraseList([phrase]);
  return sourceTexts.some((text) => list.contains(text));
};

describe.each(FINDER_LANGUAGES)('%s word sources', (lang) => {
  const words = LANGUAGE_WORDS[lang];
  const sourceTexts = texts(words);

  it('cites localisation files by repository, commit and path, or a site\'s own page by address and quoted label', () => {
    expect(words.sources.length).toBeGreaterThan(0);
    for (const source of words.sources) {
      expect(citationProblem(source), source.from).toBeUndefined();
      expect(Object.keys(source.texts).length, source.from).toBeGreaterThan(0);
    }
  });

  it('traces each list (sign-out, destructive, account) to at least one cited text', () => {
    for (const list of LISTS) {
      expect(words[list].some((phrase) => shownBy(phrase, sourceTexts)), list).toBe(true);
    }
  });

  it('traces every sign-out and account phrase to a cited text (none untraced)', () => {
    for (const list of ['signOut', 'account'] as const) {
      const untraced = words[list].filter((phrase) => !shownBy(phrase, sourceTexts));
      expect(untraced, list).toEqual([]);
    }
  });

  it('has every destructive phrase shown by a cited text or kept as unsourced, and no kept phrase a source shows', () => {
    const kept = new Set(words.keptUnsourced);
    for (const phrase of words.destructive) {
      expect(shownBy(phrase, sourceTexts) || kept.has(phrase), phrase).toBe(true);
    }
    for (const phrase of words.keptUnsourced) {
      expect(words.destructive, phrase).toContain(phrase);
      expect(shownBy(phrase, sourceTexts), phrase).toBe(false);
    }
  });

  it('cites no text that backs none of its phrases', () => {
    for (const source of words.sources) {
      for (const [key, text] of Object.entries(source.texts)) {
        const folded = fold(text);
        const backs = phrasesOf(words).some((phrase) => phraseList([phrase]).contains(folded));
        expect(backs, `${source.from} ${key}`).toBe(true);
      }
    }
  });
});

describe('source citations (issue #22)', () => {
  const page = (from: string, label: string): WordSource => ({ from, texts: { label } });
  it('accepts Flutter\'s .arb localisation files, but not generated code beside them', () => {
    const file = (path: string): WordSource => ({ from: `ente-io/ente@a621d733154a ${path}`, texts: { a: 'Sil' } });
    expect(citationProblem(file('mobile/apps/photos/lib/l10n/intl_tr.arb'))).toBeUndefined();
    expect(citationProblem(file('mobile/apps/photos/lib/generated/intl/messages_tr.dart'))).toBeDefined();
  });
  it('accepts a site\'s own page only over https, with a host and a path, carrying exactly its quoted label', () => {
    expect(citationProblem(page('https://www.okx.com/tr/help/x "Hesabı Dondur"', 'Hesabı Dondur'))).toBeUndefined();
    expect(citationProblem(page('http://www.okx.com/tr/help/x "Hesabı Dondur"', 'Hesabı Dondur'))).toBeDefined();
    expect(citationProblem(page('https://www.okx.com/ "Hesabı Dondur"', 'Hesabı Dondur'))).toBeDefined();
    expect(citationProblem(page('https://localhost/x "Hesabı Dondur"', 'Hesabı Dondur'))).toBeDefined();
    expect(citationProblem(page('https://www.okx.com/tr/help/x', 'Hesabı Dondur'))).toBeDefined();
    expect(citationProblem(page('https://www.okx.com/tr/help/x "Hesabı Dondur"', 'Hesabı sil'))).toBeDefined();
    expect(citationProblem({ from: 'https://www.okx.com/tr/help/x "Sil"', texts: { a: 'Sil', b: 'Hesabı sil' } })).toBeDefined();
  });
});

describe('unsourced destructive phrases (issue #22)', () => {
  it('only shrink: a source found moves a phrase out of the list, a new destructive phrase comes with its source', () => {
    const kept = FINDER_LANGUAGES.flatMap((lang) => LANGUAGE_WORDS[lang].keptUnsourced);
    expect(kept).toEqual([]);
  });
});

describe('destructive phrases the sources added (issue #22)', () => {
  it.each([
    ['hu', 'Eltávolít'],
    ['hu', 'Tartalom eltávolítása'],
    ['tr', 'Geçerli süzgeç kümesini etkisizleştir'],
    ['lt', 'Panaikinti'],
    ['et', 'Lõpeta tellimine'],
    ['el', 'Αφαίρεση περιεχομένου'],
    ['ru', 'Убрать'],
    ['fi', 'Näytä lista välilehdistä muilta laitteiltasi'],
    // WordPress's profile button that ends every session but this one: not this computer's sign-out.
    ['en', 'Log Out Everywhere Else'],
    ['de', 'Überall sonst abmelden'],
    ['fr', 'Me déconnecter partout ailleurs'],
    ['en', 'Temporarily Disable Account'],
  ] as const)('%s: "%s" is destructive', (lang, label) => {
    expect(phraseList(LANGUAGE_WORDS[lang].destructive).contains(fold(label))).toBe(true);
  });
});
