import type { LanguageWords } from './language-words';

/** Danish (da). */
export const da: LanguageWords = {
  signOut: ['log af', 'log ud'],
  destructive: [
    'slet', 'fjern', 'luk konto', 'luk min konto', 'opsig', 'annuller', 'annullér', 'deaktiver', 'afmeld', 'frameld',
    'nyhedsbrev', 'andre enheder',
  ],
  account: ['konto', 'min konto', 'profil', 'min profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/da_DK/labels.inc',
      texts: {
        logout: 'Log af',
        delete: 'Slet',
        cancel: 'Annullér',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/da_DK.inc',
      texts: {
        filtersetdeact: 'Deaktiver nuværende filtersæt',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/da.json',
      texts: {
        logout: 'Log ud',
        delete: 'Slet',
        delete_account: 'Slet Bruger',
        delete_account_content: 'Slet alle indlæg, kommentarer og uploadede billeder',
        remove: 'Slet',
        remove_content: 'Slet indhold',
        cancel: 'Annullér',
        unsubscribe: 'Afmeld abbonement',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/da.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Luk min konto',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/da.yml',
      texts: {
        account: 'Konto',
        my_account: 'Min konto',
        logout: 'Log ud',
        cancel: 'annuller',
        delete: 'Slet',
        remove: 'Fjern',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.da.yml',
      texts: {
        'menu.left.logout': 'Log ud',
        'entry.list.delete': 'Slet',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/da.ts',
      texts: {
        logout_label: 'Log ud',
        adminDeleteAccount_action: 'Slet konto',
        removeAccount_action: 'Fjern konto',
        deactivate_action: 'Deaktiver',
        unsubscribe_action: 'Afmeld',
        delete_action: 'Slet',
        remove_action: 'Fjern',
        cancel_action: 'Annuller',
        termination_action: 'Opsig abonnement',
        unsubscribeFailed_msg: 'Kunne ikke afmelde nyhedsbrev eller mailing liste.',
      },
    },
    {
      from: 'lichess-org/lila@89572e4af39e translation/dest/settings/da-DK.xml',
      texts: {
        closeAccount: 'Luk konto',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-da/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Sikkert dele ende-til-ende opsætning med andre enheder',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-da-rDK/strings.xml',
      texts: {
        my_profile: 'Min profil',
      },
    },
    {
      from: 'usebb/v1.0-resources@6b5b932cfdd4 translations/Danish/old/1.0.6/lang_Danish.php',
      texts: {
        UnsubscribeTopic: 'Frameld',
        UnsubscribeSelected: 'Frameld valgte',
      },
    },
  ],
  keptUnsourced: [],
};
