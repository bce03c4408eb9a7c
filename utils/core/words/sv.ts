import type { LanguageWords } from './language-words';

/** Swedish (sv). */
export const sv: LanguageWords = {
  signOut: ['logga ut', 'logga ut mig', 'utloggning'],
  destructive: [
    'radera', 'ta bort', 'avsluta konto', 'avsluta mitt konto', 'stäng konto', 'avsluta prenumeration',
    'avsluta medlemskap', 'avbryt', 'säg upp', 'inaktivera', 'avaktivera', 'avregistrera', 'avprenumerera',
    'nyhetsbrev', 'andra enheter', 'avsluta abonnemang', 'avsluta abonnemanget',
  ],
  account: ['konto', 'mitt konto', 'ditt konto', 'profil', 'min profil', 'mina sidor'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/sv_SE/labels.inc',
      texts: { logout: 'Logga ut', delete: 'Ta bort', cancel: 'Avbryt' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/sv_SE.inc',
      texts: { filtersetdeact: 'Inaktivera filtergrupp' },
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
      texts: { 'registrations.edit.cancel_my_account': 'Avsluta mitt konto' },
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
        'adminDeleteAccount_action': 'Radera Konto',
        'removeAccount_action': 'Ta bort konto',
        'subscriptionStateCardCancel_action': 'Avsluta abonnemanget',
        deactivate_action: 'Inaktivera',
        unsubscribe_action: 'Avsluta abonnemang',
        delete_action: 'Radera',
        remove_action: 'Radera',
        cancel_action: 'Avbryt',
        'newsletterBanner_msg': 'Det här mejlet kommer från ett nyhetsbrev eller en e-postlista.',
      },
    },
  ],
  untraced: [
    'logga ut mig', 'utloggning', 'avsluta konto', 'stäng konto', 'avsluta medlemskap', 'säg upp', 'avaktivera',
    'avregistrera', 'avprenumerera', 'ditt konto', 'min profil', 'mina sidor',
  ],
};
