import type { LanguageWords } from './language-words';

/** Portuguese (pt). */
export const pt: LanguageWords = {
  signOut: ['sair', 'terminar sessão', 'encerrar sessão', 'sair da conta', 'desconectar'],
  destructive: [
    'excluir', 'eliminar', 'apagar', 'remover', 'encerrar conta', 'encerrar a conta', 'encerrar minha conta',
    'fechar conta', 'cancelar', 'desativar', 'anular subscrição', 'descadastrar', 'desinscrever',
    'outros dispositivos', 'desactivar',
  ],
  account: [
    'conta', 'minha conta', 'a minha conta', 'sua conta', 'perfil', 'meu perfil', 'o meu perfil', 'área de cliente',
  ],
  sources: [
    {
      from: 'roundcube/roundcubemail@28b44419ee44 program/localization/pt_PT/labels.inc',
      texts: { logout: 'Sair', delete: 'Eliminar', cancel: 'Cancelar' },
    },
    {
      from: 'roundcube/roundcubemail@28b44419ee44 plugins/managesieve/localization/pt_PT.inc',
      texts: { filtersetdeact: 'Desativar conjunto de filtros atuais' },
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
      texts: { 'registrations.edit.cancel_my_account': 'Cancelar a minha conta' },
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
  ],
  untraced: [
    'terminar sessão', 'encerrar sessão', 'sair da conta', 'desconectar', 'excluir', 'encerrar conta',
    'encerrar a conta', 'encerrar minha conta', 'fechar conta', 'anular subscrição', 'descadastrar', 'desinscrever',
    'outros dispositivos', 'desactivar', 'sua conta', 'meu perfil', 'o meu perfil', 'área de cliente',
  ],
};
