import type { LanguageWords } from './language-words';

/** Dutch (nl). */
export const nl: LanguageWords = {
  signOut: ['uitloggen', 'afmelden', 'log uit'],
  destructive: [
    'verwijder', 'verwijderen', 'account sluiten', 'opzeggen', 'deactiveren', 'annuleren', 'nieuwsbrief',
    'andere apparaten', 'andere sessies',
  ],
  account: ['account', 'mijn account', 'profiel', 'mijn profiel'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/nl_NL/labels.inc',
      texts: { logout: 'Uitloggen', delete: 'Verwijder', cancel: 'Annuleren' },
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
        profile: 'Profiel',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/nl.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Annuleer mijn account' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/nl.yml',
      texts: {
        account: 'Account',
        my_account: 'Mijn profiel',
        logout: 'Afmelden',
        delete: 'Verwijder',
        remove: 'Verwijderen',
      },
    },
  ],
  untraced: [
    'log uit', 'account sluiten', 'opzeggen', 'deactiveren', 'nieuwsbrief', 'andere apparaten', 'andere sessies',
  ],
};
