import type { LanguageWords } from './language-words';

/** Ukrainian (uk). */
export const uk: LanguageWords = {
  signOut: ['вийти', 'вихід', 'вийти з облікового запису', 'вийти з акаунта', 'вийти з акаунту'],
  destructive: [
    'видалити', 'видалення', 'вилучити', 'закрити обліковий запис', 'закрити акаунт', 'скасувати', 'скасування',
    'деактивувати', 'деактивація', 'вимкнути', 'відписатися', 'відписатись', 'розсилка', 'розсилки',
    'інших пристроях', 'інших пристроїв', 'відхилити',
  ],
  account: [
    'обліковий запис', 'мій обліковий запис', 'акаунт', 'мій акаунт', 'профіль', 'мій профіль', 'особистий кабінет',
    'кабінет',
  ],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/uk_UA/labels.inc',
      texts: { logout: 'Вийти', delete: 'Видалити', cancel: 'Скасувати' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/uk.json',
      texts: {
        logout: 'Вийти',
        delete: 'Видалити',
        delete_account: 'Видалити обліковий запис',
        remove: 'Видалити',
        remove_content: 'Видалити вміст',
        cancel: 'Відхилити',
        unsubscribe: 'Відписатися',
        profile: 'Профіль',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/uk.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Скасувати мій обліковий запис' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/uk.yml',
      texts: {
        account: 'Обліковий запис',
        my_account: 'Мій обліковий запис',
        logout: 'Вийти',
        cancel: 'скасувати',
        delete: 'Видалити',
        remove: 'Видалити',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.uk.yml',
      texts: {
        'menu.left.logout': 'Вихід',
        'menu.top.account': 'Обліковий запис',
        'config.form_user.delete.button': 'Видалити мій акаунт',
        'config.reset.entries': 'Видалити ВСІ статті',
        'config.reset.annotations': 'Видалити ВСІ анотації',
        'entry.list.delete': 'Видалити',
        'security.login.cancel': 'Скасувати',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/uk.ts',
      texts: {
        logout_label: 'Вихід',
        'adminDeleteAccount_action': 'Видалити обліковий запис',
        'removeAccount_action': 'Видалити обліковий запис',
        deactivate_action: 'Деактивувати',
        unsubscribe_action: 'Відписатися',
        delete_action: 'Видалити',
        remove_action: 'Видалити',
        cancel_action: 'Скасувати',
      },
    },
  ],
  untraced: [
    'вийти з облікового запису', 'вийти з акаунта', 'вийти з акаунту', 'видалення', 'вилучити',
    'закрити обліковий запис', 'закрити акаунт', 'скасування', 'деактивація', 'вимкнути', 'відписатись', 'розсилка',
    'розсилки', 'інших пристроях', 'інших пристроїв', 'мій профіль', 'особистий кабінет', 'кабінет',
  ],
};
