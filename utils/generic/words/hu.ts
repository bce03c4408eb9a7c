import type { LanguageWords } from './language-words';

/** Hungarian (hu). */
export const hu: LanguageWords = {
  signOut: ['kijelentkezés', 'kijelentkezes', 'kilépés', 'kijelentkezem'],
  destructive: [
    'törlés', 'törlése', 'töröl', 'törlöm', 'fiók megszüntetése', 'megszüntetés', 'lemondás', 'lemond', 'mégsem',
    'deaktiválás', 'letiltás', 'leiratkozás', 'hírlevél', 'más eszközökön', 'többi eszközön', 'eltávolít',
    'eltávolítása', 'deaktiválása', 'kikapcsolása',
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
  ],
  untraced: [
    'kilépés', 'kijelentkezem', 'töröl', 'törlöm', 'megszüntetés', 'lemondás', 'lemond', 'deaktiválás', 'letiltás',
    'hírlevél', 'más eszközökön', 'többi eszközön', 'fiókom', 'saját fiók', 'profilom',
  ],
};
