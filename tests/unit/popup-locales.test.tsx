// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GeneralSettings } from '../../components/options/GeneralSettings';
import { formatMessage, isReasonKey, t, uiLanguage, type LocaleMessages } from '../../utils/i18n';
import { REASON_KEYS } from '../../utils/stored-reason';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES } from '../../utils/language-setting';
import { Settings } from '../../utils/settings';

const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');
const load = (lang: string): LocaleMessages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as LocaleMessages;
const langs = readdirSync(LOCALES_DIR).sort();
const en = load('en');

/** Placeholder names used in the text, and those declared with their content ("site=$1"). */
function placeholders(entry: LocaleMessages[string]) {
  const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
  const declared = Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
  return { used, declared };
}

describe('locale files', () => {
  it('exist for English, Polish and Ukrainian', () => {
    expect(langs).toEqual(['en', 'pl', 'uk']);
  });

  it('are each offered by the language setting, which offers nothing else', () => {
    expect(LANGUAGE_CHOICES.filter((choice) => choice !== 'auto').sort()).toEqual(langs);
    render(<GeneralSettings settings={Settings.parse({})} locked={[]} onChange={() => {}} />);
    const setting = within(screen.getByRole('combobox', { name: /languageLabel/ }));
    const offered = setting.getAllByRole('option').map((option) => option.getAttribute('value'));
    expect(offered).toEqual([...LANGUAGE_CHOICES]);
    // Each language names itself in its own language, and says which language that is.
    for (const [lang, name] of Object.entries(LANGUAGE_NAMES)) {
      expect(setting.getByRole('option', { name }).getAttribute('lang')).toBe(lang);
    }
  });

  it.each(langs)('%s has the same keys as en, every message non-empty, same placeholders', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      const own = placeholders(entry);
      expect(own, key).toEqual(placeholders(en[key]!));
      // Every $NAME$ in the text is declared, and every declared placeholder is used.
      expect(own.declared.map((d) => d.split('=')[0]), key).toEqual([...new Set(own.used)]);
    }
  });

  it('says which language it is in', () => {
    for (const lang of langs) expect(load(lang).langCode?.message).toBe(lang);
  });

  it('uk is written in Ukrainian: no message left in English (brand names and placeholders aside)', () => {
    const uk = load('uk');
    for (const [key, entry] of Object.entries(uk)) {
      // What is left once placeholders, the brand, addresses and file formats are taken out.
      const words = entry.message.replace(/\$\w+\$/g, '').replace(/Signoff|JSON|IndexedDB|cookie|https|mail\.example\.com/g, '');
      if (!/\p{L}/u.test(words)) continue; // Only placeholders and punctuation ("$SITE$ ($DOMAIN$)").
      if (key === 'langCode') continue;
      expect(words, key).toMatch(/\p{Script=Cyrillic}/u);
      expect(words, key).not.toMatch(/\b(the|and|of|to|you|site|sign)\b/i);
    }
  });

  it('keeps descriptions within the store limit', () => {
    for (const lang of langs) expect(load(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('has a message for every reason key and a reason key for every reason message', () => {
    const reasonMessages = Object.keys(en).filter((key) => key.startsWith('reason'));
    expect([...REASON_KEYS].sort()).toEqual(reasonMessages.sort());
    expect(isReasonKey('reasonTimeout')).toBe(true);
    expect(isReasonKey('extName')).toBe(false);
  });
});

describe('formatMessage', () => {
  it('follows chrome.i18n substitution rules', () => {
    const entry = {
      message: 'Pay $$5 to $WHO$ at $1',
      placeholders: { who: { content: '$2 ($1)' } },
    };
    expect(formatMessage(entry, ['a', 'b'])).toBe('Pay $5 to b (a) at a');
    expect(formatMessage(entry, 'a')).toBe('Pay $5 to  (a) at a');
    expect(formatMessage(undefined)).toBe('');
  });
});

describe('t and uiLanguage', () => {
  it('reads messages through browser.i18n', () => {
    expect(t('extName')).toBe('Signoff');
    expect(t('signOutOf', 'Amazon (amazon.pl)')).toBe('Sign out of Amazon (amazon.pl)');
    expect(t('badgeTitle', '2')).toBe('Signoff — signed in to 2 site(s)');
  });

  it('falls back to the key when the browser has no message', () => {
    fakeBrowser.i18n.getMessage = () => '';
    expect(t('extName')).toBe('extName');
  });

  it('gives the language of the shown text, with the region when it matches', () => {
    expect(uiLanguage()).toBe('en-US');
    fakeBrowser.i18n.getUILanguage = () => 'de-DE';
    expect(uiLanguage()).toBe('en');
    const pl = load('pl');
    fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) => formatMessage(pl[key], subs);
    fakeBrowser.i18n.getUILanguage = () => 'pl-PL';
    expect(uiLanguage()).toBe('pl-PL');
  });
});
