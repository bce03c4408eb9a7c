import type { LanguageWords } from './language-words';

/** Norwegian (Bokmål) (no). */
export const no: LanguageWords = {
  signOut: ['logg ut', 'utlogging'],
  destructive: [
    'slett', 'slette', 'fjern', 'avslutt konto', 'lukk konto', 'avslutt abonnement', 'avbryt', 'si opp', 'deaktiver',
    'avmeld', 'meld av', 'nyhetsbrev', 'andre enheter', 'avslutt abonnemang', 'avbestill',
  ],
  account: ['konto', 'min konto', 'kontoen min', 'profil', 'min profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/nb_NO/labels.inc',
      texts: {
        logout: 'Logg ut',
        delete: 'Slett',
        cancel: 'Avbryt',
        logoutclear: 'Tøm søppel ved utlogging',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/nb_NO.inc',
      texts: {
        filtersetdeact: 'Deaktiver gjeldende filtersett',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/nb_NO.json',
      texts: {
        logout: 'Logg ut',
        delete: 'Slett',
        delete_account: 'Slett konto',
        delete_account_content: 'Slett alle innlegg, kommentarer og opplastede bilder',
        remove: 'fjern',
        remove_content: 'Fjern innhold',
        cancel: 'Avbryt',
        unsubscribe: 'Avslutt abonnemang',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/nb.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Slett min konto',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/nb.yml',
      texts: {
        account: 'Konto',
        my_account: 'Min konto',
        logout: 'Logg ut',
        cancel: 'Avbryt',
        delete: 'Slett',
        remove: 'Fjern',
      },
    },
    {
      from: 'mozilla-l10n/firefox-l10n@0069097049fc nb-NO/browser/browser/appmenu.ftl',
      texts: {
        'appmenu-remote-tabs-welcome': 'Vis en liste over faner fra andre enheter.',
        'appmenu-account-header': 'Konto',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.nb.yml',
      texts: {
        'menu.left.logout': 'Logg ut',
        'menu.top.account': 'Min konto',
        'config.form_user.delete.button': 'Slett kontoen min',
        'config.reset.entries': 'Fjern ALLE oppføringer',
        'config.reset.annotations': 'Fjern ALLE anføringer',
        'entry.list.delete': 'Slett',
        'security.login.cancel': 'Avbryt',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/no.ts',
      texts: {
        logout_label: 'Logg ut',
        adminDeleteAccount_action: 'Slett konto',
        removeAccount_action: 'Fjern brukerkonto',
        deactivate_action: 'Deaktiver',
        unsubscribe_action: 'Avbestill',
        delete_action: 'Slett',
        remove_action: 'Fjern',
        cancel_action: 'Avbryt',
        newsletterBanner_msg: 'Denne e-posten er fra et nyhetsbrev eller en e-postliste.',
        firstMonthForFreeDetail_msg: 'En prøveperiode på én måned er tilgjengelig for alle våre betalte abonnementer. Den første måneden er helt gratis, og du kan når som helst si opp abonnementet.',
        unsubscribeManually_label: 'Avmeld manuelt',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/nn_NO/labels.inc',
      texts: {
        delete: 'Slette',
      },
    },
    {
      from: 'lichess-org/lila@bde4390d71ee translation/dest/settings/nb-NO.xml',
      texts: {
        closeAccount: 'Avslutt konto',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/nn.json',
      texts: {
        unsubscribe: 'Avslutt abonnement',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-no-rNO/strings.xml',
      texts: {
        my_profile: 'Min profil',
      },
    },
    {
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/EditAccount/SpecialEditAccount.i18n.php',
      texts: {
        'editaccount-submit-close': 'Lukk konto',
      },
    },
    {
      // listmonk's (newsletter manager) link that unsubscribes the reader.
      from: 'knadh/listmonk@911e0b774aba i18n/no.json',
      texts: {
        'email.unsub': 'Meld av',
      },
    },
  ],
  keptUnsourced: [],
};
