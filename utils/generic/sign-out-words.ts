import type { LANGUAGES } from '../recipes/schema';

/**
 * The words the generic sign-out finder looks for, as data. Matching is case-insensitive and ignores diacritics
 * ("Déconnexion" = "deconnexion", "Wyloguj się" = "wyloguj sie"), and a phrase only matches whole words
 * ("esci" does not match inside "escissione").
 *
 * Languages: the ones recipes use (en, pl, de, es, fr, it, nl, cs).
 */
type Language = (typeof LANGUAGES)[number];
type Words = Readonly<Record<Language, readonly string[]>>;

/** Labels of a sign-out control: "Sign out", "Wyloguj się", "Abmelden", "Se déconnecter", ... */
export const SIGN_OUT_LABELS: Words = {
  en: ['sign out', 'log out', 'logout', 'signout', 'log off', 'logoff', 'sign me out', 'log me out'],
  pl: ['wyloguj', 'wyloguj się', 'wyloguj mnie', 'wylogowanie', 'wyloguj się z konta'],
  de: ['abmelden', 'ausloggen', 'abmeldung', 'logout', 'log out'],
  fr: ['se déconnecter', 'déconnexion', 'me déconnecter', 'déconnecter', 'se deconnecter'],
  es: ['cerrar sesión', 'salir', 'desconectar', 'cerrar la sesión', 'desconectarse'],
  it: ['esci', 'disconnetti', 'disconnettiti', 'esci dall’account', "esci dall'account", 'logout'],
  nl: ['uitloggen', 'afmelden', 'log uit'],
  cs: ['odhlásit', 'odhlásit se', 'odhlášení', 'odhlaste se'],
};

/**
 * Parts of a sign-out address ("/logout", "/users/sign_out", "/wyloguj", "logout.php", "?action=logout"), matched
 * between non-letters in the link's address or the form's action.
 */
export const SIGN_OUT_URL_WORDS: readonly string[] = [
  'logout',
  'log-out',
  'log_out',
  'signout',
  'sign-out',
  'sign_out',
  'logoff',
  'log-off',
  'wyloguj',
  'wylogowanie',
  'abmelden',
  'ausloggen',
  'deconnexion',
  'deconnecter',
  'cerrar-sesion',
  'cerrarsesion',
  'disconnetti',
  'uitloggen',
  'afmelden',
  'odhlasit',
  'odhlaseni',
];

/**
 * Controls the finder must never return, even when they also match a sign-out word: deleting, closing or
 * deactivating the account, cancelling a subscription, unsubscribing from a newsletter, signing out *other*
 * devices or sessions ("Log Out Everywhere Else": this one stays signed in). A label containing any of these
 * phrases is refused.
 */
export const DESTRUCTIVE_LABELS: Words = {
  en: [
    'delete',
    'remove account',
    'remove my account',
    'close account',
    'close my account',
    'close your account',
    'cancel',
    'deactivate',
    'disable account',
    'terminate',
    'erase',
    'unsubscribe',
    'newsletter',
    'end membership',
    'other devices',
    'other sessions',
    'all other',
    'everywhere else',
    'elsewhere',
    'other browsers',
    'other locations',
  ],
  pl: [
    'usuń',
    'usunięcie',
    'usun konto',
    'skasuj',
    'zamknij konto',
    'zamknięcie konta',
    'anuluj',
    'dezaktywuj',
    'dezaktywacja',
    'rezygnuj',
    'zrezygnuj',
    'rezygnacja',
    'wypisz',
    'wypisanie',
    'zakończ subskrypcję',
    'innych urządzeniach',
    'pozostałych urządzeniach',
    'wszędzie indziej',
    'innych sesji',
    'pozostałych sesji',
    'pozostałe sesje',
    'inne sesje',
    'innych przeglądarkach',
  ],
  de: [
    'löschen',
    'konto schließen',
    'konto auflösen',
    'kündigen',
    'kündigung',
    'deaktivieren',
    'abbestellen',
    'abonnement beenden',
    'mitgliedschaft beenden',
    'entfernen',
    'anderen geräten',
    'allen anderen',
    'anderen sitzungen',
    'andere sitzungen',
    'überall sonst',
  ],
  fr: [
    'supprimer',
    'suppression',
    'fermer le compte',
    'fermer mon compte',
    'clôturer',
    'clôture',
    'résilier',
    'résiliation',
    'désactiver',
    'se désabonner',
    'désabonnement',
    'désinscrire',
    'annuler',
    'autres appareils',
    'autres sessions',
    'partout ailleurs',
  ],
  es: [
    'eliminar',
    'borrar',
    'cerrar cuenta',
    'cerrar mi cuenta',
    'cancelar',
    'darse de baja',
    'darme de baja',
    'desactivar',
    'desuscribir',
    'otros dispositivos',
    'otras sesiones',
    'demás sesiones',
    'demás dispositivos',
  ],
  it: [
    'elimina',
    'cancella',
    'chiudi account',
    'chiudi il tuo account',
    'disattiva',
    'annulla',
    'disiscriviti',
    'altri dispositivi',
    'altre sessioni',
  ],
  nl: [
    'verwijder',
    'verwijderen',
    'account sluiten',
    'opzeggen',
    'deactiveren',
    'annuleren',
    'nieuwsbrief',
    'andere apparaten',
    'andere sessies',
  ],
  cs: ['smazat', 'odstranit', 'zrušit', 'deaktivovat', 'odběr', 'odběru', 'jiných zařízeních', 'ostatních zařízeních', 'ostatní relace'],
};

/** Parts of an address that mark a destructive action (the address of the link, or the form's action). */
export const DESTRUCTIVE_URL_WORDS: readonly string[] = [
  'delete',
  'destroy',
  'remove',
  'deactivate',
  'close-account',
  'close_account',
  'closeaccount',
  'cancel',
  'unsubscribe',
  'terminate',
  'usun',
  'usuniecie',
  'loeschen',
  'loschen',
  'kuendigen',
  'kundigen',
  'supprimer',
  'suppression',
  'resilier',
  'eliminar',
  'elimina',
  'verwijderen',
  'opzeggen',
  'smazat',
  'zrusit',
  // Signing out the *other* sessions (WordPress's "Log Out Everywhere Else", "/sessions/others").
  'other-sessions',
  'other_sessions',
  'everywhere-else',
  'everywhere_else',
];

/** Labels of a control that opens the account menu (or names the account page). */
export const ACCOUNT_LABELS: Words = {
  en: ['account', 'my account', 'your account', 'account menu', 'profile', 'my profile', 'user menu', 'your profile'],
  pl: ['konto', 'moje konto', 'twoje konto', 'profil', 'mój profil', 'menu konta', 'menu użytkownika'],
  de: ['konto', 'mein konto', 'benutzerkonto', 'profil', 'mein profil', 'kundenkonto', 'mein bereich'],
  fr: ['compte', 'mon compte', 'votre compte', 'profil', 'mon profil', 'espace client', 'mon espace'],
  es: ['cuenta', 'mi cuenta', 'tu cuenta', 'perfil', 'mi perfil'],
  it: ['account', 'il mio account', 'profilo', 'il mio profilo', 'area personale'],
  nl: ['account', 'mijn account', 'profiel', 'mijn profiel'],
  cs: ['účet', 'můj účet', 'profil', 'můj profil'],
};

/** Parts of an address of an account page, where a site without a visible sign-out control often keeps it. */
export const ACCOUNT_URL_WORDS: readonly string[] = [
  'account',
  'my-account',
  'myaccount',
  'profile',
  'konto',
  'moje-konto',
  'mein-konto',
  'compte',
  'mon-compte',
  'cuenta',
  'mi-cuenta',
  'profil',
  'ucet',
];

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
