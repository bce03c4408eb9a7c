import type { Bilingual } from './schema';

/** The language a guide speaks to the person: Polish for a Polish interface, English otherwise. */
export function guideLanguage(uiLanguage: string): keyof Bilingual {
  return uiLanguage.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}
