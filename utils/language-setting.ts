import { browser } from 'wxt/browser';

/** The languages a person can choose; "auto" follows the browser. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'pl', 'uk'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's name in that language, as the language setting offers it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Exclude<LanguageChoice, 'auto'>, string>> = {
  en: 'English',
  pl: 'Polski',
  uk: 'Українська',
};

/** storage.local key of the user's settings (utils/settings.ts validates the whole record). */
export const SETTINGS_KEY = 'settings';

/**
 * Just the language setting, read without the settings schema, for the popup (which must stay small). It agrees with
 * `loadSettings().language`: a stored value that is not one of the choices falls back to "auto", and no policy sets it.
 */
export async function loadLanguageChoice(): Promise<LanguageChoice> {
  const stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const language = typeof stored === 'object' && stored !== null ? (stored as { language?: unknown }).language : undefined;
  return LANGUAGE_CHOICES.find((choice) => choice === language) ?? 'auto';
}
