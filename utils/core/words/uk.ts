import type { LanguageWords } from './language-words';

/** Ukrainian (uk). */
export const uk: LanguageWords = {
  signOut: ['вийти', 'вихід'],
  destructive: [
    'видалити', 'видалення', 'вилучити', 'закрити обліковий запис', 'закрити акаунт', 'скасувати', 'скасування',
    'деактивувати', 'деактивація', 'вимкнути', 'відписатися', 'відписатись', 'розсилка', 'розсилки', 'інших пристроях',
    'інших пристроїв', 'відхилити', 'закрити аккаунт',
  ],
  account: ['обліковий запис', 'мій обліковий запис', 'акаунт', 'мій акаунт', 'профіль', 'мій профіль'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/uk_UA/labels.inc',
      texts: {
        logout: 'Вийти',
        delete: 'Видалити',
        cancel: 'Скасувати',
      },
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
        removing: 'Видалення',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/uk.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Скасувати мій обліковий запис',
      },
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
        adminDeleteAccount_action: 'Видалити обліковий запис',
        removeAccount_action: 'Видалити обліковий запис',
        deactivate_action: 'Деактивувати',
        unsubscribe_action: 'Відписатися',
        delete_action: 'Видалити',
        remove_action: 'Видалити',
        cancel_action: 'Скасувати',
        mailImportStatusCancelling_label: 'Скасування ...',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-uk/strings.xml',
      texts: {
        common_delete: 'Вилучити',
        setup_e2e: 'Під час налаштування наскрізного шифрування ви отримаєте парольну фразу з 12 слів, за допомогою якої ви зможете відкривати ваші файлі на інших пристроях. Її буде збережено лише на цьому пристрої та буде показано знову на цьому екрані. Будь ласка, занотуйте цю фразу та збережіть у безпеченому місці!',
      },
    },
    {
      from: 'lichess-org/lila@eaf57ade1f50 translation/dest/settings/uk-UA.xml',
      texts: {
        closeAccount: 'Закрити обліковий запис',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/uk/json.json',
      texts: {
        Disable: 'Вимкнути',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/uk.yml',
      texts: {
        unsubscribe: 'Відписатись',
        title: 'Списки розсилки',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-uk-rUA/strings.xml',
      texts: {
        my_profile: 'Мій профіль',
      },
    },
    {
      from: 'element-hq/element-android@4c04cbf5a11a library/ui-strings/src/main/res/values-uk/strings.xml',
      texts: {
        settings_deactivate_account_section: 'Деактивація облікового запису',
      },
    },
    {
      from: 'matrix-org/matrix-react-sdk@b67a2303f912 src/i18n/strings/uk.json',
      texts: {
        other_devices_logout_warning_2: 'Якщо ви хочете зберегти доступ до історії бесіди у кімнатах з шифруванням, налаштуйте резервну копію ключа або експортуйте ключі з одного з інших пристроїв, перш ніж продовжувати.',
      },
    },
    {
      // diaspora*'s account settings: the help names the button, the settings page spells it with a double к.
      from: 'diaspora/diaspora@ea6c79a94cb2 config/locales/diaspora/uk.yml',
      texts: {
        'help.account_and_data_management.close_account_a': 'Увійдіть на сторінку налаштування акаунта, унизу знаходиться кнопка "Закрити акаунт".',
        'users.edit.close_account_text': 'Закрити аккаунт',
      },
    },
    {
      // listmonk (newsletter manager): its word for a mailing list.
      from: 'knadh/listmonk@911e0b774aba i18n/uk.json',
      texts: {
        'globals.terms.list': 'Розсилка | Розсилки',
      },
    },
  ],
  keptUnsourced: [],
};
