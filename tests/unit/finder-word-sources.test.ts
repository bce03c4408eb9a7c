import { describe, expect, it } from 'vitest';
import { FINDER_LANGUAGES, LANGUAGE_WORDS } from '@/utils/core/words';
import type { LanguageWords } from '@/utils/core/words/language-words';
import { fold, phraseList } from '@/utils/core/words-match';

/**
 * Issue #22: every language's finder words carry a note of where they come from. Each phrase is either shown by a
 * cited localisation file's text (as whole words, folded as the finder folds) or listed as untraced, and the note
 * cannot drift: a phrase a source shows may not stay "untraced", and a cited text must back some phrase.
 */

const LISTS = ['signOut', 'destructive', 'account'] as const;
const phrasesOf = (words: LanguageWords) => LISTS.flatMap((list) => words[list]);
const texts = (words: LanguageWords) => words.sources.flatMap((source) => Object.values(source.texts)).map(fold);
const shownBy = (phrase: string, sourceTexts: readonly string[]) => {
  const list = phraseList([phrase]);
  return sourceTexts.some((text) => list.contains(text));
};

describe.each(FINDER_LANGUAGES)('%s word sources', (lang) => {
  const words = LANGUAGE_WORDS[lang];
  const sourceTexts = texts(words);

  it('cites localisation files by repository, commit and path', () => {
    expect(words.sources.length).toBeGreaterThan(0);
    for (const source of words.sources) {
      expect(source.from).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{12} [\w./-]+\.(inc|json|yml|ftl|php|ts)$/);
      expect(Object.keys(source.texts).length, source.from).toBeGreaterThan(0);
    }
  });

  it('traces each list (sign-out, destructive, account) to at least one cited text', () => {
    for (const list of LISTS) {
      expect(words[list].some((phrase) => shownBy(phrase, sourceTexts)), list).toBe(true);
    }
  });

  it('has every phrase either shown by a cited text or noted as untraced, and no untraced phrase a source shows', () => {
    const untraced = new Set(words.untraced);
    for (const phrase of phrasesOf(words)) {
      expect(shownBy(phrase, sourceTexts) || untraced.has(phrase), phrase).toBe(true);
    }
    for (const phrase of words.untraced) {
      expect(phrasesOf(words), phrase).toContain(phrase);
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
  ] as const)('%s: "%s" is destructive', (lang, label) => {
    expect(phraseList(LANGUAGE_WORDS[lang].destructive).contains(fold(label))).toBe(true);
  });
});
