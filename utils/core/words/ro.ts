import type { LanguageWords } from './language-words';

/** Romanian (ro). */
export const ro: LanguageWords = {
  signOut: ['deconectare', 'deconectează-te', 'deconectati-va', 'ieșire', 'delogare'],
  destructive: [
    'șterge', 'ștergeți', 'ștergere', 'elimină', 'închide contul', 'închideți contul', 'anulează', 'anulare', 'renunță',
    'dezactivează', 'dezactivare', 'dezabonare', 'dezabonează', 'alte dispozitive',
  ],
  account: ['cont', 'contul meu', 'contul tău', 'profil', 'profilul meu'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/ro_RO/labels.inc',
      texts: {
        logout: 'Deconectare',
        delete: 'Şterge',
        cancel: 'Renunţă',
      },
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
        removing: 'Ștergere',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/ro.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Anulează contul',
      },
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
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.ro.yml',
      texts: {
        'entry.list.delete': 'Șterge',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/ro.ts',
      texts: {
        logout_label: 'Deconectare',
        adminDeleteAccount_action: 'Șterge contul',
        removeAccount_action: 'Elimină contul',
        deactivate_action: 'Dezactivează',
        unsubscribe_action: 'Dezabonare',
        delete_action: 'Șterge',
        remove_action: 'Elimină',
        cancel_action: 'Renunță',
        dataExpired_msg: 'Datele încărcate au expirat și sunt nesincronizate cu datele de pe serverele Tuta. Deconectează-te și apoi autentifică-te din nou pentru a actualiza datele.',
        migrationChooseProvider_msg: 'Vă rugăm să alegeți furnizorul de e-mail de la care doriți să migrați.\\n\\nAceastă migrare va sincroniza în mod continuu e-mailurile dvs. de la furnizorul selectat către contul dvs. Tuta.\\nPuteți lăsa migrarea să funcționeze până când veți fi gata să vă închideți contul vechi.',
        giftCardCreditNotify_msg: 'Contul tău va primi {credit} credit.',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/ro/json.json',
      texts: {
        'Log out': 'Deconectați-vă',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-ro/strings.xml',
      texts: {
        drawer_logout: 'Ieșire',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-ro-rRO/strings.xml',
      texts: {
        delete: 'Ștergeți',
      },
    },
    {
      from: 'lichess-org/lila@28010b443772 translation/dest/settings/ro-RO.xml',
      texts: {
        closeAccount: 'Închide contul',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/ro.yml',
      texts: {
        cancel: 'Anulare',
        unsubscribe: 'Dezabonează-te',
        'my profile': 'Profilul meu',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d feature/notification/api/src/commonMain/composeResources/values-ro/strings.xml',
      texts: {
        push_info_disable_push_action: 'Dezactivare Push',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-ro/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Distribuie în siguranță setarea punct-la-punct cu alte dispozitive',
      },
    },
  ],
  keptUnsourced: [],
};
