import type { LanguageWords } from './language-words';

/** Hungarian (hu). */
export const hu: LanguageWords = {
  signOut: ['kijelentkezés', 'kijelentkezes', 'kilépés', 'kijelentkezem'],
  destructive: [
    'törlés', 'törlése', 'töröl', 'törlöm', 'fiók megszüntetése', 'megszüntetés', 'lemondás', 'lemond', 'mégsem',
    'deaktiválás', 'letiltás', 'leiratkozás', 'hírlevél', 'más eszközökön', 'többi eszközön', 'eltávolít',
    'eltávolítása', 'eltávolítás', 'deaktiválása', 'kikapcsolása', 'kikapcsol', 'kikapcsolás', 'mégse',
  ],
  account: ['fiók', 'fiókom', 'saját fiók', 'profil', 'profilom'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/hu_HU/labels.inc',
      texts: { logout: 'Kijelentkezés', delete: 'Törlés', cancel: 'Mégsem' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/hu_HU.inc',
      texts: { filtersetdeact: 'Az aktuális szűrőkészlet deaktiválása', filterdisabled: 'Szűrő kikapcsolása' },
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
      texts: { 'registrations.edit.cancel_my_account': 'Fiók megszüntetése' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/hu.yml',
      texts: { account: 'Fiók', cancel: 'mégsem' },
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
      },
    },
    { from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/hu/conf.php', texts: { 'profile.delete._': 'Profil törlése' } },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/hu.ts',
      texts: {
        logout_label: 'Kijelentkezés',
        'adminDeleteAccount_action': 'Fiók törlése',
        'removeAccount_action': 'Fiók eltávolítása',
        deactivate_action: 'Kikapcsolás',
        unsubscribe_action: 'Leiratkozás',
        delete_action: 'Törlés',
        remove_action: 'Eltávolítás',
        cancel_action: 'Mégse',
      },
    },
  ],
  untraced: [
    'kilépés', 'kijelentkezem', 'töröl', 'törlöm', 'megszüntetés', 'lemondás', 'lemond', 'deaktiválás', 'letiltás',
    'hírlevél', 'más eszközökön', 'többi eszközön', 'fiókom', 'saját fiók', 'profilom',
  ],
};
