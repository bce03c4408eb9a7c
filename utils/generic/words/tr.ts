import type { LanguageWords } from './language-words';

/**
 * Turkish (tr). Roundcube's Turkish `logout` is "Kapat" (close): too ambiguous for a finder, so it is not a sign-out
 * label here; "Çıkış yap" is what Lemmy's Turkish shows.
 */
export const tr: LanguageWords = {
  signOut: ['çıkış yap', 'çıkış', 'oturumu kapat', 'oturumu sonlandır', 'oturumu kapatın'],
  destructive: [
    'sil', 'hesabı sil', 'hesabımı sil', 'hesabı kapat', 'hesabımı kapat', 'hesabı dondur', 'iptal',
    'aboneliği iptal et', 'abonelikten çık', 'devre dışı bırak', 'kaldır', 'bülten', 'diğer cihazlar',
    'diğer cihazlardan', 'etkisizleştir',
  ],
  account: ['hesap', 'hesabım', 'hesabınız', 'profil', 'profilim'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/tr_TR/labels.inc',
      texts: { delete: 'Sil', cancel: 'İptal' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/tr_TR.inc',
      texts: { filtersetdeact: 'Geçerli süzgeç kümesini etkisizleştir' },
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
      texts: { 'registrations.edit.cancel_my_account': 'Hesabımı iptal et' },
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
      },
    },
  ],
  untraced: [
    'oturumu kapat', 'oturumu sonlandır', 'oturumu kapatın', 'hesabımı sil', 'hesabı kapat', 'hesabımı kapat',
    'hesabı dondur', 'aboneliği iptal et', 'devre dışı bırak', 'bülten', 'diğer cihazlar', 'diğer cihazlardan',
    'hesabınız', 'profilim',
  ],
};
