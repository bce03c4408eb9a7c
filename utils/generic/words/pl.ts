import type { LanguageWords } from './language-words';

/** Polish (pl). */
export const pl: LanguageWords = {
  signOut: ['wyloguj', 'wyloguj się', 'wyloguj mnie', 'wylogowanie', 'wyloguj się z konta'],
  destructive: [
    'usuń', 'usunięcie', 'usun konto', 'skasuj', 'zamknij konto', 'zamknięcie konta', 'anuluj', 'dezaktywuj',
    'dezaktywacja', 'rezygnuj', 'zrezygnuj', 'rezygnacja', 'wypisz', 'wypisanie', 'zakończ subskrypcję',
    'innych urządzeniach', 'pozostałych urządzeniach', 'wszędzie indziej', 'innych sesji', 'pozostałych sesji',
    'pozostałe sesje', 'inne sesje', 'innych przeglądarkach',
  ],
  account: ['konto', 'moje konto', 'twoje konto', 'profil', 'mój profil', 'menu konta', 'menu użytkownika'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/pl_PL/labels.inc',
      texts: { logout: 'Wyloguj', delete: 'Usuń', cancel: 'Anuluj' },
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
  ],
  untraced: [
    'wyloguj się', 'wyloguj mnie', 'wylogowanie', 'wyloguj się z konta', 'usunięcie', 'skasuj', 'zamknij konto',
    'zamknięcie konta', 'dezaktywuj', 'dezaktywacja', 'zrezygnuj', 'rezygnacja', 'wypisz', 'wypisanie',
    'zakończ subskrypcję', 'innych urządzeniach', 'pozostałych urządzeniach', 'wszędzie indziej', 'innych sesji',
    'pozostałych sesji', 'pozostałe sesje', 'inne sesje', 'innych przeglądarkach', 'twoje konto', 'mój profil',
    'menu konta', 'menu użytkownika',
  ],
};
