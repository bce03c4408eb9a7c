import type { LanguageWords } from './language-words';

/**
 * Turkish (tr). Roundcube's Turkish `logout` is "Kapat" (close): too ambiguous for a finder, so it is not a sign-out
 * label here; "Çıkış yap" is what Lemmy's and wallabag's Turkish show.
 */
export const tr: LanguageWords = {
  signOut: ['çıkış yap', 'çıkış', 'oturumu kapat'],
  destructive: [
    'sil', 'hesabı sil', 'hesabımı sil', 'hesabı kapat', 'hesabımı kapat', 'hesabı dondur', 'iptal',
    'aboneliği iptal et', 'abonelikten çık', 'devre dışı bırak', 'kaldır', 'bülten', 'diğer cihazlar',
    'diğer cihazlardan', 'etkisizleştir', 'pasif', 'hesap silme',
  ],
  account: ['hesap', 'hesabım', 'hesabınız', 'profil', 'profilim'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/tr_TR/labels.inc',
      texts: {
        delete: 'Sil',
        cancel: 'İptal',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/tr_TR.inc',
      texts: {
        filtersetdeact: 'Geçerli süzgeç kümesini etkisizleştir',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/tr.json',
      texts: {
        logout: 'Çıkış Yap',
        delete: 'Sil',
        delete_account: 'Hesabı sil',
        delete_account_content: 'Tüm gönderileri, yorumları ve yüklenen görselleri sil',
        remove: 'Kaldır',
        remove_content: 'İçeriği kaldır',
        cancel: 'İptal',
        unsubscribe: 'Abonelikten çık',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/tr.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Hesabımı iptal et',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/tr.yml',
      texts: {
        account: 'Hesap',
        my_account: 'Hesabım',
        logout: 'Çıkış',
        cancel: 'iptal',
        delete: 'Sil',
        remove: 'Kaldır',
        newsletter_subscribers: 'Bülten Aboneleri',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.tr.yml',
      texts: {
        'menu.left.logout': 'Çıkış Yap',
        'menu.top.account': 'Hesabım',
        'config.form_user.delete.button': 'Hesabımı sil',
        'config.reset.entries': 'TÜM girdileri sil',
        'config.reset.annotations': 'TÜM açıklama metinlerini sil',
        'entry.list.delete': 'Sil',
        'security.login.cancel': 'İptal et',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/tr/gen.php',
      texts: {
        'action.cancel': 'İptal',
        'action.disable': 'Pasif',
        'action.remove': 'Sil',
        'action.truncate': 'Tüm makaleleri sil',
        'auth.logout': 'Çıkış',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/tr/conf.php',
      texts: {
        'profile.delete._': 'Hesap silme',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/tr.ts',
      texts: {
        logout_label: 'Çıkış yap',
        adminDeleteAccount_action: 'Hesabı sil',
        removeAccount_action: 'Hesabı kaldır',
        deactivate_action: 'Devre dışı bırak',
        unsubscribe_action: 'Abonelikten çık',
        delete_action: 'Sil',
        remove_action: 'Kaldır',
        cancel_action: 'İptal',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/tr.json',
      texts: {
        ButtonSignOut: 'Oturumu Kapat',
      },
    },
    {
      from: 'lichess-org/lila@b835429e7c50 translation/dest/settings/tr-TR.xml',
      texts: {
        closeAccount: 'Hesabı kapat',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/tr/json.json',
      texts: {
        'Cancel Subscription': 'Aboneliği İptal Et',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-tr/strings.xml',
      texts: {
        about_account_info_title: 'Hesabınız',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-tr-rTR/strings.xml',
      texts: {
        my_profile: 'Profilim',
      },
    },
    {
      // OKX's own Turkish help page on closing an account names the freeze option offered instead.
      from: 'https://www.okx.com/tr/help/how-do-i-close-my-account-app "Hesabı Dondur"',
      texts: {
        alternative: 'Hesabı Dondur',
      },
    },
    {
      // Shopier's (a Turkish shop platform) own help page names the link that closes the account.
      from: 'https://help.shopier.com/help/hesabimi-nasil-kapatabilirim "Shopier hesabımı kapat"',
      texts: {
        closeAccountLink: 'Shopier hesabımı kapat',
      },
    },
    {
      // Ente Photos' button that ends every session but this one: not this computer's sign-out.
      from: 'ente-io/ente@a621d733154a mobile/apps/photos/lib/l10n/intl_tr.arb',
      texts: {
        signOutOtherDevices: 'Diğer cihazlardan çıkış yap',
      },
    },
    {
      // LocalSend's network settings: a warning that other devices on the network may not find this one (the phrase
      // in its own sense, other devices; not a sign-out control).
      from: 'localsend/localsend@af0416be5077 app/assets/i18n/tr.json',
      texts: {
        'settingsTab.network.portWarning':
          'Kişiselleştirilmiş bir port kullanıyorsanız ağınızdaki diğer cihazlar tarafından bulunamayabilirsiniz. (varsayılan: {defaultPort})',
      },
    },
  ],
  keptUnsourced: [],
};
