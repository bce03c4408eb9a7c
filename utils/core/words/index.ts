import { LANGUAGES } from '../../recipes/schema';
import type { LanguageWords } from './language-words';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { et } from './et';
import { fi } from './fi';
import { fr } from './fr';
import { hu } from './hu';
import { it } from './it';
import { lt } from './lt';
import { lv } from './lv';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sk } from './sk';
import { sv } from './sv';
import { tr } from './tr';
import { uk } from './uk';

/**
 * The finder's languages: the ones recipes use, and those of the people at shared computers around them (issue #22).
 * One file per language holds its labels and the localisation files they were traced to.
 */
export const FINDER_LANGUAGES = [...LANGUAGES, 'sv', 'no', 'da', 'fi', 'tr', 'pt', 'ro', 'hu', 'sk', 'lt', 'lv', 'et', 'uk', 'ru', 'el'] as const;
export type FinderLanguage = (typeof FINDER_LANGUAGES)[number];

export const LANGUAGE_WORDS: Readonly<Record<FinderLanguage, LanguageWords>> = {
  en, pl, de, es, fr, it, nl, cs, sv, no, da, fi, tr, pt, ro, hu, sk, lt, lv, et, uk, ru, el,
};
