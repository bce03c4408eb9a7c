import type { LanguageWords } from './language-words';

/** Estonian (et). */
export const et: LanguageWords = {
  signOut: ['logi välja', 'välju', 'väljalogimine'],
  destructive: [
    'kustuta', 'eemalda', 'sulge konto', 'tühista', 'katkesta', 'deaktiveeri', 'loobu', 'uudiskiri',
    'teistes seadmetes', 'lõpeta tellimine', 'desaktiveeri',
  ],
  account: ['konto', 'minu konto', 'profiil', 'minu profiil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/et_EE/labels.inc',
      texts: {
        logout: 'Logi välja',
        delete: 'Kustuta',
        cancel: 'Katkesta',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/et_EE.inc',
      texts: {
        filtersetdeact: 'Deaktiveeri see filtrite kogum',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/et.json',
      texts: {
        logout: 'Logi välja',
        delete: 'Kustuta',
        delete_account: 'Kustuta konto',
        remove: 'eemalda',
        remove_content: 'Eemalda sisu',
        cancel: 'Tühista',
        unsubscribe: 'Lõpeta tellimine',
        profile: 'Profiil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/et.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Kustuta konto',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/et.yml',
      texts: {
        account: 'Konto',
        my_account: 'Minu konto',
        logout: 'Logi välja',
        cancel: 'Tühista',
        delete: 'Kustuta',
        remove: 'Eemalda',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/et.ts',
      texts: {
        logout_label: 'Logi välja',
        adminDeleteAccount_action: 'Kustuta konto',
        deactivate_action: 'Desaktiveeri',
        unsubscribe_action: 'Tühista tellimus',
        delete_action: 'Kustuta',
        remove_action: 'Eemalda',
        cancel_action: 'Tühista',
        quit_action: 'Välju',
        unsubscribeSuccessful_msg: 'Uudiskiri või meililist on edukalt tühistatud!',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/et/json.json',
      texts: {
        'Log Out': 'väljalogimine',
      },
    },
    {
      from: 'lichess-org/lila@077db87d8dd3 translation/dest/settings/et-EE.xml',
      texts: {
        closeAccount: 'Sulge konto',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-et-rEE/strings.xml',
      texts: {
        discard: 'Loobu',
        my_profile: 'Minu profiil',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-et-rEE/strings.xml',
      texts: {
        setup_e2e: 'Läbiva krüptimise kasutuselevõtmisel saad sa juhusliku 12-sõnalise mnemofraasi ehk salafraasi, mille alusel vaid sina saad oma krüptitud faile teistes seadmetes kasutada ja näha. Ta on salvestatud vaid siin seadmes ja on uuesti vaadatav vaid siin vaates. Palun märgi see üles ning hoia turvaliselt kas moodsas digitaalses salasõnalaekas või vana kooli seifis.',
      },
    },
  ],
  keptUnsourced: [],
};
