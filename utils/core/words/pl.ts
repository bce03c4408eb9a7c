import type { LanguageWords } from './language-words';

/** Polish (pl). */
export const pl: LanguageWords = {
  signOut: ['wyloguj', 'wyloguj się', 'wylogowanie'],
  destructive: [
    'usuń', 'usunięcie', 'usun konto', 'skasuj', 'zamknij konto', 'zamknięcie konta', 'anuluj', 'dezaktywuj',
    'dezaktywacja', 'rezygnuj', 'zrezygnuj', 'rezygnacja', 'wypisz', 'wypisanie', 'zakończ subskrypcję',
    'innych urządzeniach', 'pozostałych urządzeniach', 'wszędzie indziej', 'innych sesji', 'pozostałych sesji',
    'pozostałe sesje', 'inne sesje', 'innych przeglądarkach', 'deaktywuj', 'odsubskrybuj', 'wyłącz',
  ],
  account: ['konto', 'moje konto', 'twoje konto', 'profil', 'mój profil', 'menu użytkownika'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/pl_PL/labels.inc',
      texts: {
        logout: 'Wyloguj',
        delete: 'Usuń',
        cancel: 'Anuluj',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/pl_PL.inc',
      texts: {
        filtersetdeact: 'Deaktywuj bieżący zbiór filtrów',
      },
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
      texts: {
        'registrations.edit.cancel_my_account': 'Anuluj moje konto',
      },
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
        locked: 'Twoje konto jest zablokowane.',
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
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/pl/conf.php',
      texts: {
        'profile.delete._': 'Usunięcie konta',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/pl.ts',
      texts: {
        logout_label: 'Wyloguj',
        adminDeleteAccount_action: 'Usuń konto',
        removeAccount_action: 'Usuń konto',
        subscriptionStateCardCancel_action: 'Anuluj subskrypcję',
        deactivate_action: 'Dezaktywuj',
        unsubscribe_action: 'Anuluj subskrybcję',
        delete_action: 'Usuń',
        remove_action: 'Usuń',
        cancel_action: 'Anuluj',
        dataExpiredOfflineDb_msg: 'Twoje dane lokalne nie są spójne z danymi na serwerach Tuta. Nastąpi wylogowanie, po czym twoje lokalnie zapisane dane zostaną usunięte i w razie potrzeby ponownie pobrane.',
        domainStillHasContactForms_msg: '{domain} nie można dezaktywować, ponieważ w domenie Whitelabel nadal są aktywne formularze kontaktowe. Usuń formularze kontaktowe przed dezaktywacją {domain}.',
        subscriptionStateCardRevoke_action: 'Zrezygnuj z subskrypcji',
        unsubscribeFailed_title: 'Wypisanie się nie powiodło się',
        termination_action: 'Zakończ subskrypcję',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/pl/json.json',
      texts: {
        'Log Out': 'Wyloguj się',
        'Please enter your password to confirm you would like to log out of your other browser sessions across all of your devices.': 'Wprowadź hasło, aby potwierdzić, że chcesz wylogować się z innych sesji przeglądarki na wszystkich swoich urządzeniach.',
        'Log Out Other Browser Sessions': 'Wyloguj inne sesje przeglądarki',
        'Manage and log out your active sessions on other browsers and devices.': 'Zarządzaj aktywnymi sesjami i wyloguj się z nich na innych przeglądarkach i urządzeniach.',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-pl/strings.xml',
      texts: {
        uploader_upload_files_behaviour_upload_and_delete_from_source: 'Skasuj plik z katalogu źródłowego',
        setup_e2e: 'Podczas konfigurowania szyfrowania typu end-to-end otrzymasz losowy mnemonik składający się z 12-stu słów, który będzie potrzebny do otwierania plików na innych urządzeniach. Będzie on przechowywany tylko na tym urządzeniu i można go ponownie wyświetlić na tym ekranie. Zapisz go w bezpiecznym miejscu!',
      },
    },
    {
      from: 'lichess-org/lila@773714b20926 translation/dest/settings/pl-PL.xml',
      texts: {
        closeAccount: 'Zamknij konto',
        closeAccountExplanation: 'Jesteś pewien, że chcesz zamknąć swoje konto? Zamknięcie konta jest decyzją nieodwracalną. Już NIGDY nie będziesz mógł się na nie zalogować.',
      },
    },
    {
      from: 'nextcloud/mail@e5734fe250eb l10n/pl.js',
      texts: {
        Unsubscribe: 'Wypisz się',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/pl.json',
      texts: {
        DeleteDevicesConfirmation: 'Na pewno usunąć wszystkie urządzenia? Wszystkie pozostałe sesje zostaną wylogowane. Urządzenia pojawią się ponownie po następnym zalogowaniu użytkownika.',
        UserMenu: 'Menu użytkownika',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-pl-rPL/strings.xml',
      texts: {
        my_profile: 'Mój profil',
      },
    },
    {
      from: 'element-hq/element-android@4c04cbf5a11a library/ui-strings/src/main/res/values-pl/strings.xml',
      texts: {
        device_manager_signout_all_other_sessions: 'Wyloguj z wszystkich pozostałych sesji',
      },
    },
    {
      // Mozilla accounts' settings, after a password change: the user's other devices.
      from: 'mozilla/fxa-content-server-l10n@dd6b27e88e34 locale/pl/settings.ftl',
      texts: {
        'ready-complete-set-up-instruction': 'Dokończ konfigurację wprowadzając nowe hasło na pozostałych urządzeniach z { -brand-firefox(case: "ins") }.',
      },
    },
    {
      // phpList (newsletter manager), keyed by the English msgid: the page a reader sees after unsubscribing.
      from: 'phpList/phplist3@72dd0d6f2101 public_html/lists/admin/locale/pl/phplist.po',
      texts: {
        'Message they receive when they unsubscribe': 'Rezygnacja z subskrypcji',
      },
    },
    {
      // A BitTorrent tracker's generated Polish strings: the account page's "Sign out everywhere else" button.
      from: 'TryHackX/tryhackx-tracker@8c48b8146e23 lang/pl.php',
      texts: {
        'account.sessions_clear': 'Wyloguj wszędzie indziej',
      },
    },
  ],
  keptUnsourced: [],
};
