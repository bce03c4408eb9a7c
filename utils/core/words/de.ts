import type { LanguageWords } from './language-words';

/** German (de). */
export const de: LanguageWords = {
  signOut: ['abmelden', 'ausloggen', 'abmeldung'],
  destructive: [
    'löschen', 'konto schließen', 'konto auflösen', 'kündigen', 'kündigung', 'deaktivieren', 'abbestellen',
    'abonnement beenden', 'mitgliedschaft beenden', 'entfernen', 'anderen geräten', 'allen anderen',
    'anderen sitzungen', 'andere sitzungen', 'überall sonst', 'abbrechen', 'nicht mehr abonnieren', 'lösche',
    'entferne', 'accountlöschung',
  ],
  account: ['konto', 'mein konto', 'benutzerkonto', 'profil', 'mein profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/de_DE/labels.inc',
      texts: {
        logout: 'Abmelden',
        delete: 'Löschen',
        cancel: 'Abbrechen',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/de_DE.inc',
      texts: {
        filtersetdeact: 'Aktuellen Filtersatz deaktivieren',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/de.json',
      texts: {
        logout: 'Abmelden',
        delete: 'Löschen',
        delete_account: 'Konto löschen',
        delete_account_content: 'Alle Beiträge, Kommentare und hochgeladenen Bilder löschen',
        remove: 'Entfernen',
        remove_content: 'Inhalt entfernen',
        cancel: 'Abbrechen',
        unsubscribe: 'Nicht mehr abonnieren',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/de.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Konto löschen',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/de.yml',
      texts: {
        account: 'Konto',
        my_account: 'Mein Konto',
        logout: 'Abmelden',
        cancel: 'abbrechen',
        delete: 'Löschen',
        remove: 'Entfernen',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.de.yml',
      texts: {
        'menu.left.logout': 'Abmelden',
        'menu.top.account': 'Mein Konto',
        'config.form_user.delete.button': 'Lösche mein Konto',
        'config.reset.entries': 'Entferne ALLE Einträge',
        'config.reset.annotations': 'Entferne ALLE Annotationen',
        'entry.list.delete': 'Löschen',
        'security.login.cancel': 'Abbrechen',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/de/gen.php',
      texts: {
        'action.cancel': 'Abbrechen',
        'action.disable': 'Deaktivieren',
        'action.remove': 'Entfernen',
        'action.truncate': 'Alle Artikel löschen',
        'auth.logout': 'Abmelden',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/de/conf.php',
      texts: {
        'profile.delete._': 'Accountlöschung',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/de.ts',
      texts: {
        logout_label: 'Abmelden',
        adminDeleteAccount_action: 'Account löschen',
        removeAccount_action: 'Account entfernen',
        subscriptionStateCardCancel_action: 'Abo kündigen',
        deactivate_action: 'Deaktivieren',
        unsubscribe_action: 'Abbestellen',
        delete_action: 'Löschen',
        remove_action: 'Entfernen',
        cancel_action: 'Abbrechen',
        unsubscribeSuccessful_title: 'Abmeldung erfolgreich',
        subscriptionSettingsErrorPageCancel_title: 'Fehler bei der Kündigung',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/de/json.json',
      texts: {
        'Log out': 'Ausloggen',
        'If necessary, you may log out of all of your other browser sessions across all of your devices. Some of your recent sessions are listed below; however, this list may not be exhaustive. If you feel your account has been compromised, you should also update your password.': 'Bei Bedarf können Sie sich von allen anderen Browsersitzungen auf allen Ihren Geräten abmelden. Einige Ihrer letzten Sitzungen sind unten aufgelistet, diese Liste ist jedoch möglicherweise nicht vollständig. Wenn Sie der Meinung sind, dass Ihr Konto kompromittiert wurde, sollten Sie auch Ihr Kennwort aktualisieren.',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-de/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Das Ende-zu-Ende-Setup auf sichere Art mit anderen Geräten teilen',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/de.json',
      texts: {
        DeleteDevicesConfirmation: 'Bist du sicher, dass du alle Geräte löschen willst? Alle anderen Sitzungen werden abgemeldet. Die Geräte erscheinen wieder, sobald sich ein Benutzer das nächste Mal von ihnen anmeldet.',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/de.yml',
      texts: {
        my_account: 'Benutzerkonto',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-de-rDE/strings.xml',
      texts: {
        my_profile: 'Mein Profil',
      },
    },
    {
      from: 'element-hq/element-android@4c04cbf5a11a library/ui-strings/src/main/res/values-de/strings.xml',
      texts: {
        device_manager_sessions_other_title: 'Andere Sitzungen',
      },
    },
    {
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/EditAccount/SpecialEditAccount.i18n.php',
      texts: {
        'editaccount-submit-close': 'Konto schließen',
      },
    },
    {
      // WordPress's German admin language pack (keyed by the English msgid), as a WordPress site ships it.
      from: 'dncuug/it-community.in.ua@cbaef62278cf src/wp-content/languages/admin-de_DE.po',
      texts: {
        'Log Out Everywhere Else': 'Überall sonst abmelden',
      },
    },
    {
      from: 'SAP/spartacus@0f63bba94f9e projects/assets/src/translations/de/myAccount.json',
      texts: {
        'closeAccount.closeMyAccount': 'MEIN KONTO AUFLÖSEN',
      },
    },
    {
      from: 'owlchester/kanka@0695cc56792a lang/de/settings.php',
      texts: {
        'subscription.actions.cancel_sub': 'Abonnement beenden',
      },
    },
    {
      // The Swiss Alpine Club's hitobito member portal: the menu link that ends a member's club membership.
      from: 'hitobito/hitobito_sac_cas@1cc0dd0bb11d config/locales/wagon.de.yml',
      texts: {
        'dropdown/people/memberships.terminate_sac_membership_link': 'SAC-Mitgliedschaft beenden',
      },
    },
  ],
  keptUnsourced: [],
};
