import type { LanguageWords } from './language-words';

/** Italian (it). */
export const it: LanguageWords = {
  signOut: ['esci', 'disconnetti', 'disconnettiti', 'logout'],
  destructive: [
    'elimina', 'cancella', 'chiudi account', 'chiudi il tuo account', 'disattiva', 'annulla', 'disiscriviti',
    'altri dispositivi', 'altre sessioni', 'rimuovi', 'disabilita', 'cancellazione',
  ],
  account: ['account', 'il mio account', 'profilo', 'il mio profilo'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/it_IT/labels.inc',
      texts: {
        logout: 'Esci',
        delete: 'Elimina',
        cancel: 'Annulla',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/it_IT.inc',
      texts: {
        filtersetdeact: 'Disattiva il gruppo di filtri corrente',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/it.json',
      texts: {
        logout: 'Disconnettiti',
        delete: 'Cancella',
        delete_account: 'Cancella Account',
        delete_account_content: 'Elimina tutti i post, i commenti e le immagini caricate',
        remove: 'Rimuovi',
        remove_content: 'Rimuovi Contenuto',
        cancel: 'Annulla',
        unsubscribe: 'Disiscriviti',
        profile: 'Profilo',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/it.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Rimuovi il mio account',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/it.yml',
      texts: {
        account: 'Account',
        my_account: 'Il Mio Account',
        logout: 'Esci',
        cancel: 'annulla',
        delete: 'Elimina',
        remove: 'Rimuovi',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.it.yml',
      texts: {
        'menu.left.logout': 'Esci',
        'menu.top.account': 'Il mio account',
        'config.form_user.delete.button': 'Cancella il mio account',
        'config.reset.entries': 'Rimuovi TUTTI gli articoli',
        'config.reset.annotations': 'Rimuovi TUTTE le annotazioni',
        'entry.list.delete': 'Elimina',
        'security.login.cancel': 'Cancella',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/it/gen.php',
      texts: {
        'action.cancel': 'Annulla',
        'action.disable': 'Disabilita',
        'action.remove': 'Rimuovi',
        'action.truncate': 'Cancella tutti gli articoli',
        'auth.logout': 'Esci',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/it/conf.php',
      texts: {
        'profile.delete._': 'Cancellazione account',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/it.ts',
      texts: {
        adminDeleteAccount_action: 'Elimina account',
        removeAccount_action: 'Rimuovi account',
        deactivate_action: 'Disattiva',
        unsubscribe_action: "Annulla l'iscrizione",
        delete_action: 'Elimina',
        remove_action: 'Rimuovi',
        cancel_action: 'Annulla',
        logout_label: 'Logout',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/it.json',
      texts: {
        Disconnect: 'Disconnetti',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-it/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Condividi in modo sicuro la configurazione end-to-end con altri dispositivi',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/it/json.json',
      texts: {
        'Log Out Other Browser Sessions': 'Esci da altre sessioni del Browser',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-it-rIT/strings.xml',
      texts: {
        my_profile: 'Il mio profilo',
      },
    },
    {
      from: 'Expensify/App@6e7be2ca69eb src/languages/it.ts',
      texts: {
        'closeAccountPage.closeAccount': 'Chiudi account',
      },
    },
    {
      // WordPress.com's own Italian help page names the account-settings option that closes the account.
      from: 'https://wordpress.com/it/support/chiudi-account/ "Chiudi il tuo account definitivamente"',
      texts: {
        closeAccountOption: 'Chiudi il tuo account definitivamente',
      },
    },
  ],
  keptUnsourced: [],
};
