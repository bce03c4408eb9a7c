import type { LanguageWords } from './language-words';

/** Swedish (sv). */
export const sv: LanguageWords = {
  signOut: ['logga ut', 'utloggning'],
  destructive: [
    'radera', 'ta bort', 'avsluta konto', 'avsluta mitt konto', 'stäng konto', 'avsluta prenumeration',
    'avsluta medlemskap', 'avbryt', 'säg upp', 'inaktivera', 'avaktivera', 'avregistrera', 'avprenumerera',
    'nyhetsbrev', 'andra enheter', 'avsluta abonnemang', 'avsluta abonnemanget',
  ],
  account: ['konto', 'mitt konto', 'ditt konto', 'profil', 'min profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/sv_SE/labels.inc',
      texts: {
        logout: 'Logga ut',
        delete: 'Ta bort',
        cancel: 'Avbryt',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/sv_SE.inc',
      texts: {
        filtersetdeact: 'Inaktivera filtergrupp',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/sv.json',
      texts: {
        logout: 'Logga ut',
        delete: 'radera',
        delete_account: 'Ta bort konto',
        remove: 'ta bort',
        remove_content: 'Ta bort innehåll',
        cancel: 'Avbryt',
        unsubscribe: 'Avsluta prenumeration',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/sv.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Avsluta mitt konto',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/sv.yml',
      texts: {
        account: 'Konto',
        my_account: 'Mitt konto',
        logout: 'Logga ut',
        cancel: 'avbryt',
        delete: 'Ta bort',
        remove: 'Ta bort',
      },
    },
    {
      from: 'mozilla-l10n/firefox-l10n@041ad38915b7 sv-SE/browser/browser/appmenu.ftl',
      texts: {
        'appmenu-remote-tabs-welcome': 'Visa en lista med flikar från dina andra enheter.',
        'appmenuitem-fxa-manage-account': 'Hantera konto',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/sv.ts',
      texts: {
        logout_label: 'Logga ut',
        adminDeleteAccount_action: 'Radera Konto',
        removeAccount_action: 'Ta bort konto',
        subscriptionStateCardCancel_action: 'Avsluta abonnemanget',
        deactivate_action: 'Inaktivera',
        unsubscribe_action: 'Avsluta abonnemang',
        delete_action: 'Radera',
        remove_action: 'Radera',
        cancel_action: 'Avbryt',
        newsletterBanner_msg: 'Det här mejlet kommer från ett nyhetsbrev eller en e-postlista.',
        cancelAnyTime_msg: 'Säg upp när som helst',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/sv/json.json',
      texts: {
        'Log Out': 'utloggning',
      },
    },
    {
      from: 'lichess-org/lila@bde4390d71ee translation/dest/settings/sv-SE.xml',
      texts: {
        closeAccount: 'Avsluta konto',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/sv.json',
      texts: {
        DisablePlugin: 'Avaktivera',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-sv/strings.xml',
      texts: {
        unsubscribe_action: 'Avregistrera',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/sv.yml',
      texts: {
        unsubscribe: 'Avprenumerera',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-sv/strings.xml',
      texts: {
        about_account_info_title: 'Ditt konto',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-sv-rSE/strings.xml',
      texts: {
        my_profile: 'Min profil',
      },
    },
    {
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/EditAccount/SpecialEditAccount.i18n.php',
      texts: {
        'editaccount-submit-close': 'Stäng konto',
      },
    },
    {
      // HumHub's space membership page: the button that leaves a space.
      from: 'humhub/humhub@13dc14723e7b protected/humhub/modules/space/messages/sv/manage.php',
      texts: {
        'Cancel Membership': 'Avsluta medlemskap',
      },
    },
  ],
  keptUnsourced: [],
};
