import type { LanguageWords } from './language-words';

/** German (de). */
export const de: LanguageWords = {
  signOut: ['abmelden', 'ausloggen', 'abmeldung', 'logout', 'log out'],
  destructive: [
    'löschen', 'konto schließen', 'konto auflösen', 'kündigen', 'kündigung', 'deaktivieren', 'abbestellen',
    'abonnement beenden', 'mitgliedschaft beenden', 'entfernen', 'anderen geräten', 'allen anderen',
    'anderen sitzungen', 'andere sitzungen', 'überall sonst',
  ],
  account: ['konto', 'mein konto', 'benutzerkonto', 'profil', 'mein profil', 'kundenkonto', 'mein bereich'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/de_DE/labels.inc',
      texts: { logout: 'Abmelden', delete: 'Löschen' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/de_DE.inc',
      texts: { filtersetdeact: 'Aktuellen Filtersatz deaktivieren' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/de.json',
      texts: {
        logout: 'Abmelden',
        delete: 'Löschen',
        delete_account: 'Konto löschen',
        delete_account_content: 'Alle Beiträge, Kommentare und hochgeladenen Bilder löschen',
        remove: 'Entfernen',
        remove_content: 'Inhalt entfernen',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/de.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Konto löschen' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/de.yml',
      texts: { account: 'Konto', my_account: 'Mein Konto', logout: 'Abmelden', delete: 'Löschen', remove: 'Entfernen' },
    },
  ],
  untraced: [
    'ausloggen', 'abmeldung', 'logout', 'log out', 'konto schließen', 'konto auflösen', 'kündigen', 'kündigung',
    'abbestellen', 'abonnement beenden', 'mitgliedschaft beenden', 'anderen geräten', 'allen anderen',
    'anderen sitzungen', 'andere sitzungen', 'überall sonst', 'benutzerkonto', 'mein profil', 'kundenkonto',
    'mein bereich',
  ],
};
