import { browserMessage, browserUiLanguage } from './browser/i18n';
import { extensionUrl } from './browser/runtime';
import type { LanguageChoice } from './language-setting';
import { REASON_KEYS, type ReasonKey } from './stored-reason';

/**
 * The UI strings live in public/_locales/<lang>/messages.json (chrome.i18n format) so the browser picks the
 * language; English is the source of the key list, and a unit test keeps the other locales identical.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

// The reason keys are data (utils/stored-reason.ts, which the stored rows' schemas build on); every one must be a message here.
// They are imported from there, not re-exported: WXT's auto-imports would see two REASON_KEYS and warn at every build.
export type { ReasonKey };
REASON_KEYS satisfies readonly MessageKey[];

export function isReasonKey(value: string): value is ReasonKey {
  return (REASON_KEYS as readonly string[]).includes(value);
}

/** Messages of the language chosen in the settings, when it is not the browser's ("auto"). */
let chosen: { lang: string; messages: LocaleMessages } | undefined;

/**
 * Applies the language setting. chrome.i18n always follows the browser, so another language is read from the
 * extension's own _locales files and formatted with the same rules.
 */
export async function applyLanguage(lang: LanguageChoice): Promise<void> {
  if (lang === 'auto') {
    chosen = undefined;
    return;
  }
  const response = await fetch(extensionUrl(`/_locales/${lang}/messages.json`));
  chosen = { lang, messages: (await response.json()) as LocaleMessages };
}

/** The message in the chosen or the browser's language (falling back to English); the key itself if missing. */
export const t: Translate = (key, substitutions) =>
  (chosen && formatMessage(chosen.messages[key], substitutions)) || browserMessage(key, substitutions) || key;

/**
 * The language the UI text is actually in: the locale file the browser chose ("langCode"), refined by the
 * browser's region when it matches ("pl-PL"). getUILanguage() alone would say "de" while showing English.
 */
export function uiLanguage(): string {
  const shown = t('langCode');
  if (chosen) return chosen.lang;
  const ui = browserUiLanguage();
  return ui.toLowerCase().split(/[-_]/)[0] === shown ? ui : shown;
}

/** One entry of a messages.json file. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * chrome.i18n's substitution rules ($NAME$ → placeholder content, $1…$9 → substitutions, $$ → $), for tests
 * and the fake browser, which has no i18n of its own.
 */
export function formatMessage(entry: LocaleMessage | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$(\w+)\$|\$(\d)/g, (match, name?: string, digit?: string) => {
    if (name !== undefined) return numbered(placeholders.get(name.toLowerCase()) ?? '');
    if (digit !== undefined) return numbered(match);
    return '$';
  });
}
