import type { LanguageWords } from './language-words';

/** Spanish (es). */
export const es: LanguageWords = {
  signOut: ['cerrar sesión', 'salir', 'desconectar', 'cerrar la sesión', 'desconectarse'],
  destructive: [
    'eliminar', 'borrar', 'cerrar cuenta', 'cerrar mi cuenta', 'cancelar', 'darse de baja', 'darme de baja',
    'desactivar', 'desuscribir', 'otros dispositivos', 'otras sesiones', 'demás sesiones', 'demás dispositivos',
  ],
  account: ['cuenta', 'mi cuenta', 'tu cuenta', 'perfil', 'mi perfil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/es_ES/labels.inc',
      texts: { logout: 'Cerrar sesión', delete: 'Eliminar', cancel: 'Cancelar' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/es_ES.inc',
      texts: { filtersetdeact: 'Desactivar este conjunto de filtros' },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/es.json',
      texts: {
        logout: 'Cerrar sesión',
        delete: 'Eliminar',
        delete_account: 'Eliminar cuenta',
        delete_account_content: 'Borrar todos los comentarios, publicaciones e imágenes subidas',
        remove: 'Eliminar',
        remove_content: 'Eliminar contenido',
        cancel: 'Cancelar',
        profile: 'Perfil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/es.yml',
      texts: { 'registrations.edit.cancel_my_account': 'Anular mi cuenta' },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/es.yml',
      texts: {
        account: 'Cuenta',
        my_account: 'Mi Cuenta',
        logout: 'Cerrar sesión',
        cancel: 'Cancelar',
        delete: 'Borrar',
        remove: 'Eliminar',
      },
    },
  ],
  untraced: [
    'salir', 'desconectar', 'cerrar la sesión', 'desconectarse', 'cerrar cuenta', 'cerrar mi cuenta',
    'darse de baja', 'darme de baja', 'desuscribir', 'otros dispositivos', 'otras sesiones', 'demás sesiones',
    'demás dispositivos', 'tu cuenta', 'mi perfil',
  ],
};
