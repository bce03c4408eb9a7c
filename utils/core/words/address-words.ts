/**
 * Words of addresses (a link's href, a form's action) for the generic finder, matched between non-letters after
 * folding (utils/core/words-match.ts). The labels of controls are per language in this folder.
 */

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
  'logga-ut',
  'loggaut',
  'logg-ut',
  'loggut',
  'log-ud',
  'logud',
  'log-af',
  'kirjaudu-ulos',
  'uloskirjautuminen',
  'cikis',
  'cikis-yap',
  'oturumu-kapat',
  'sair',
  'terminar-sessao',
  'deconectare',
  'delogare',
  'kijelentkezes',
  'kilepes',
  'odhlasenie',
  'atsijungti',
  'iziet',
  'izrakstities',
  'logi-valja',
  'vyjti',
  'vyhod',
  'вийти',
  'вихід',
  'выйти',
  'выход',
  'aposyndesi',
];


/**
 * Address words that destroy *something*, and as often the session as the account: "/session/destroy",
 * "/destroy.php" and "DELETE /sessions" are sign-outs, "/account/delete" is not. Alone in an address they refuse a
 * control unless its label is exactly a sign-out label; with an account word (below) they always refuse it.
 */
export const DESTROY_URL_WORDS: readonly string[] = [
  'delete',
  'destroy',
  'remove',
  'cancel',
  'terminate',
  'erase',
  'usun',
  'usuniecie',
  'loeschen',
  'loschen',
  'supprimer',
  'suppression',
  'eliminar',
  'elimina',
  'verwijderen',
  'smazat',
  'zrusit',
  'radera',
  'ta-bort',
  'slett',
  'slet',
  'poista',
  'sil',
  'iptal',
  'excluir',
  'apagar',
  'remover',
  'sterge',
  'torles',
  'torol',
  'zmazat',
  'vymazat',
  'istrinti',
  'dzest',
  'kustuta',
  'udalit',
  'vydalyty',
  'видалити',
  'удалить',
  'diagrafi',
];

/**
 * Destroy words the finder also heeds ("/account/close", "/membership/closure") but the recipes' click guard does
 * not: "close" is too common in addresses a recipe must follow ("?close=1"), while a finder loses nothing by
 * being wary of it.
 */
export const FINDER_DESTROY_URL_WORDS: readonly string[] = ['close', 'closure'];

/** What a destroy word is about when the address names it: an account, a profile, a membership, data (never a session). */
export const DESTROYED_THING_URL_WORDS: readonly string[] = [
  'account',
  'accounts',
  'user',
  'users',
  'member',
  'membership',
  'subscription',
  'subscriptions',
  'profile',
  'data',
  'konto',
  'compte',
  'cuenta',
  'conta',
  'cont',
  'profil',
  'abo',
  'abonnement',
  'ucet',
  'tili',
  'hesap',
  'hesabi',
  'fiok',
  'paskyra',
  'konts',
  'akaunt',
  'akkaunt',
  'аккаунт',
  'акаунт',
  'logariasmos',
];

/** Address words that end an account or a subscription whatever the label says: always refused. */
export const ACCOUNT_ENDING_URL_WORDS: readonly string[] = [
  // Signing out the *other* sessions (WordPress's "Log Out Everywhere Else", "/sessions/others").
  'other-sessions',
  'other_sessions',
  'everywhere-else',
  'everywhere_else',
  'deactivate',
  'close-account',
  'close_account',
  'closeaccount',
  'delete-account',
  'delete_account',
  'deleteaccount',
  'unsubscribe',
  'kuendigen',
  'kundigen',
  'resilier',
  'opzeggen',
  'avregistrera',
  'avprenumerera',
  'afmeld',
  'frameld',
  'dezabonare',
  'leiratkozas',
  'otpisatsya',
  'vidpysatysia',
];

/** Parts of an address that mark a destructive action (the address of the link, or the form's action). */
export const DESTRUCTIVE_URL_WORDS: readonly string[] = [...DESTROY_URL_WORDS, ...ACCOUNT_ENDING_URL_WORDS];

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
  'mitt-konto',
  'min-konto',
  'mina-sidor',
  'mine-sider',
  'tili',
  'oma-tili',
  'hesap',
  'hesabim',
  'conta',
  'minha-conta',
  'perfil',
  'contul-meu',
  'fiok',
  'paskyra',
  'konts',
  'profiil',
  'kabinet',
];

