import { FINDER_LANGUAGES, LANGUAGE_WORDS, type FinderLanguage } from './words';
import type { LanguageWords } from './words/language-words';

/**
 * The words the generic sign-out finder looks for, as data. Matching is case-insensitive and ignores diacritics
 * ("Déconnexion" = "deconnexion", "Wyloguj się" = "wyloguj sie"), and a phrase only matches whole words
 * ("esci" does not match inside "escissione").
 *
 * Each language's labels live in utils/core/words/<language>.ts with the localisation files they were traced to
 * (Roundcube, Lemmy, Tutanota, wallabag, FreshRSS, Lichess, Laravel-Lang, Jellyfin, Mastodon for Android,
 * OpenStreetMap, Thunderbird for Android, Nextcloud, devise-i18n, spree_i18n, Firefox; repository@commit and path
 * in each file, with the texts read). Every sign-out and account phrase is traced; destructive phrases no source
 * shows yet are kept and listed (a phrase too many only refuses a control); tests/unit/finder-word-sources.test.ts
 * checks every phrase against them. Address words are
 * in utils/core/words/address-words.ts.
 */
export { FINDER_LANGUAGES, type FinderLanguage };
export * from './words/address-words';
type Words = Readonly<Record<FinderLanguage, readonly string[]>>;

const listOf = (pick: (words: LanguageWords) => readonly string[]): Words =>
  Object.fromEntries(FINDER_LANGUAGES.map((lang) => [lang, pick(LANGUAGE_WORDS[lang])])) as Record<FinderLanguage, readonly string[]>;

/** Labels of a sign-out control: "Sign out", "Wyloguj się", "Abmelden", "Se déconnecter", ... */
export const SIGN_OUT_LABELS: Words = listOf((words) => words.signOut);

/**
 * Controls the finder must never return, even when they also match a sign-out word: deleting, closing or
 * deactivating the account, cancelling a subscription, unsubscribing from a newsletter, signing out *other*
 * devices or sessions ("Log Out Everywhere Else": this one stays signed in). A label containing any of these
 * phrases is refused.
 */
export const DESTRUCTIVE_LABELS: Words = listOf((words) => words.destructive);

/** Labels of a control that opens the account menu (or names the account page). */
export const ACCOUNT_LABELS: Words = listOf((words) => words.account);

/**
 * Words of controls that open menus but not the account menu (language, currency, cart, search, notifications):
 * a popup button labelled with one of these is not tried as an account menu.
 */
export const NOT_ACCOUNT_LABELS: readonly string[] = [
  'language',
  'język',
  'sprache',
  'langue',
  'idioma',
  'lingua',
  'taal',
  'jazyk',
  'currency',
  'waluta',
  'währung',
  'devise',
  'moneda',
  'valuta',
  'měna',
  'cart',
  'basket',
  'koszyk',
  'warenkorb',
  'panier',
  'carrito',
  'carrello',
  'winkelwagen',
  'košík',
  'search',
  'szukaj',
  'suche',
  'rechercher',
  'buscar',
  'cerca',
  'zoeken',
  'hledat',
  'notifications',
  'powiadomienia',
  'benachrichtigungen',
  'help',
  'pomoc',
  'hilfe',
  'aide',
  'ayuda',
  'aiuto',
  // sv, no, da, fi, tr, pt, ro, hu, sk, lt, lv, et, uk, ru, el (Roundcube's `language`, `search` and `help` labels).
  'språk',
  'sprog',
  'kieli',
  'dil',
  'limba',
  'nyelv',
  'kalba',
  'valoda',
  'keel',
  'мова',
  'язык',
  'γλώσσα',
  'sök',
  'søk',
  'søg',
  'haku',
  'ara',
  'pesquisar',
  'căutare',
  'keresés',
  'hľadať',
  'paieška',
  'meklēt',
  'otsi',
  'пошук',
  'поиск',
  'αναζήτηση',
  'hjälp',
  'hjelp',
  'hjælp',
  'ohje',
  'yardım',
  'ajuda',
  'ajutor',
  'súgó',
  'pomocník',
  'žinynas',
  'palīdzība',
  'abi',
  'допомога',
  'помощь',
  'βοήθεια',
  'varukorg',
  'handlekurv',
  'indkøbskurv',
  'ostoskori',
  'sepet',
  'carrinho',
  'coș',
  'kosár',
  'krepšelis',
  'grozs',
  'ostukorv',
  'кошик',
  'корзина',
  'καλάθι',
];

/**
 * What a language picker shows: a language's own name, or its code ("Polski", "English", "EN", "pl-PL"). A control
 * labelled only this way switches the page's language; it is never tried as the account menu.
 */
export const LANGUAGE_NAMES: readonly string[] = [
  'english', 'polski', 'deutsch', 'français', 'español', 'italiano', 'nederlands', 'čeština', 'português', 'svenska',
  'dansk', 'norsk', 'suomi', 'magyar', 'română', 'slovenčina', 'українська', 'русский', 'ελληνικά', 'türkçe',
  '日本語', '中文', '한국어', 'en', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'cs', 'pt', 'sv', 'da', 'no', 'fi', 'hu', 'ro', 'sk',
  'uk', 'ru', 'el', 'tr', 'ja', 'zh', 'ko', 'en-us', 'en-gb', 'pl-pl', 'de-de', 'fr-fr', 'es-es', 'it-it', 'nl-nl', 'cs-cz',
];

/** Every language's phrases in one list. */
export function allWords(words: Words): string[] {
  return Object.values(words).flat();
}
