import type { LanguageWords } from './language-words';

/** Dutch (nl). */
export const nl: LanguageWords = {
  signOut: ['uitloggen', 'afmelden', 'log uit'],
  destructive: [
    'verwijder', 'verwijderen', 'account sluiten', 'opzeggen', 'deactiveren', 'annuleren', 'nieuwsbrief',
    'andere apparaten', 'andere sessies', 'uitschakelen', 'deabonneren', 'annuleer', 'afbreken', 'uitzetten',
  ],
  account: ['account', 'mijn account', 'profiel', 'mijn profiel'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/nl_NL/labels.inc',
      texts: {
        logout: 'Uitloggen',
        delete: 'Verwijder',
        cancel: 'Annuleren',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/nl_NL.inc',
      texts: {
        filtersetdeact: 'Huidige filterset uitschakelen',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/nl.json',
      texts: {
        logout: 'Uitloggen',
        delete: 'Verwijderen',
        delete_account: 'Account verwijderen',
        delete_account_content: 'Alle berichten, opmerkingen en geüploade afbeeldingen verwijderen',
        remove: 'Verwijderen',
        remove_content: 'Inhoud verwijderen',
        cancel: 'Annuleren',
        unsubscribe: 'Deabonneren',
        profile: 'Profiel',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/nl.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Annuleer mijn account',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/nl.yml',
      texts: {
        account: 'Account',
        my_account: 'Mijn profiel',
        logout: 'Afmelden',
        cancel: 'Annuleer',
        delete: 'Verwijder',
        remove: 'Verwijderen',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.nl.yml',
      texts: {
        'menu.left.logout': 'Uitloggen',
        'menu.top.account': 'Mijn account',
        'config.form_user.delete.button': 'Verwijder mijn account',
        'config.reset.entries': 'Verwijder ALLE artikelen',
        'config.reset.annotations': 'Verwijder ALLE annotaties',
        'entry.list.delete': 'Verwijder',
        'security.login.cancel': 'Afbreken',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/nl/gen.php',
      texts: {
        'action.cancel': 'Annuleren',
        'action.disable': 'Uitzetten',
        'action.remove': 'Verwijderen',
        'action.truncate': 'Verwijder alle artikelen',
        'auth.logout': 'Log uit',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/nl/conf.php',
      texts: {
        'profile.delete._': 'Account verwijderen',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/nl.ts',
      texts: {
        logout_label: 'Afmelden',
        adminDeleteAccount_action: 'Account verwijderen',
        removeAccount_action: 'Verwijder account',
        deactivate_action: 'Deactiveren',
        unsubscribe_action: 'Opzeggen',
        delete_action: 'Verwijderen',
        remove_action: 'Verwijderen',
        cancel_action: 'Annuleren',
        newsletterBanner_msg: 'Deze email komt van een nieuwsbrief of mailinglist.',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-nl/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Veilig delen van end-to-end-instellingen met andere apparaten',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/nl.json',
      texts: {
        DeleteDevicesConfirmation: 'Weet je zeker dat je alle apparaten wilt verwijderen? Alle andere sessies zullen afgemeld worden. Apparaten zullen opnieuw verschijnen als een gebruiker zich een volgende keer aanmeldt.',
      },
    },
    {
      from: 'matrix-org/matrix-react-sdk@b67a2303f912 src/i18n/strings/nl.json',
      texts: {
        deactivate_section: 'Account Sluiten',
      },
    },
  ],
  keptUnsourced: [],
};
