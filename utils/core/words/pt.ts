import type { LanguageWords } from './language-words';

/** Portuguese (pt). */
export const pt: LanguageWords = {
  signOut: ['sair', 'terminar sessão', 'encerrar sessão', 'sair da conta', 'desconectar'],
  destructive: [
    'excluir', 'eliminar', 'apagar', 'remover', 'encerrar conta', 'encerrar a conta', 'encerrar minha conta',
    'fechar conta', 'cancelar', 'desativar', 'anular subscrição', 'descadastrar', 'desinscrever', 'outros dispositivos',
    'desactivar', 'desabilitar', 'deletar',
  ],
  account: ['conta', 'minha conta', 'a minha conta', 'sua conta', 'perfil', 'meu perfil', 'o meu perfil'],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/pt_PT/labels.inc',
      texts: {
        logout: 'Sair',
        delete: 'Eliminar',
        cancel: 'Cancelar',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/pt_PT.inc',
      texts: {
        filtersetdeact: 'Desativar conjunto de filtros atuais',
      },
    },
    {
      from: 'LemmyNet/lemmy-translations@f03dfd1a4e73 frontend/pt.json',
      texts: {
        logout: 'Sair',
        delete: 'Eliminar',
        delete_account: 'Eliminar conta',
        delete_account_content: 'Eliminar todas as publicações, comentários e imagens carregadas',
        remove: 'Remover',
        remove_content: 'Remover conteúdo',
        cancel: 'Cancelar',
        unsubscribe: 'Cancelar subscrição',
        profile: 'Perfil',
      },
    },
    {
      from: 'tigrish/devise-i18n@6bc267898c38 rails/locales/pt.yml',
      texts: {
        'registrations.edit.cancel_my_account': 'Cancelar a minha conta',
      },
    },
    {
      from: 'spree-contrib/spree_i18n@38ac26569130 config/locales/pt.yml',
      texts: {
        account: 'Conta',
        my_account: 'Minha Conta',
        logout: 'Sair',
        cancel: 'cancelar',
        delete: 'Apagar',
        remove: 'Remover',
      },
    },
    {
      from: 'wallabag/wallabag@5afc37df9303 translations/messages.pt.yml',
      texts: {
        'menu.left.logout': 'Encerrar sessão',
        'menu.top.account': 'Conta',
        'entry.list.delete': 'Apagar',
        'security.login.cancel': 'Cancelar',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/pt-br/gen.php',
      texts: {
        'action.cancel': 'Cancelar',
        'action.disable': 'Desabilitar',
        'action.remove': 'Remover',
        'action.truncate': 'Deletar todos os artigos',
        'auth.logout': 'Sair',
      },
    },
    {
      from: 'FreshRSS/FreshRSS@6c58b90518c3 app/i18n/pt-br/conf.php',
      texts: {
        'profile.delete._': 'Remover conta',
      },
    },
    {
      from: 'tutao/tutanota@0f34397ae95d src/ui/translations/pt_pt.ts',
      texts: {
        logout_label: 'Sair',
        adminDeleteAccount_action: 'Eliminar conta',
        removeAccount_action: 'Remover conta',
        deactivate_action: 'Desativar',
        unsubscribe_action: 'Cancelar subscrição',
        delete_action: 'Apagar',
        remove_action: 'Remover',
        cancel_action: 'Cancelar',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/pt/json.json',
      texts: {
        'Log Out': 'Terminar Sessão',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-pt-rPT/strings.xml',
      texts: {
        action_logout_confirm: 'Tem a certeza que deseja sair da conta %1$s? Isto vai apagar toda a informação local da conta, incluindo rascunhos e configurações.',
      },
    },
    {
      from: 'jellyfin/jellyfin-web@f330b7bc8b6f src/strings/pt-br.json',
      texts: {
        Disconnect: 'Desconectar',
      },
    },
    {
      from: 'Laravel-Lang/lang@bd286f095bdf locales/pt_BR/json.json',
      texts: {
        Delete: 'Excluir',
      },
    },
    {
      from: 'lichess-org/lila@b79ee6e75791 translation/dest/settings/pt-BR.xml',
      texts: {
        closeAccount: 'Encerrar conta',
      },
    },
    {
      from: 'openstreetmap/openstreetmap-website@9da0fa5ecbff config/locales/pt-PT.yml',
      texts: {
        unsubscribe: 'Anular subscrição',
      },
    },
    {
      from: 'thunderbird/thunderbird-android@a59bd679859d legacy/ui/legacy/src/main/res/values-pt-rBR/strings.xml',
      texts: {
        ac_transfer_setting_summary: 'Compartilhe a configuração de ponta a ponta de forma segura com outros dispositivos',
      },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/enigma/localization/pt_PT.inc',
      texts: {
        keydisable: 'Desactivar',
      },
    },
    {
      from: 'tuskyapp/Tusky@43ae0bb45563 app/src/main/res/values-pt-rBR/strings.xml',
      texts: {
        about_account_info_title: 'Sua conta',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-pt-rBR/strings.xml',
      texts: {
        my_profile: 'Meu perfil',
      },
    },
    {
      from: 'mastodon/mastodon-android@24ab4a0c57ae mastodon/src/main/res/values-pt-rPT/strings.xml',
      texts: {
        make_profile_discoverable: 'Permitir que o meu perfil seja descoberto',
      },
    },
    {
      from: 'matrix-org/matrix-react-sdk@b67a2303f912 src/i18n/strings/pt_BR.json',
      texts: {
        unsubscribe: 'Desinscrever-se',
      },
    },
    {
      from: 'lichess-org/lila@066da5e8ece5 translation/dest/settings/pt-PT.xml',
      texts: {
        closeAccount: 'Encerrar a conta',
      },
    },
    {
      from: 'Wikia/app@0015e09c9d05 extensions/wikia/EditAccount/SpecialEditAccount.i18n.php',
      texts: {
        'editaccount-submit-close': 'Fechar conta',
      },
    },
    {
      // phpList (newsletter manager), keyed by the English msgid: Brazilian Portuguese for unsubscribing.
      from: 'phpList/phplist3@72dd0d6f2101 public_html/lists/admin/locale/pt_BR/phplist.po',
      texts: {
        'URL where subscribers can unsubscribe': 'URL onde usuários podem se descadastrar',
      },
    },
    {
      // A vet-jobs platform's API: the message its account-deactivation confirmation shows (type the phrase to close).
      from: 'AlissonRafSilva/vetfinder@df11c912097a apps/api/src/modules/users/dto/deactivate-account.dto.ts',
      texts: {
        'confirmation.message': 'Digite ENCERRAR MINHA CONTA para confirmar.',
      },
    },
  ],
  keptUnsourced: [],
};
