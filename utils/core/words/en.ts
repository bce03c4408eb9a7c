import type { LanguageWords } from './language-words';

/**
 * English (en). Bare "remove" and "disable" (Lemmy, Tutanota, FreshRSS) are not listed: the recipes' click guard
 * shares this list, and recipe steps press controls labelled "Remove" by selector (tests/unit/engine.test.ts,
 * "click all").
 */
export const en: LanguageWords = {
  signOut: ['sign out', 'log out', 'logout'],
  destructive: [
    'delete', 'remove account', 'remove my account', 'close account', 'close my account', 'close your account',
    'cancel', 'deactivate', 'disable account', 'terminate', 'erase', 'unsubscribe', 'newsletter', 'end membership',
    'other devices', 'other sessions', 'all other', 'everywhere else', 'elsewhere', 'other browsers', 'other locations',
    'account deletion',
  ],
  account: ['account', 'my account', 'your account', 'profile', 'my profile', 'user menu', 'your profile'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/en_US/labels.inc',
      texts: {
        logout: 'Logout',
        delete: 'Delete',
        cancel: 'Cancel',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/en_US.inc',
      texts: {
        filtersetdeact: 'Deactivate current filter set',
      },
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
      texts: {
        'registrations.edit.cancel_my_account': 'Cancel my account',
      },
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
      texts: {
        'action.cancel': 'Cancel',
        'action.truncate': 'Delete all articles',
        'auth.logout': 'Logout',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/en/conf.php',
      texts: {
        'profile.delete._': 'Account deletion',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/en.ts',
      texts: {
        logout_label: 'Logout',
        adminDeleteAccount_action: 'Delete account',
        removeAccount_action: 'Remove account',
        subscriptionStateCardCancel_action: 'Cancel subscription',
        deactivate_action: 'Deactivate',
        unsubscribe_action: 'Unsubscribe',
        delete_action: 'Delete',
        cancel_action: 'Cancel',
        newsletterBanner_msg: 'This email is from a newsletter or mailing list.',
        termination_action: 'Terminate subscription',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/en-gb.json',
      texts: {
        ButtonSignOut: 'Sign Out',
        DeleteDevicesConfirmation: 'Are you sure you wish to delete all devices? All other sessions will be logged out. Devices will reappear the next time a user signs in.',
        UserMenu: 'User Menu',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/en/json.json',
      texts: {
        'Log Out': 'Log Out',
        'Manage and log out your active sessions on other browsers and devices.': 'Manage and log out your active sessions on other browsers and devices.',
      },
    },
    {
      from: 'lichess-org/lila@1eb0c366aca0 translation/source/settings.xml',
      texts: {
        closeAccount: 'Close account',
        changedMindDoNotCloseAccount: "I changed my mind, don't close my account",
        closeAccountExplanation: 'Are you sure you want to close your account? Closing your account is a permanent decision. You will NEVER be able to log in EVER AGAIN.',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d feature/account/settings/impl/src/main/res/values/strings.xml',
      texts: {
        account_settings_expunge_policy_label: 'Erase deleted messages on server',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Securely share end-to-end setup with other devices',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values/strings.xml',
      texts: {
        my_profile: 'My profile',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/en.yml',
      texts: {
        edit_your_profile: 'Edit your profile',
      },
    },
    {
      from: 'RocketChat/Rocket.Chat.ReactNative@2af4bda3e664 app/i18n/locales/en.json',
      texts: {
        You_will_be_logged_out_from_other_locations: "You'll be logged out from other locations.",
      },
    },
    {
      // The profile screen's help tab (the file is keyed by its English text).
      from: 'WordPress/wordpress-develop@0276ce08ab2e src/wp-admin/user-edit.php',
      texts: {
        'profile help': 'You can log out of other devices, such as your phone or a public computer, by clicking the Log Out Everywhere Else button.',
      },
    },
    {
      // The button of the settings page that disables one's own account for a while.
      from: 'pixelfed/pixelfed@8aae92d75b48 resources/views/settings/remove/temporary.blade.php',
      texts: {
        'submit button': 'Temporarily Disable Account',
      },
    },
    {
      // TwUtils's profile page: the danger-zone button that deletes one's TwUtils account.
      from: 'twutils/twutils@0b6e9170e73e resources/lang/en/messages.php',
      texts: {
        deleteMe: 'Remove my account',
      },
    },
    {
      // Ente's web app: the dialog title after the password was changed on another device, asking to sign in again on
      // this one ('elsewhere' in its session sense, another device; the title, not a sign-out control).
      from: 'ente-io/ente@a621d733154a web/packages/base/locales/en-US/translation.json',
      texts: {
        password_changed_elsewhere: 'Password changed elsewhere',
      },
    },
    {
      // Viva con Agua's member-management WordPress plugin: the supporters table's row action (keyed by its English
      // text) that, after a confirmation, removes a person from the active members.
      from: 'Viva-con-Agua/vca-asm@f4e615e430c6 templates/class-vca-asm-admin-table.php',
      texts: {
        'End membership': 'End membership',
      },
    },
  ],
  keptUnsourced: [],
};
