import type { LanguageWords } from './language-words';

/** Czech (cs). */
export const cs: LanguageWords = {
  signOut: ['odhlásit', 'odhlásit se', 'odhlášení', 'odhlaste se'],
  destructive: [
    'smazat', 'odstranit', 'zrušit', 'deaktivovat', 'odběr', 'odběru', 'jiných zařízeních', 'ostatních zařízeních',
    'ostatní relace',
  ],
  account: ['účet', 'můj účet', 'profil', 'můj profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/cs_CZ/labels.inc',
      texts: { logout: 'Odhlásit', delete: 'Smazat' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/cs.json',
      texts: {
        logout: 'Odhlásit se',
        delete: 'Smazat',
        delete_account: 'Smazat účet',
        remove: 'odstranit',
        remove_content: 'Odstranit obsah',
        cancel: 'Zrušit',
        unsubscribe: 'Zrušit odběr',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/cs.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Zrušit můj účet' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/cs.yml',
      texts: { account: 'Účet', my_account: 'Můj účet', logout: 'Odhlásit se', cancel: 'zrušit' },
    },
  ],
  untraced: [
    'odhlášení', 'odhlaste se', 'deaktivovat', 'odběru', 'jiných zařízeních', 'ostatních zařízeních',
    'ostatní relace', 'můj profil',
  ],
};
