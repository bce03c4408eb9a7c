import type { LanguageWords } from './language-words';

/** Spanish (es). */
export const es: LanguageWords = {
  signOut: ['cerrar sesión', 'salir', 'desconectar', 'cerrar la sesión', 'desconectarse'],
  destructive: [
    'eliminar', 'borrar', 'cerrar cuenta', 'cerrar mi cuenta', 'cancelar', 'darse de baja', 'darme de baja',
    'desactivar', 'desuscribir', 'otros dispositivos', 'otras sesiones', 'demás sesiones', 'demás dispositivos',
    'desuscribirse', 'anular',
  ],
  account: ['cuenta', 'mi cuenta', 'tu cuenta', 'perfil', 'mi perfil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/es_ES/labels.inc',
      texts: {
        logout: 'Cerrar sesión',
        delete: 'Eliminar',
        cancel: 'Cancelar',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/es_ES.inc',
      texts: {
        filtersetdeact: 'Desactivar este conjunto de filtros',
      },
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
        unsubscribe: 'Desuscribirse',
        profile: 'Perfil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/es.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Anular mi cuenta',
      },
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
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.es.yml',
      texts: {
        'menu.left.logout': 'Desconectarse',
        'menu.top.account': 'Mi cuenta',
        'config.form_user.delete.button': 'Eliminar mi cuenta',
        'config.reset.entries': 'Eliminar TODOS los artículos',
        'config.reset.annotations': 'Eliminar TODAS las anotaciones',
        'entry.list.delete': 'Eliminar',
        'security.login.cancel': 'Cancelar',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/es/gen.php',
      texts: {
        'action.cancel': 'Cancelar',
        'action.disable': 'Desactivar',
        'action.remove': 'Borrar',
        'action.truncate': 'Borrar todos los artículos',
        'auth.logout': 'Desconectar',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/es/conf.php',
      texts: {
        'profile.delete._': 'Borrar cuenta',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/es.ts',
      texts: {
        logout_label: 'Cerrar sesión',
        adminDeleteAccount_action: 'Eliminar cuenta',
        removeAccount_action: 'Eliminar cuenta',
        deactivate_action: 'Desactivar',
        unsubscribe_action: 'Darse de baja',
        delete_action: 'Borrar',
        remove_action: 'Eliminar',
        cancel_action: 'Cancelar',
        deleteCredentialOffline_msg: 'Desconectado: Error al cerrar la sesión',
      },
    },
    {
      from: 'nextcloud/android@36277a102205 app/src/main/res/values-es/strings.xml',
      texts: {
        uploader_wrn_no_account_quit_btn_text: 'Salir',
      },
    },
    {
      from: 'lichess-org/lila@1c316982607b translation/dest/settings/es-ES.xml',
      texts: {
        closeAccount: 'Cerrar cuenta',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-es/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Compartir configuración punto-a-punto con otros dispositivos de forma segura',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/es_419.json',
      texts: {
        DeleteDevicesConfirmation: 'Estas seguro que desea eliminar todos los dispositivos? Todas las otras sesiones se cerraran. Los dispositivos reapareceran la proxima ves que el usuario ingrese.',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/es/json.json',
      texts: {
        'Log Out Other Browser Sessions': 'Cerrar las demás sesiones',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-es/strings.xml',
      texts: {
        about_account_info_title: 'Tu cuenta',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-es-rES/strings.xml',
      texts: {
        my_profile: 'Mi perfil',
      },
    },
    {
      from: 'Wikia/app@049d11df4479 extensions/wikia/CloseMyAccount/CloseMyAccount.i18n.php',
      texts: {
        closemyaccount: 'Cerrar mi cuenta',
      },
    },
    {
      // Fandom's preferences: the checkbox that unsubscribes the account from every Wikia e-mail.
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/SpecialUnsubscribe/Unsubscribe.i18n.php',
      texts: {
        'unsubscribe-preferences-toggle':
          'Darme de baja de todos los correos de Wikia (deselecciona esta opción para acceder a las opciones de abajo)',
      },
    },
    {
      // Kanka's security settings: the button that ends every other session of the account.
      from: 'owlchester/kanka@5f33fa4d2a0f lang/es/settings/security.php',
      texts: {
        'devices.revoke_others': 'Cerrar sesión en todos los demás dispositivos',
      },
    },
    {
      // AntennaPod's podcast menu item that unsubscribes from (or restores) a podcast; read from the repository
      // snapshot at this commit.
      from: 'AntennaPod/AntennaPod@5c1ba4e2357d ui/i18n/src/main/res/values-es/strings.xml',
      texts: {
        remove_restore_feed_label: 'Desuscribir / restaurar',
      },
    },
  ],
  keptUnsourced: [],
};
