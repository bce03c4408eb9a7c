import type { LanguageWords } from './language-words';

/** Polish (pl). */
export const pl: LanguageWords = {
  signOut: ['wyloguj', 'wyloguj się', 'wyloguj mnie', 'wylogowanie', 'wyloguj się z konta'],
  destructive: [
    'usuń', 'usunięcie', 'usun konto', 'skasuj', 'zamknij konto', 'zamknięcie konta', 'anuluj', 'dezaktywuj',
    'dezaktywacja', 'rezygnuj', 'zrezygnuj', 'rezygnacja', 'wypisz', 'wypisanie', 'zakończ subskrypcję',
    'innych urządzeniach', 'pozostałych urządzeniach', 'wszędzie indziej', 'innych sesji', 'pozostałych sesji',
    'pozostałe sesje', 'inne sesje', 'innych przeglądarkach', 'deaktywuj', 'odsubskrybuj', 'wyłącz',
  ],
  account: ['konto', 'moje konto', 'twoje konto', 'profil', 'mój profil', 'menu konta', 'menu użytkownika'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/pl_PL/labels.inc',
      texts: { logout: 'Wyloguj', delete: 'Usuń', cancel: 'Anuluj' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/pl_PL.inc',
      texts: { filtersetdeact: 'Deaktywuj bieżący zbiór filtrów' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/pl.json',
      texts: {
        logout: 'Wyloguj',
        delete: 'Usuń',
        delete_account: 'Usuń Konto',
        delete_account_content: 'Usuń wszystkie posty, komentarze i media',
        remove: 'Usuń',
        remove_content: 'Usuń treść',
        cancel: 'Anuluj',
        unsubscribe: 'Odsubskrybuj',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/pl.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Anuluj moje konto' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/pl.yml',
      texts: {
        account: 'Konto',
        my_account: 'Moje konto',
        logout: 'Wyloguj',
        cancel: 'Rezygnuj',
        delete: 'Usuń',
        remove: 'Usuń',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.pl.yml',
      texts: {
        'menu.left.logout': 'Wyloguj',
        'menu.top.account': 'Moje konto',
        'config.form_user.delete.button': 'Usuń moje konto',
        'config.reset.entries': 'Usuń WSZYTSTKIE wpisy',
        'config.reset.annotations': 'Usuń WSZYSTKIE adnotacje',
        'entry.list.delete': 'Usuń',
        'security.login.cancel': 'Anuluj',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/pl/gen.php',
      texts: {
        'action.cancel': 'Anuluj',
        'action.disable': 'Wyłącz',
        'action.remove': 'Usuń',
        'action.truncate': 'Usuń wszystkie wiadomości',
        'auth.logout': 'Wyloguj',
      },
    },
    { from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/pl/conf.php', texts: { 'profile.delete._': 'Usunięcie konta' } },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/pl.ts',
      texts: {
        logout_label: 'Wyloguj',
        'adminDeleteAccount_action': 'Usuń konto',
        'removeAccount_action': 'Usuń konto',
        'subscriptionStateCardCancel_action': 'Anuluj subskrypcję',
        deactivate_action: 'Dezaktywuj',
        unsubscribe_action: 'Anuluj subskrybcję',
        delete_action: 'Usuń',
        remove_action: 'Usuń',
        cancel_action: 'Anuluj',
      },
    },
  ],
  untraced: [
    'wyloguj się', 'wyloguj mnie', 'wylogowanie', 'wyloguj się z konta', 'skasuj', 'zamknij konto',
    'zamknięcie konta', 'dezaktywacja', 'zrezygnuj', 'rezygnacja', 'wypisz', 'wypisanie', 'zakończ subskrypcję',
    'innych urządzeniach', 'pozostałych urządzeniach', 'wszędzie indziej', 'innych sesji', 'pozostałych sesji',
    'pozostałe sesje', 'inne sesje', 'innych przeglądarkach', 'twoje konto', 'mój profil', 'menu konta',
    'menu użytkownika',
  ],
};
