import type { LanguageWords } from './language-words';

/** Latvian (lv). */
export const lv: LanguageWords = {
  signOut: ['iziet', 'izrakstīties', 'atslēgties'],
  destructive: [
    'dzēst', 'izdzēst', 'noņemt', 'slēgt kontu', 'aizvērt kontu', 'atcelt', 'anulēt', 'deaktivizēt', 'atrakstīties',
    'jaunumu vēstule', 'citās ierīcēs', 'izslēgt', 'dzēšana', 'atspējot',
  ],
  account: ['konts', 'mans konts', 'profils', 'mans profils'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/lv_LV/labels.inc',
      texts: {
        logout: 'Iziet',
        delete: 'Dzēst',
        cancel: 'Atcelt',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/lv_LV.inc',
      texts: {
        filtersetdeact: 'Deaktivizēt pašreizējo filtru kopu',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/lv.json',
      texts: {
        logout: 'Iziet',
        delete: 'Dzēst',
        remove: 'Noņemt',
        remove_content: 'Noņemt saturu',
        cancel: 'Atcelt',
        unsubscribe: 'Anulēt abonementu',
        profile: 'Profils',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/lv.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Atcelt kontu',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/lv.yml',
      texts: {
        account: 'Konts',
        my_account: 'Mans konts',
        logout: 'Atslēgties',
        cancel: 'Atcelt',
        delete: 'Izdzēst',
        remove: 'Dzēst',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/lv/gen.php',
      texts: {
        'action.cancel': 'Atcelt',
        'action.disable': 'Izslēgt',
        'action.remove': 'Noņemt',
        'action.truncate': 'Izdzēst visus rakstus',
        'auth.logout': 'Izrakstīties',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/lv/conf.php',
      texts: {
        'profile.delete._': 'Konta dzēšana',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/lv.ts',
      texts: {
        logout_label: 'Izrakstīties',
        adminDeleteAccount_action: 'Dzēst kontu',
        deactivate_action: 'Atspējot',
        unsubscribe_action: 'Anulēt abonementu',
        delete_action: 'Dzēst',
        remove_action: 'Noņemt',
        cancel_action: 'Atcelt',
      },
    },
    {
      from: 'lichess-org/lila@e3942e29327c translation/dest/settings/lv-LV.xml',
      texts: {
        closeAccount: 'Slēgt kontu',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-lv/strings.xml',
      texts: {
        unsubscribe_action: 'Atrakstīties',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/lv.yml',
      texts: {
        'my profile': 'Mans profils',
      },
    },
    {
      from: 'element-hq/element-android@4c04cbf5a11a library/ui-strings/src/main/res/values-lv/strings.xml',
      texts: {
        secure_backup_reset_danger_warning: 'Lūgums turpināt tikai tad, ja ir pārliecība, ka ir pazaudētas visas citas ierīces un drošības atslēga.',
      },
    },
    {
      // A social-media dashboard's profile settings: the sidebar entry that closes the account (class close_account).
      from: 'Developeresfera/SocialHiive-Dashboard@3b1e3a46fbb9 templates/view/userprofile-setting.php',
      texts: {
        close_account: 'Aizvērt kontu',
      },
    },
    {
      // A news site's Latvian strings: the heading of its newsletter e-mail sign-up section.
      from: '1Rakaris/Prakse@8ad1b7ac350e index.js',
      texts: {
        supportKicker: 'Jaunumu vēstule',
      },
    },
  ],
  keptUnsourced: [],
};
