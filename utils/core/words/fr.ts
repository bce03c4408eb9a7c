import type { LanguageWords } from './language-words';

/** French (fr). */
export const fr: LanguageWords = {
  signOut: ['se déconnecter', 'déconnexion', 'déconnecter', 'se deconnecter'],
  destructive: [
    'supprimer', 'suppression', 'fermer le compte', 'fermer mon compte', 'clôturer', 'clôture', 'résilier',
    'résiliation', 'désactiver', 'se désabonner', 'désabonnement', 'désinscrire', 'annuler', 'autres appareils',
    'autres sessions', 'partout ailleurs', 'retirer', 'fermer votre compte',
  ],
  account: ['compte', 'mon compte', 'votre compte', 'profil', 'mon profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/fr_FR/labels.inc',
      texts: {
        logout: 'Déconnexion',
        delete: 'Supprimer',
        cancel: 'Annuler',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/fr_FR.inc',
      texts: {
        filtersetdeact: 'Désactiver le jeu de filtres actuel',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/fr.json',
      texts: {
        logout: 'Déconnexion',
        delete: 'Supprimer',
        delete_account: 'Supprimer le compte',
        delete_account_content: 'Supprimer les publications, commentaires et images téléversées',
        remove: 'Retirer',
        remove_content: 'Supprimer le contenu',
        cancel: 'Annuler',
        unsubscribe: 'Se désabonner',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/fr.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Supprimer mon compte',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/fr.yml',
      texts: {
        account: 'Compte',
        my_account: 'Mon compte',
        logout: 'Se déconnecter',
        cancel: 'annuler',
        delete: 'Supprimer',
        remove: 'Supprimer',
        adjustment_closed_description: "L'ajustement est clôturé et ne sera pas recalculé.",
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.fr.yml',
      texts: {
        'menu.left.logout': 'Déconnexion',
        'menu.top.account': 'Mon compte',
        'config.form_user.delete.button': 'Supprimer mon compte',
        'config.reset.entries': 'Supprimer TOUS les articles',
        'config.reset.annotations': 'Supprimer TOUTES les annotations',
        'entry.list.delete': 'Supprimer',
        'security.login.cancel': 'Annuler',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/fr/gen.php',
      texts: {
        'action.cancel': 'Annuler',
        'action.disable': 'Désactiver',
        'action.remove': 'Supprimer',
        'action.truncate': 'Supprimer tous les articles',
        'auth.logout': 'Déconnexion',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/fr/conf.php',
      texts: {
        'profile.delete._': 'Suppression du compte',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/fr.ts',
      texts: {
        logout_label: 'Déconnexion',
        adminDeleteAccount_action: 'Supprimer le compte',
        removeAccount_action: 'Supprimer le compte',
        subscriptionStateCardCancel_action: 'Résilier l’abonnement',
        deactivate_action: 'Désactiver',
        unsubscribe_action: 'Se désabonner',
        delete_action: 'Supprimer',
        remove_action: 'Supprimer',
        cancel_action: 'Annuler',
        termination_text: "Veuillez fournir les informations d'identification du compte que vous souhaitez clôturer.",
        terminationDateRequest_title: 'Date de résiliation',
        unsubscribeFailed_title: 'Désabonnement échoué',
      },
    },
    {
      from: 'nextcloud/mail@e5734fe250eb l10n/fr.js',
      texts: {
        Unsubscribe: 'Se désinscrire',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-fr/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Partager en toute sécurité la configuration du chiffrement de bout de bout avec d’autres appareils',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/fr/json.json',
      texts: {
        'Please enter your password to confirm you would like to log out of your other browser sessions across all of your devices.': "Veuillez entrer votre mot de passe pour confirmer que vous voulez déconnecter toutes les autres sessions de navigateurs sur l'ensemble de vos appareils.",
      },
    },
    {
      from: 'lichess-org/lila@839ce56c63c3 translation/dest/settings/fr-FR.xml',
      texts: {
        closeAccount: 'Fermer votre compte',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-fr-rFR/strings.xml',
      texts: {
        my_profile: 'Mon profil',
      },
    },
    {
      from: 'matrix-org/matrix-react-sdk@b67a2303f912 src/i18n/strings/fr.json',
      texts: {
        deactivate_section: 'Fermer le compte',
      },
    },
    {
      from: 'Wikia/app@049d11df4479 extensions/wikia/CloseMyAccount/CloseMyAccount.i18n.php',
      texts: {
        'closemyaccount-button-text': 'Fermer mon compte',
      },
    },
    {
      // WordPress's French admin language pack (keyed by the English msgid), as a WordPress site ships it.
      from: 'dncuug/it-community.in.ua@cbaef62278cf src/wp-content/languages/admin-fr_FR.po',
      texts: {
        'Log Out Everywhere Else': 'Me déconnecter partout ailleurs',
      },
    },
  ],
  keptUnsourced: [],
};
