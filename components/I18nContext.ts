import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

/** Components get their strings from here, so they never touch `browser` and tests can pass any translator. */
export interface I18n {
  t: Translate;
  /** BCP 47 language of the shown text, for Intl formats. */
  lang: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
