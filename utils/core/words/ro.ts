import type { LanguageWords } from './language-words';

/** Romanian (ro). */
export const ro: LanguageWords = {
  signOut: ['deconectare', 'deconectează-te', 'deconectati-va', 'ieșire', 'delogare'],
  destructive: [
    'șterge', 'ștergeți', 'ștergere', 'elimină', 'închide contul', 'închideți contul', 'anulează', 'anulare',
    'renunță', 'dezactivează', 'dezactivare', 'dezabonare', 'dezabonează', 'alte dispozitive',
  ],
  account: ['cont', 'contul meu', 'contul tău', 'profil', 'profilul meu'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/ro_RO/labels.inc',
      texts: { logout: 'Deconectare', delete: 'Şterge', cancel: 'Renunţă' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/ro.json',
      texts: {
        logout: 'Delogare',
        delete: 'Șterge',
        delete_account: 'Șterge Contul',
        remove: 'Șterge',
        remove_content: 'Șterge conținutul',
        cancel: 'Anulează',
        unsubscribe: 'Dezabonare',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/ro.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Anulează contul' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/ro.yml',
      texts: {
        account: 'Cont',
        my_account: 'Contul meu',
        logout: 'Deconectare',
        cancel: 'anulează',
        delete: 'Șterge',
        remove: 'Șterge',
      },
    },
    { from: 'wallabag/wallabag@5afc37df9303 translations/messages.ro.yml', texts: { 'entry.list.delete': 'Șterge' } },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/ro.ts',
      texts: {
        logout_label: 'Deconectare',
        'adminDeleteAccount_action': 'Șterge contul',
        'removeAccount_action': 'Elimină contul',
        deactivate_action: 'Dezactivează',
        unsubscribe_action: 'Dezabonare',
        delete_action: 'Șterge',
        remove_action: 'Elimină',
        cancel_action: 'Renunță',
      },
    },
  ],
  untraced: [
    'deconectează-te', 'deconectati-va', 'ieșire', 'ștergeți', 'ștergere', 'închide contul', 'închideți contul',
    'anulare', 'dezactivare', 'dezabonează', 'alte dispozitive', 'contul tău', 'profilul meu',
  ],
};
