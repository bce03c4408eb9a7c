import type { LanguageWords } from './language-words';

/** Russian (ru). */
export const ru: LanguageWords = {
  signOut: ['выйти', 'выход', 'выйти из аккаунта', 'выйти из учетной записи'],
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
      texts: { logout: 'Выход', delete: 'Удалить', cancel: 'Отмена' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/ru_RU.inc',
      texts: { filtersetdeact: 'Отключить текущий набор фильтров', filterdisabled: 'Отключить фильтр' },
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
      texts: { 'registrations.edit.cancel_my_account': 'Удалить учетную запись' },
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
      },
    },
  ],
  untraced: [
    'выйти из аккаунта', 'выйти из учетной записи', 'удаление', 'закрыть аккаунт', 'закрыть учетную запись',
    'отменить', 'деактивировать', 'рассылка', 'рассылки', 'других устройствах', 'других устройств', 'мой аккаунт',
    'мой профиль', 'личный кабинет', 'кабинет',
  ],
};
