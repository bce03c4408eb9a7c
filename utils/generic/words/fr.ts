import type { LanguageWords } from './language-words';

/** French (fr). */
export const fr: LanguageWords = {
  signOut: ['se déconnecter', 'déconnexion', 'me déconnecter', 'déconnecter', 'se deconnecter'],
  destructive: [
    'supprimer', 'suppression', 'fermer le compte', 'fermer mon compte', 'clôturer', 'clôture', 'résilier',
    'résiliation', 'désactiver', 'se désabonner', 'désabonnement', 'désinscrire', 'annuler', 'autres appareils',
    'autres sessions', 'partout ailleurs',
  ],
  account: ['compte', 'mon compte', 'votre compte', 'profil', 'mon profil', 'espace client', 'mon espace'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/fr_FR/labels.inc',
      texts: { logout: 'Déconnexion', delete: 'Supprimer', cancel: 'Annuler' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/fr_FR.inc',
      texts: { filtersetdeact: 'Désactiver le jeu de filtres actuel' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/fr.json',
      texts: {
        logout: 'Déconnexion',
        delete: 'Supprimer',
        delete_account: 'Supprimer le compte',
        delete_account_content: 'Supprimer les publications, commentaires et images téléversées',
        remove_content: 'Supprimer le contenu',
        cancel: 'Annuler',
        unsubscribe: 'Se désabonner',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/fr.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Supprimer mon compte' },
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
      },
    },
  ],
  untraced: [
    'me déconnecter', 'suppression', 'fermer le compte', 'fermer mon compte', 'clôturer', 'clôture', 'résilier',
    'résiliation', 'désabonnement', 'désinscrire', 'autres appareils', 'autres sessions', 'partout ailleurs',
    'votre compte', 'mon profil', 'espace client', 'mon espace',
  ],
};
