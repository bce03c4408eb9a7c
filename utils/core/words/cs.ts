import type { LanguageWords } from './language-words';

/** Czech (cs). */
export const cs: LanguageWords = {
  signOut: ['odhlásit', 'odhlásit se', 'odhlášení', 'odhlaste se'],
  destructive: [
    'smazat', 'odstranit', 'zrušit', 'deaktivovat', 'odběr', 'odběru', 'jiných zařízeních', 'ostatních zařízeních',
    'ostatní relace', 'vymazat', 'vyjmout', 'odebrat', 'zakázat', 'vypnout', 'odstranění',
  ],
  account: ['účet', 'můj účet', 'profil', 'můj profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/cs_CZ/labels.inc',
      texts: {
        logout: 'Odhlásit',
        delete: 'Smazat',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/cs_CZ.inc',
      texts: {
        filtersetdeact: 'Vypnout tuto sadu filtrů',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/cs.json',
      texts: {
        logout: 'Odhlásit se',
        delete: 'Smazat',
        delete_account: 'Smazat účet',
        remove: 'odstranit',
        remove_content: 'Odstranit obsah',
        cancel: 'Zrušit',
        unsubscribe: 'Zrušit odběr',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/cs.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Zrušit můj účet',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/cs.yml',
      texts: {
        account: 'Účet',
        my_account: 'Můj účet',
        logout: 'Odhlásit se',
        cancel: 'zrušit',
        delete: 'Vymazat',
        remove: 'Vyjmout',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.cs.yml',
      texts: {
        'menu.left.logout': 'Odhlásit se',
        'menu.top.account': 'Můj účet',
        'config.form_user.delete.button': 'Odstranit můj účet',
        'config.reset.entries': 'Odebrat VŠECHNY položky',
        'config.reset.annotations': 'Odebrat VŠECHNY anotace',
        'entry.list.delete': 'Odstranit',
        'security.login.cancel': 'Zrušit',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/cs/gen.php',
      texts: {
        'action.cancel': 'Zrušit',
        'action.disable': 'Zakázat',
        'action.remove': 'Odebrat',
        'action.truncate': 'Odstranit všechny články',
        'auth.logout': 'Odhlásit se',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/cs/conf.php',
      texts: {
        'profile.delete._': 'Odstranění účtu',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/cs.ts',
      texts: {
        logout_label: 'Odhlásit se',
        adminDeleteAccount_action: 'Smazat účet',
        removeAccount_action: 'Odstranit účet',
        deactivate_action: 'Deaktivovat',
        unsubscribe_action: 'Zrušit odběr',
        delete_action: 'Odstranit',
        remove_action: 'Odstranit',
        cancel_action: 'Zrušit',
        dataOutOfSync_msg: 'Načtená data se neschodují s daty na serverech Tuta. Odhlaste se prosím a znovu se přihlaste, abyste data obnovili.',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/cs/json.json',
      texts: {
        Logout: 'Odhlášení',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/cs/index.php',
      texts: {
        subscription: 'Správa odběrů',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-cs-rCZ/strings.xml',
      texts: {
        setup_e2e: 'V průběhu nastavování šifrování mezi koncovými body obdržíte náhodnou 12 slovnou mnemotechnickou frázi, které bude zapotřebí pro otevírání souborů na ostatních zařízeních. Ta bude uložena pouze na tomto zařízení a je možné ji na této obrazovce znovu zobrazit. Prosím poznamenejte si jí na bezpečné místo!',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-cs-rCZ/strings.xml',
      texts: {
        my_profile: 'Můj profil',
      },
    },
    {
      from: 'matrix-org/matrix-react-sdk@b67a2303f912 src/i18n/strings/cs.json',
      texts: {
        other_sessions_heading: 'Ostatní relace',
        setup_secure_backup_description_2: 'Po odhlášení budou tyto klíče z tohoto zařízení odstraněny, což znamená, že nebudete moci číst zašifrované zprávy, pokud k nim nemáte klíče v jiných zařízeních nebo je nemáte zálohované na serveru.',
      },
    },
  ],
  keptUnsourced: [],
};
