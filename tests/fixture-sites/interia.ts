import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Poczta Interia (poczta.interia.pl): sign-in at /logowanie/, the mailbox at /next/. The header's account button
 * (the address) opens a menu built by script whose „Wyloguj” is a plain GET of /logowanie/sso/logout; it lands
 * back on the sign-in page. Cookie names (interia_sso, interia_user; pvid for every visitor) are modelled (LOW).
 * Polish only.
 */

interface InteriaTexts extends KitTexts {
  inbox: string;
  compose: string;
  settings: string;
  accountMenu: string;
  help: string;
}

const pl: InteriaTexts = {
  ...baseTexts.pl,
  siteName: 'Poczta Interia',
  signInTitle: 'Zaloguj się do Poczty',
  identifierLabel: 'E-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy e-mail lub hasło.',
  unknownAccount: 'Nieprawidłowy e-mail lub hasło.',
  accountTitle: 'Ustawienia konta',
  signOut: 'Wyloguj',
  notFound: 'Nie znaleziono strony.',
  inbox: 'Odebrane',
  compose: 'Napisz',
  settings: 'Ustawienia',
  accountMenu: 'Konto',
  help: 'Pomoc',
};

export const interiaUsers: readonly KitUser[] = [
  { email: 'jan.kowalski@interia.pl', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna.nowak@interia.pl', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; color: #1a1a1a; }
.mail-top { display: flex; align-items: center; gap: 16px; height: 52px; padding: 0 16px; background: #fff; border-bottom: 1px solid #e0e0e0; }
.mail-top .logo { font: bold 22px Arial; color: #ff6e00; text-decoration: none; margin-right: auto; }
.account-info__button { background: none; border: 0; cursor: pointer; font: inherit; }
.account-info__menu { width: 240px; background: #fff; box-shadow: 0 4px 12px rgba(0,0,0,.2); padding: 6px 0; }
.account-info__menu a { display: block; padding: 8px 16px; color: #1a1a1a; text-decoration: none; }
main { padding: 16px; }
.kit-sign-in { width: 340px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 42px; margin: 4px 0 14px; }
.kit-sign-in button { width: 100%; height: 42px; background: #ff6e00; color: #fff; border: 0; }
.kit-error { color: #d00; margin-bottom: 12px; }
`;

function header(v: Visit<InteriaTexts>): string {
  const logo = `<a class="logo" href="/" aria-label="Poczta Interia">Poczta Interia</a>`;
  if (!v.session) return `<header class="mail-top">${logo}<a href="/logowanie/">${escapeHtml(v.t.signInTitle)}</a></header>`;
  return `<header class="mail-top">${logo}<button type="button" class="account-info__button" aria-label="${escapeHtml(v.t.accountMenu)}">
<span class="account-info__email">${escapeHtml(v.session.user.email)}</span></button></header>`;
}

export function createInteriaSite() {
  return defineFixtureSite<InteriaTexts>({
    name: 'interia',
    hosts: { main: 'poczta.interia.pl' },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: interiaUsers,
    cookies: {
      session: 'interia_sso',
      browserId: 'pvid',
      auth: [
        { name: 'interia_sso', value: 'session-token', domain: '.interia.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 14 },
        { name: 'interia_user', value: (s) => encodeURIComponent(s.user.email), domain: '.interia.pl', path: '/', secure: true, sameSite: 'Lax', days: 14 },
      ],
      anonymous: [{ name: 'pvid', value: 'random', domain: '.interia.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/logowanie/',
      identifier: { name: 'email', id: 'email', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="btn"' },
      afterSignIn: '/next/',
      returnParam: 'referer',
    },
    home: { paths: ['/next/'], requiresSession: true },
    account: { path: '/next/ustawienia' },
    accountMenu: {
      trigger: 'button.account-info__button',
      open: 'click',
      attrs: 'class="account-info__menu" role="menu"',
      render: (v, signOut) => `<a role="menuitem" href="/next/ustawienia">${escapeHtml(v.t.settings)}</a>
<a role="menuitem" href="/next/pomoc">${escapeHtml(v.t.help)}</a>
${signOut ? `<a role="menuitem" href="/logowanie/sso/logout" class="account-info__logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logowanie/sso/logout', redirectTo: '/logowanie/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<nav aria-label="Foldery"><a href="/next/#inbox">${escapeHtml(v.t.inbox)}</a></nav>
<button type="button">${escapeHtml(v.t.compose)}</button><table role="grid"><tr><td>Interia</td><td>Witamy w Poczcie</td></tr></table>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [{ path: '/', method: 'GET', handle: (v) => redirect(v.res, v.session ? '/next/' : '/logowanie/', 302, v) }],
  });
}
