import type { LanguageWords } from './language-words';

/** Lithuanian (lt). */
export const lt: LanguageWords = {
  signOut: ['atsijungti'],
  destructive: [
    'ištrinti', 'pašalinti', 'uždaryti paskyrą', 'atšaukti', 'atsisakyti', 'deaktyvuoti', 'išjungti', 'naujienlaiškis',
    'naujienlaiškio', 'kituose įrenginiuose', 'panaikinti', 'pasyvinti',
  ],
  account: ['paskyra', 'mano paskyra', 'profilis', 'mano profilis'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/lt_LT/labels.inc',
      texts: {
        logout: 'Atsijungti',
        delete: 'Pašalinti',
        cancel: 'Atsisakyti',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/lt_LT.inc',
      texts: {
        filtersetdeact: 'Pasyvinti dabartinį filtrų rinkinį',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/lt.json',
      texts: {
        logout: 'Atsijungti',
        delete: 'pašalinti',
        delete_account: 'Pašalinti paskyrą',
        remove: 'pašalinti',
        remove_content: 'Pašalinti turinį',
        cancel: 'Atšaukti',
        unsubscribe: 'Atšaukti prenumeratą',
        profile: 'Profilis',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/lt.yml',
      texts: {
        account: 'Paskyra',
        my_account: 'Mano paskyra',
        logout: 'Atsijungti',
        cancel: 'atšaukti',
        delete: 'Ištrinti',
        remove: 'Panaikinti',
        deactivate: 'Deaktyvuoti',
        newsletter_subscribers: 'Naujienlaiškio prenumeratoriai',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/lt.ts',
      texts: {
        logout_label: 'Atsijungti',
        adminDeleteAccount_action: 'Pašalinti paskyrą',
        deactivate_action: 'Išjungti',
        unsubscribe_action: 'Atsisakyti',
        delete_action: 'Pašalinti',
        remove_action: 'Pašalinti',
        cancel_action: 'Atšaukti',
        unsubscribeSuccessful_msg: 'Naujienlaiškis ar siuntimo sąrašas buvo sėkmingai atšauktas!',
      },
    },
    {
      from: 'lichess-org/lila@b835429e7c50 translation/dest/settings/lt-LT.xml',
      texts: {
        closeAccount: 'Uždaryti paskyrą',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-lt-rLT/strings.xml',
      texts: {
        setup_e2e: 'Nustatant ištisinį šifravimą, gausite atsitiktinę 12 žodžių mnemoninę užuominą, kurios reikės norint atidaryti failus kituose įrenginiuose. Ji bus saugoma tik šiame įrenginyje ir gali būti rodoma dar kartą šiame ekrane. Užsirašykite ją saugioje vietoje!',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-lt-rLT/strings.xml',
      texts: {
        my_profile: 'Mano profilis',
      },
    },
  ],
  keptUnsourced: [],
};
