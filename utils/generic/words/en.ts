import type { LanguageWords } from './language-words';

/** English (en). */
export const en: LanguageWords = {
  signOut: ['sign out', 'log out', 'logout', 'signout', 'log off', 'logoff', 'sign me out', 'log me out'],
  destructive: [
    'delete', 'remove account', 'remove my account', 'close account', 'close my account', 'close your account',
    'cancel', 'deactivate', 'disable account', 'terminate', 'erase', 'unsubscribe', 'newsletter', 'end membership',
    'other devices', 'other sessions', 'all other', 'everywhere else', 'elsewhere', 'other browsers',
    'other locations',
  ],
  account: [
    'account', 'my account', 'your account', 'account menu', 'profile', 'my profile', 'user menu', 'your profile',
  ],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/en_US/labels.inc',
      texts: { logout: 'Logout', delete: 'Delete', cancel: 'Cancel' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/en_US.inc',
      texts: { filtersetdeact: 'Deactivate current filter set' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/en.json',
      texts: {
        logout: 'Logout',
        delete: 'Delete',
        delete_account: 'Delete account',
        delete_account_content: 'Delete all posts, comments and uploaded images',
        cancel: 'Cancel',
        unsubscribe: 'Unsubscribe',
        profile: 'Profile',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/en.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Cancel my account' },
    },
  ],
  untraced: [
    'sign out', 'log out', 'signout', 'log off', 'logoff', 'sign me out', 'log me out', 'remove account',
    'remove my account', 'close account', 'close my account', 'close your account', 'disable account', 'terminate',
    'erase', 'newsletter', 'end membership', 'other devices', 'other sessions', 'all other', 'everywhere else',
    'elsewhere', 'other browsers', 'other locations', 'your account', 'account menu', 'my profile', 'user menu',
    'your profile',
  ],
};
