import type { LanguageWords } from './language-words';

/** Finnish (fi). */
export const fi: LanguageWords = {
  signOut: ['kirjaudu ulos', 'uloskirjautuminen'],
  destructive: [
    'poista', 'poista tili', 'sulje tili', 'peruuta', 'peru tilaus', 'lopeta tilaus', 'irtisano', 'irtisanoudu',
    'poista käytöstä', 'uutiskirje', 'muilla laitteilla', 'muut laitteet', 'peru', 'muiden laitteiden',
    'muilta laitteilta', 'muilta laitteiltasi',
  ],
  account: ['tili', 'oma tili', 'tilini', 'profiili', 'oma profiili'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/fi_FI/labels.inc',
      texts: {
        logout: 'Kirjaudu ulos',
        delete: 'Poista',
        cancel: 'Peruuta',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/fi_FI.inc',
      texts: {
        filtersetdeact: 'Poista nykyinen suodatinasetus käytöstä',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/fi.json',
      texts: {
        logout: 'Kirjaudu ulos',
        delete: 'Poista',
        delete_account: 'Poista tili',
        delete_account_content: 'Poista kaikki julkaisut, vastaukset ja ladatut kuvat',
        remove: 'Poista',
        remove_content: 'Poista sisältö',
        cancel: 'Peru',
        unsubscribe: 'Poista tilaus',
        profile: 'Profiili',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/fi.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Poista käyttäjätunnukseni',
        signed_out: 'Uloskirjautuminen onnistui.',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/fi.yml',
      texts: {
        account: 'Tili',
        my_account: 'Oma tili',
        logout: 'Kirjaudu ulos',
        cancel: 'peruuta',
        delete: 'Poista',
        remove: 'Poista',
      },
    },
    {
      from: 'mozilla-l10n/firefox-l10n@0054537e0039 fi/browser/browser/appmenu.ftl',
      texts: {
        'appmenu-remote-tabs-noclients': 'Haluatko nähdä muiden laitteiden välilehdet tässä?',
        'appmenu-remote-tabs-welcome': 'Näytä lista välilehdistä muilta laitteiltasi.',
        'appmenu-account-header': 'Tili',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/fi.ts',
      texts: {
        logout_label: 'Kirjaudu ulos',
        adminDeleteAccount_action: 'Poista käyttäjätili',
        removeAccount_action: 'Poista tili',
        subscriptionStateCardCancel_action: 'Lopeta tilaus',
        deactivate_action: 'Poista käytöstä',
        unsubscribe_action: 'Peruuta tilaus',
        delete_action: 'Poista',
        remove_action: 'Poista',
        cancel_action: 'Peruuta',
        cancelAnyTime_msg: 'Peru tilaus koska tahansa',
        unsubscribeSuccessful_msg: 'Uutiskirje tai postituslista on peruutettu onnistuneesti!',
        surveyAccountProblems_label: 'Ongelmia tilini kanssa',
      },
    },
    {
      from: 'lichess-org/lila@773714b20926 translation/dest/settings/fi-FI.xml',
      texts: {
        closeAccount: 'Sulje tili',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-fi-rFI/strings.xml',
      texts: {
        my_profile: 'Oma profiili',
      },
    },
    {
      // GNOME Settings' network panel: a section heading (the phrase, not a sign-out control); read from the
      // repository snapshot at this commit (later releases dropped the string).
      from: 'GNOME/gnome-control-center@5258504ea9b9 po/fi.po',
      texts: {
        'Other Devices': 'Muut laitteet',
      },
    },
    {
      // KDE Connect's Android app: why it needs the notification permission (the phrase in its own sense, from other
      // devices; not a sign-out control).
      from: 'KDE/kdeconnect-android@55ddcb133781 src/main/res/values-fi/strings.xml',
      texts: {
        receive_notifications_permission_explanation: 'Ilmoitukset tulee sallia, jotta niitä voi vastaanottaa muilta laitteilta',
      },
    },
    {
      // DuckDuckGo's Android app: the dialog that turns Sync off for one device (the phrase in its own sense, data on
      // other devices; not a sign-out control).
      from: 'duckduckgo/Android@9a68a510f49c sync/sync-impl/src/main/res/values-fi/strings-sync.xml',
      texts: {
        sync_simplified_edit_device_turn_off_dialog_body:
          'Tämä laite ei enää voi käyttää muilla laitteilla olevia synkronoituja tietojasi.',
      },
    },
    {
      // A gym reservation site's customer page: the button that cancels the monthly membership.
      from: 'DeveMike/Strenght_and_Health_gym_reservation_system@7251cb6f572f customer.php',
      texts: {
        'cancel-button': 'Irtisanoudu',
      },
    },
    {
      // An estate-settling checklist app: the step for a book club (the phrase in its own sense, terminate a
      // membership; a how-to step, not a control).
      from: 'vailouu/kuolinpesa-mvp@4749df236570 app/dashboard/page.js',
      texts: {
        'Kirjakerho / kirjatilaus': 'Irtisano jäsenyys',
      },
    },
  ],
  keptUnsourced: [],
};
