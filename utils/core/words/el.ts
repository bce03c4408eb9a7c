import type { LanguageWords } from './language-words';

/** Greek (el). */
export const el: LanguageWords = {
  signOut: ['αποσύνδεση', 'έξοδος', 'αποσυνδεθείτε'],
  destructive: [
    'διαγραφή', 'διαγραφής', 'κλείσιμο λογαριασμού', 'ακύρωση', 'απενεργοποίηση', 'κατάργηση', 'απεγγραφή',
    'ενημερωτικό δελτίο', 'άλλες συσκευές', 'αφαίρεση', 'άκυρο',
  ],
  account: ['λογαριασμός', 'ο λογαριασμός μου', 'προφίλ', 'το προφίλ μου'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/el_GR/labels.inc',
      texts: {
        logout: 'Αποσύνδεση',
        delete: 'Διαγραφή',
        cancel: 'Ακύρωση',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/el_GR.inc',
      texts: {
        filtersetdeact: 'Απενεργοποίηση τρέχουσας ομάδας φίλτρων',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/el.json',
      texts: {
        logout: 'Αποσύνδεση',
        delete: 'Διαγραφή',
        delete_account: 'Διαγραφή λογαριασμού',
        delete_account_content: 'Διαγραφή όλων των δημοσιεύσεων, σχολίων και μεταφορτωμένων εικόνων',
        remove: 'Αφαίρεση',
        remove_content: 'Αφαίρεση περιεχομένου',
        cancel: 'Ακύρωση',
        unsubscribe: 'Απεγγραφή',
        profile: 'Προφίλ',
        undelete: 'Άρση διαγραφής',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/el.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Ακύρωση του λογαρισμού μου',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/el.yml',
      texts: {
        account: 'Λογαριασμός',
        my_account: 'Ο λογαριασμός μου',
        logout: 'Αποσύνδεση',
        cancel: 'Ακύρωση',
        delete: 'Διαγραφή',
        remove: 'Αφαίρεση',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.el.yml',
      texts: {
        'menu.left.logout': 'Αποσύνδεση',
        'menu.top.account': 'Ο λογαριασμός μου',
        'config.form_user.delete.button': 'Διαγραφή του λογαριασμού μου',
        'config.reset.entries': 'Διαγραφή ΟΛΩΝ των καταχωρίσεων',
        'config.reset.annotations': 'Διαγραφή ΟΛΩΝ των σχολιασμών',
        'entry.list.delete': 'Διαγραφή',
        'security.login.cancel': 'Ακύρωση',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/el.ts',
      texts: {
        logout_label: 'Αποσύνδεση',
        adminDeleteAccount_action: 'Διαγραφή λογαριασμού',
        removeAccount_action: 'Κατάργηση λογαριασμού',
        deactivate_action: 'Απενεργοποίηση ',
        unsubscribe_action: 'Κατάργηση εγγραφής ',
        delete_action: 'Διαγραφή',
        remove_action: 'Αφαίρεση ',
        cancel_action: 'Άκυρο',
        newsletterBanner_msg: 'Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου προέρχεται από ένα ενημερωτικό δελτίο ή μια λίστα αλληλογραφίας.',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/el/json.json',
      texts: {
        Logout: 'Έξοδος',
        'Are you sure you want to log out?': 'Είστε βέβαιοι ότι θέλετε να αποσυνδεθείτε;',
      },
    },
    {
      from: 'lichess-org/lila@aed90b565572 translation/dest/settings/el-GR.xml',
      texts: {
        closeAccount: 'Κλείσιμο λογαριασμού',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-el/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Μοιραστείτε, με ασφάλεια, διατερματικές ρυθμίσεις με άλλες συσκευές',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-el-rGR/strings.xml',
      texts: {
        my_profile: 'Το προφίλ μου',
      },
    },
  ],
  keptUnsourced: [],
};
