import type { LanguageWords } from './language-words';

/**
 * English (en). Bare "remove" and "disable" (Lemmy, Tutanota, FreshRSS) are not listed: the recipes' click guard
 * shares this list, and recipe steps press controls labelled "Remove" by selector (tests/unit/engine.test.ts,
 * "click all").
 */
export const en: LanguageWords = {
  signOut: ['sign out', 'log out', 'logout', 'signout', 'log off', 'logoff', 'sign me out', 'log me out'],
  destructive: [
    'delete', 'remove account', 'remove my account', 'close account', 'close my account', 'close your account',
    'cancel', 'deactivate', 'disable account', 'terminate', 'erase', 'unsubscribe', 'newsletter', 'end membership',
    'other devices', 'other sessions', 'all other', 'everywhere else', 'elsewhere', 'other browsers',
    'other locations', 'account deletion',
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
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.en.yml',
      texts: {
        'menu.left.logout': 'Logout',
        'menu.top.account': 'My account',
        'config.form_user.delete.button': 'Delete my account',
        'entry.list.delete': 'Delete',
        'security.login.cancel': 'Cancel',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/en/gen.php',
      texts: { 'action.cancel': 'Cancel', 'action.truncate': 'Delete all articles', 'auth.logout': 'Logout' },
    },
    { from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/en/conf.php', texts: { 'profile.delete._': 'Account deletion' } },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/en.ts',
      texts: {
        logout_label: 'Logout',
        'adminDeleteAccount_action': 'Delete account',
        'removeAccount_action': 'Remove account',
        'subscriptionStateCardCancel_action': 'Cancel subscription',
        deactivate_action: 'Deactivate',
        unsubscribe_action: 'Unsubscribe',
        delete_action: 'Delete',
        cancel_action: 'Cancel',
        'newsletterBanner_msg': 'This email is from a newsletter or mailing list.',
      },
    },
  ],
  untraced: [
    'sign out', 'log out', 'signout', 'log off', 'logoff', 'sign me out', 'log me out', 'remove my account',
    'close account', 'close my account', 'close your account', 'disable account', 'terminate', 'erase',
    'end membership', 'other devices', 'other sessions', 'all other', 'everywhere else', 'elsewhere',
    'other browsers', 'other locations', 'your account', 'account menu', 'my profile', 'user menu', 'your profile',
  ],
};
