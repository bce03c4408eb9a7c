import { randomUUID } from 'node:crypto';
import { baseTexts, defineFixtureSite, escapeHtml, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.vinted.pl (a Rails application behind the web front): the avatar button opens a menu built by script whose
 * „Wyloguj się” leads to /logout. Modelled as GET /logout only *asking* — a page whose form POSTs /logout with the
 * session's authenticity_token; a GET alone, or a POST without the token, signs nobody out. That is a guess (LOW):
 * the only source lists a plain GET of /logout. access_token_web / refresh_token_web carry the login, but guests get
 * both too (an anonymous visit sets them: a token with "scope":"public" and no account id, recipe-evidence.md), so
 * their names prove nothing; anon_id and the Rails session cookie _vinted_pl_session are every visitor's as well.
 * Signed out, /settings/profile sends the visitor to /member/login. Polish only.
 */

interface VintedTexts extends KitTexts {
  profile: string;
  settings: string;
  balance: string;
  sell: string;
  userMenu: string;
  searchPlaceholder: string;
  newsFeed: string;
}

const pl: VintedTexts = {
  ...baseTexts.pl,
  siteName: 'Vinted',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'E-mail lub nazwa użytkownika',
  passwordLabel: 'Hasło',
  signInButton: 'Kontynuuj',
  wrongPassword: 'Nieprawidłowe dane logowania.',
  unknownAccount: 'Nieprawidłowe dane logowania.',
  badToken: 'Coś poszło nie tak. Odśwież stronę i spróbuj ponownie.',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj się',
  confirmTitle: 'Czy na pewno chcesz się wylogować?',
  confirmText: 'Aby kupować i sprzedawać, trzeba będzie zalogować się ponownie.',
  confirmButton: 'Wyloguj się',
  cancelButton: 'Anuluj',
  notFound: 'Nie znaleziono strony.',
  profile: 'Mój profil',
  settings: 'Ustawienia',
  balance: 'Saldo',
  sell: 'Sprzedaj',
  userMenu: 'Menu użytkownika',
  searchPlaceholder: 'Szukaj przedmiotów',
  newsFeed: 'Nowości dla Ciebie',
};

/** A guest token shaped like the real one: a JWT-like string whose payload has "scope":"public" and no account_id. */
function guestToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ scope: 'public', iat: Math.floor(Date.now() / 1000), sid: randomUUID() })}.`;
}

export const vintedUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jankow' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'ania_n' },
];

const STYLE = `
body { margin: 0; font: 14px "Maison Neue", Arial, sans-serif; color: #171717; }
.l-header { display: flex; align-items: center; gap: 16px; height: 60px; padding: 0 24px; border-bottom: 1px solid #e6e6e6; }
.l-header .logo { font: bold 26px Arial; color: #007782; text-decoration: none; }
.l-header input { flex: 1; height: 36px; padding: 0 12px; background: #f2f2f2; border: 0; border-radius: 8px; }
[data-testid="header-user-menu-button"] { background: none; border: 0; cursor: pointer; }
.avatar { display: inline-block; width: 32px; height: 32px; border-radius: 50%; background: #9ad0d4; }
.user-menu { width: 220px; background: #fff; box-shadow: 0 2px 12px rgba(0,0,0,.2); padding: 8px 0; }
.user-menu a { display: block; padding: 8px 16px; color: #171717; text-decoration: none; }
.sell-button { background: #007782; color: #fff; padding: 8px 14px; border-radius: 4px; text-decoration: none; }
main { padding: 24px; }
.logout-confirm { width: 420px; margin: 40px auto; text-align: center; }
.logout-confirm input[type=submit] { background: #007782; color: #fff; border: 0; border-radius: 4px; padding: 10px 24px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 14px; }
.kit-sign-in button { width: 100%; height: 40px; background: #007782; color: #fff; border: 0; border-radius: 4px; }
.kit-error { color: #c20; margin-bottom: 12px; }
`;

function header(v: Visit<VintedTexts>): string {
  const logo = `<a class="logo" href="/" aria-label="Vinted">Vinted</a><input type="search" placeholder="${escapeHtml(v.t.searchPlaceholder)}">`;
  if (!v.session) {
    return `<header class="l-header">${logo}<a href="/member/login" data-testid="header--login-button">${escapeHtml(v.t.signInTitle)}</a></header>`;
  }
  return `<header class="l-header">${logo}<button type="button" data-testid="header-user-menu-button" aria-label="${escapeHtml(v.t.userMenu)}">
<span class="avatar" role="img" aria-label="${escapeHtml(v.session.user.handle ?? '')}"></span></button>
<a href="/items/new" class="sell-button">${escapeHtml(v.t.sell)}</a></header>`;
}

export function createVintedSite() {
  return defineFixtureSite<VintedTexts>({
    name: 'vinted',
    hosts: { main: 'www.vinted.pl', redirectToMain: ['vinted.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: vintedUsers,
    cookies: {
      session: 'refresh_token_web',
      browserId: 'anon_id',
      auth: [
        { name: 'refresh_token_web', value: 'session-token', domain: '.vinted.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'access_token_web', value: 'random', domain: '.vinted.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 1 },
      ],
      anonymous: [
        // A guest's tokens under the login's names: a public-scope token naming no account.
        { name: 'refresh_token_web', value: () => guestToken(), domain: '.vinted.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'access_token_web', value: () => guestToken(), domain: '.vinted.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 1 },
        { name: 'anon_id', value: 'random', domain: '.vinted.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: '_vinted_pl_session', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/member/login',
      identifier: { name: 'login', id: 'username', attrs: 'autocomplete="username" data-testid="username-input"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password" data-testid="password-input"' },
      submit: { attrs: 'data-testid="login-submit"' },
      csrfField: 'authenticity_token',
      afterSignIn: '/',
      returnParam: 'ref_url',
    },
    home: { paths: ['/'] },
    account: { path: '/settings/profile' },
    accountMenu: {
      trigger: 'button[data-testid="header-user-menu-button"]',
      open: 'click',
      attrs: 'class="user-menu" role="menu" data-testid="header-user-menu"',
      render: (v, signOut) => `<a role="menuitem" href="/member/${escapeHtml(v.session?.user.handle ?? '')}">${escapeHtml(v.t.profile)}</a>
<a role="menuitem" href="/settings/profile">${escapeHtml(v.t.settings)}</a>
<a role="menuitem" href="/wallet/balance">${escapeHtml(v.t.balance)}</a>
${signOut ? `<a role="menuitem" href="/logout" data-testid="header-menu-logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'confirm-page', path: '/logout', tokenField: 'authenticity_token', redirectTo: '/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.newsFeed)}</h1><ul><li>Kurtka jeansowa</li><li>Sneakersy</li></ul>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.handle ?? '')} · ${escapeHtml(session.user.email)}</p>`,
      confirmPage: (v, form) => `<div class="logout-confirm"><h1>${escapeHtml(v.t.confirmTitle)}</h1><p>${escapeHtml(v.t.confirmText)}</p>
<form action="${escapeHtml(form.action)}" method="post" data-testid="logout-form">
${Object.entries(form.fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
<input type="submit" value="${escapeHtml(v.t.confirmButton)}" data-testid="logout-confirm"></form>
<a href="/" data-testid="logout-cancel">${escapeHtml(v.t.cancelButton)}</a></div>`,
    },
  });
}
