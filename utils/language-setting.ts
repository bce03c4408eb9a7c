import { defineStoredItem } from './browser/stored-item';

/** The languages a person can choose; "auto" follows the browser. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'pl', 'uk'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's name in that language, as the language setting offers it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Exclude<LanguageChoice, 'auto'>, string>> = {
  en: 'English',
  pl: 'Polski',
  uk: 'Українська',
};

/** Where the user's settings live (utils/settings.ts defines the item that validates the whole record). */
export const SETTINGS_ITEM_KEY = 'local:settings';

/** Just the language out of a stored settings record: anything that is not one of the choices is "auto". */
export function readLanguageChoice(stored: unknown): LanguageChoice {
  const language = typeof stored === 'object' && stored !== null ? (stored as { language?: unknown }).language : undefined;
  return LANGUAGE_CHOICES.find((choice) => choice === language) ?? 'auto';
}

/**
 * The same stored record as `settingsItem`, read for its language only and without the settings schema, for the
 * popup (which must stay small). It agrees with `loadSettings().language`: no policy sets the language.
 */
const languageItem = defineStoredItem(SETTINGS_ITEM_KEY, { parse: readLanguageChoice });

export function loadLanguageChoice(): Promise<LanguageChoice> {
  return languageItem.get();
}
