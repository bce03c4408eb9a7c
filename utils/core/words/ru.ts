import type { LanguageWords } from './language-words';

/** Russian (ru). */
export const ru: LanguageWords = {
  signOut: ['выйти', 'выход'],
  destructive: [
    'удалить', 'удаление', 'закрыть аккаунт', 'закрыть учетную запись', 'отменить', 'отмена', 'деактивировать',
    'отключить', 'отписаться', 'рассылка', 'рассылки', 'других устройствах', 'других устройств', 'убрать',
  ],
  account: [
    'аккаунт', 'мой аккаунт', 'учетная запись', 'профиль', 'мой профиль', 'личный кабинет', 'кабинет',
    'моя учетная запись',
  ],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/ru_RU/labels.inc',
      texts: {
        logout: 'Выход',
        delete: 'Удалить',
        cancel: 'Отмена',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/ru_RU.inc',
      texts: {
        filtersetdeact: 'Отключить текущий набор фильтров',
        filterdisabled: 'Отключить фильтр',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/ru.json',
      texts: {
        logout: 'Выйти',
        delete: 'Удалить',
        delete_account: 'Удалить Аккаунт',
        remove: 'Удалить',
        remove_content: 'Удалить содержимое',
        cancel: 'Отмена',
        unsubscribe: 'Отписаться',
        profile: 'Профиль',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/ru.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Удалить учетную запись',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/ru.yml',
      texts: {
        account: 'Учетная запись',
        my_account: 'Моя учетная запись',
        logout: 'Выйти',
        cancel: 'Отмена',
        delete: 'Удалить',
        remove: 'Убрать',
        'my_account (another)': 'Личный кабинет',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.ru.yml',
      texts: {
        'menu.left.logout': 'Выход',
        'menu.top.account': 'Моя учётная запись',
        'config.form_user.delete.button': 'Удалить мой аккаунт',
        'config.reset.entries': 'Удалить все записи',
        'config.reset.annotations': 'Удалить все аннотации',
        'entry.list.delete': 'Удалить',
        'security.login.cancel': 'Отменить',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/ru/gen.php',
      texts: {
        'action.cancel': 'Отменить',
        'action.disable': 'Отключить',
        'action.remove': 'Удалить',
        'action.truncate': 'Удалить все статьи',
        'auth.logout': 'Выйти',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/ru/conf.php',
      texts: {
        'profile.delete._': 'Удаление аккаунта',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/ru.ts',
      texts: {
        logout_label: 'Выход',
        adminDeleteAccount_action: 'Удалить аккаунт',
        removeAccount_action: 'Удалить аккаунт',
        deactivate_action: 'Деактивировать',
        unsubscribe_action: 'Отписаться',
        delete_action: 'Удалить',
        remove_action: 'Удалить',
        cancel_action: 'Отмена',
        newsletterBanner_msg: 'Письмо из рассылки.',
        loginAbuseDetected_msg: 'Ваш аккаунт больше не может быть использован, поскольку были нарушены условия использования Tuta, например: рассылка спама.',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-ru/strings.xml',
      texts: {
        lock_account_label: 'Закрыть аккаунт',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/ru/json.json',
      texts: {
        'Manage and log out your active sessions on other browsers and devices.': 'Управление активными сеансами на других устройствах.',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-ru-rRU/strings.xml',
      texts: {
        my_profile: 'Мой профиль',
      },
    },
    {
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/EditAccount/SpecialEditAccount.i18n.php',
      texts: {
        'editaccount-submit-close': 'Закрыть учётную запись',
      },
    },
    {
      // Firefox's synced-tabs panel: the tabs "from other devices" (the genitive a sign-out-elsewhere label uses too).
      from: 'mozilla-l10n/firefox-l10n@105db6a8e8db ru/browser/browser/appmenu.ftl',
      texts: {
        'appmenu-remote-tabs-welcome': 'Просмотрите список вкладок с других устройств.',
      },
    },
  ],
  keptUnsourced: [],
};
