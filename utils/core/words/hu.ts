import type { LanguageWords } from './language-words';

/** Hungarian (hu). */
export const hu: LanguageWords = {
  signOut: ['kijelentkezés', 'kijelentkezes', 'kilépés'],
  destructive: [
    'törlés', 'törlése', 'töröl', 'törlöm', 'fiók megszüntetése', 'megszüntetés', 'lemondás', 'lemond', 'mégsem',
    'deaktiválás', 'letiltás', 'leiratkozás', 'hírlevél', 'más eszközökön', 'többi eszközön', 'eltávolít',
    'eltávolítása', 'eltávolítás', 'deaktiválása', 'kikapcsolása', 'kikapcsol', 'kikapcsolás', 'mégse',
  ],
  account: ['fiók', 'fiókom', 'saját fiók', 'profil', 'profilom'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/hu_HU/labels.inc',
      texts: {
        logout: 'Kijelentkezés',
        delete: 'Törlés',
        cancel: 'Mégsem',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/hu_HU.inc',
      texts: {
        filtersetdeact: 'Az aktuális szűrőkészlet deaktiválása',
        filterdisabled: 'Szűrő kikapcsolása',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/hu.json',
      texts: {
        logout: 'Kijelentkezés',
        delete: 'Törlés',
        delete_account: 'Fiók törlése',
        delete_account_content: 'Minden bejegyzés, hozzászólás és feltöltött kép törlése',
        remove: 'Eltávolít',
        remove_content: 'Tartalom eltávolítása',
        cancel: 'Mégse',
        unsubscribe: 'Leiratkozás',
        profile: 'Profil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/hu.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Fiók megszüntetése',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/hu.yml',
      texts: {
        account: 'Fiók',
        cancel: 'mégsem',
        'cancel (another)': 'Lemondás',
        deactivate: 'Deaktiválás',
        newsletter_subscribers: 'Hírlevél-feliratkozók',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.hu.yml',
      texts: {
        'menu.left.logout': 'Kijelentkezés',
        'config.form_user.delete.button': 'Fiók törlése',
        'config.reset.entries': 'Összes bejegyzés eltávolítása',
        'config.reset.annotations': 'Összes jegyzet eltávolítása',
        'entry.list.delete': 'Törlés',
        'security.login.cancel': 'Mégse',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/hu/gen.php',
      texts: {
        'action.cancel': 'Mégsem',
        'action.disable': 'Kikapcsol',
        'action.remove': 'Eltávolít',
        'action.truncate': 'Minden cikk törlése',
        'auth.logout': 'Kijelentkezés',
        purge: 'Töröl',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/hu/conf.php',
      texts: {
        'profile.delete._': 'Profil törlése',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/hu.ts',
      texts: {
        logout_label: 'Kijelentkezés',
        adminDeleteAccount_action: 'Fiók törlése',
        removeAccount_action: 'Fiók eltávolítása',
        deactivate_action: 'Kikapcsolás',
        unsubscribe_action: 'Leiratkozás',
        delete_action: 'Törlés',
        remove_action: 'Eltávolítás',
        cancel_action: 'Mégse',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-hu-rHU/strings.xml',
      texts: {
        uploader_wrn_no_account_quit_btn_text: 'Kilépés',
        setup_e2e: 'A végpontok közti titkosítás beállítása során kap egy 12 véletlenszerű szóból álló mnemonikus kódot, amelyre akkor lesz szüksége, ha más eszközökön akarja megnyitni a fájlokat. Ez csak ezen az eszközön lesz tárolva, és újra megjeleníthető ezen a képernyőn. Jegyezze le, és tárolja biztonságos helyen!',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/hu/json.json',
      texts: {
        Disable: 'Letiltás',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/hu.yml',
      texts: {
        my_account: 'Fiókom',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-hu/strings.xml',
      texts: {
        about_account_info_title: 'Saját fiók',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-hu-rHU/strings.xml',
      texts: {
        make_profile_discoverable: 'Legyen felfedezhető a profilom',
      },
    },
    {
      from: 'bitwarden/android@d817f6b4bf7c ui/src/main/res/values-hu-rHU/strings.xml',
      texts: {
        update_weak_master_password_warning: 'A mesterjelszó nem felel meg egy vagy több szervezeti szabályzatnak. A széf eléréséhez frissíteni kell a meszerjelszót. A továbblépés kijelentkeztet az aktuális munkamenetből és újra be kell jelentkezni. A többi eszközön lévő aktív munkamenetek akár egy óráig is aktívak maradhatnak.',
      },
    },
    {
      // BookStack's delete-account page heading (read from the repository snapshot at this commit).
      from: 'BookStackApp/BookStack@586e8963a8f4 lang/hu/preferences.php',
      texts: {
        delete_my_account: 'Törlöm a felhasználói fiókomat',
      },
    },
    {
      // Rocket.Chat's room-settings button that unarchives a room.
      from: 'RocketChat/Rocket.Chat.ReactNative@62cbefd66318 app/i18n/locales/hu.json',
      texts: {
        UNARCHIVE: 'Archiválás megszüntetés',
      },
    },
    {
      // A device demo's generated string table (Embedded Wizard): the Cancel button, language 12 = Hungarian.
      from: 'deining/vitalcontrol.de@c0ceebc16e41 static/demo/code_index/Strings.js',
      texts: {
        AmG: 'Lemond',
      },
    },
  ],
  keptUnsourced: [],
};
