import type { LanguageWords } from './language-words';

/** Slovak (sk). */
export const sk: LanguageWords = {
  signOut: ['odhlásiť', 'odhlásiť sa', 'odhlásenie'],
  destructive: [
    'zmazať', 'vymazať', 'odstrániť', 'zrušiť', 'zrušenie', 'deaktivovať', 'odber', 'odberu', 'iných zariadeniach',
    'odstráň', 'zakázať', 'vymazanie',
  ],
  account: ['účet', 'môj účet', 'profil', 'môj profil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/sk_SK/labels.inc',
      texts: {
        logout: 'Odhlásiť',
        delete: 'Vymazať',
        cancel: 'Zrušiť',
        changesubscription: 'Na zmenu odberu kliknite sem',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/sk_SK.inc',
      texts: {
        filtersetdeact: 'Deaktivovať aktuálnu súpravu filtrov',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/sk.json',
      texts: {
        logout: 'Odhlásiť sa',
        delete: 'odstrániť',
        delete_account: 'Odstrániť účet',
        remove: 'odstrániť',
        remove_content: 'Odstrániť obsah',
        cancel: 'Zrušiť',
        unsubscribe: 'Zrušiť odber',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/sk.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Zrušiť môj účet',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/sk.yml',
      texts: {
        account: 'Účet',
        my_account: 'Môj účet',
        logout: 'Odhlásenie',
        cancel: 'zrušiť',
        delete: 'Zmazať',
        remove: 'Odstráň',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/sk/gen.php',
      texts: {
        'action.cancel': 'Zrušiť',
        'action.disable': 'Zakázať',
        'action.remove': 'Odstrániť',
        'action.truncate': 'Vymazať všetky články',
        'auth.logout': 'Odhlásiť',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/sk/conf.php',
      texts: {
        'profile.delete._': 'Vymazanie účtu',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/sk.ts',
      texts: {
        logout_label: 'Odhlásenie',
        adminDeleteAccount_action: 'Odstrániť účet',
        deactivate_action: 'Deaktivovať',
        unsubscribe_action: 'Zrušiť predplatné',
        delete_action: 'Odstrániť',
        remove_action: 'Odstrániť',
        cancel_action: 'Zrušiť',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-sk/strings.xml',
      texts: {
        confirmation_hashtag_unfollowed: 'Zrušenie sledovania #%1$s',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-sk-rSK/strings.xml',
      texts: {
        setup_e2e: 'Počas nastavovania end-to-end šifrovania dostanete náhodný 12-slovový mnemotechnický záznam, ktorý budete potrebovať na otvorenie svojich súborov na iných zariadeniach. Tento záznam bude uložený iba na tomto zariadení a môže byť znovu zobrazený na tejto obrazovke. Prosím, zapíšte si ho na bezpečné miesto!',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/sk.yml',
      texts: {
        'my profile': 'Môj profil',
      },
    },
  ],
  keptUnsourced: [],
};
