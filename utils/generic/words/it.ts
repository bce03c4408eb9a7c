import type { LanguageWords } from './language-words';

/** Italian (it). */
export const it: LanguageWords = {
  signOut: ['esci', 'disconnetti', 'disconnettiti', 'esci dall’account', 'esci dall\'account', 'logout'],
  destructive: [
    'elimina', 'cancella', 'chiudi account', 'chiudi il tuo account', 'disattiva', 'annulla', 'disiscriviti',
    'altri dispositivi', 'altre sessioni',
  ],
  account: ['account', 'il mio account', 'profilo', 'il mio profilo', 'area personale'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/it_IT/labels.inc',
      texts: { logout: 'Esci', delete: 'Elimina', cancel: 'Annulla' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/it_IT.inc',
      texts: { filtersetdeact: 'Disattiva il gruppo di filtri corrente' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/it.json',
      texts: {
        logout: 'Disconnettiti',
        delete: 'Cancella',
        delete_account: 'Cancella Account',
        delete_account_content: 'Elimina tutti i post, i commenti e le immagini caricate',
        cancel: 'Annulla',
        unsubscribe: 'Disiscriviti',
        profile: 'Profilo',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/it.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Rimuovi il mio account' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/it.yml',
      texts: { account: 'Account', my_account: 'Il Mio Account', logout: 'Esci', cancel: 'annulla', delete: 'Elimina' },
    },
  ],
  untraced: [
    'disconnetti', 'esci dall’account', 'esci dall\'account', 'logout', 'chiudi account', 'chiudi il tuo account',
    'altri dispositivi', 'altre sessioni', 'il mio profilo', 'area personale',
  ],
};
