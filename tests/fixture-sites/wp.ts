import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * WP Poczta: the mailbox on poczta.wp.pl, sign-in on 1login.wp.pl, the profile on profil.wp.pl — one login for
 * all of them through cookies on .wp.pl. The mail header's account button (the address) opens a menu built by
 * script whose „Wyloguj” is a plain GET of https://profil.wp.pl/wyloguj.html. The session cookie names are a
 * guess (LOW); statid and WPtcs2 (the consent string) belong to every visitor. Polish only.
 */

interface WpTexts extends KitTexts {
  inbox: string;
  compose: string;
  settings: string;
  profile: string;
  accountMenu: string;
  profileTitle: string;
}

const pl: WpTexts = {
  ...baseTexts.pl,
  siteName: 'Poczta WP',
  signInTitle: 'Zaloguj się do Poczty WP',
  identifierLabel: 'E-mail lub login',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy login lub hasło.',
  unknownAccount: 'Nieprawidłowy login lub hasło.',
  accountTitle: 'Twój profil',
  signOut: 'Wyloguj',
  notFound: 'Nie znaleziono strony.',
  inbox: 'Odebrane',
  compose: 'Napisz',
  settings: 'Ustawienia',
  profile: 'Profil',
  accountMenu: 'Menu konta',
  profileTitle: 'Dane konta',
};

export const wpUsers: readonly KitUser[] = [
  { email: 'jan.kowalski@wp.pl', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan.kowalski' },
  { email: 'anna.nowak@wp.pl', password: 'haslo123', name: 'Anna Nowak', handle: 'anna.nowak' },
];

const MAIL = 'poczta.wp.pl';
const PROFILE = 'profil.wp.pl';
const LOGIN = '1login.wp.pl';

const STYLE = `
body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #1d1d1f; }
.mail-header { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; background: #fff; border-bottom: 1px solid #e3e3e3; }
.mail-header .logo { font: bold 22px Arial; color: #e30613; text-decoration: none; margin-right: auto; }
[data-testid="account-button"] { background: #f3f3f3; border: 0; border-radius: 20px; padding: 8px 14px; cursor: pointer; }
.account-menu { width: 240px; background: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.2); border-radius: 8px; padding: 8px 0; }
.account-menu a { display: block; padding: 8px 16px; color: #1d1d1f; text-decoration: none; }
main { display: flex; gap: 24px; padding: 16px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 44px; margin: 4px 0 16px; }
.kit-sign-in button { width: 100%; height: 44px; background: #e30613; color: #fff; border: 0; border-radius: 22px; }
.kit-error { color: #e30613; margin-bottom: 12px; }
`;

function header(v: Visit<WpTexts>): string {
  const logo = `<a class="logo" href="https://${MAIL}/" aria-label="Poczta WP">Poczta WP</a>`;
  if (!v.session) return `<header class="mail-header">${logo}<a href="https://${LOGIN}/zaloguj/dane">${escapeHtml(v.t.signInTitle)}</a></header>`;
  return `<header class="mail-header">${logo}<button type="button" data-testid="account-button" aria-label="${escapeHtml(v.t.accountMenu)}">
<span data-testid="account-email">${escapeHtml(v.session.user.email)}</span></button></header>`;
}

export function createWpSite() {
  return defineFixtureSite<WpTexts>({
    name: 'wp',
    hosts: { main: MAIL, served: [PROFILE, LOGIN] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: wpUsers,
    cookies: {
      session: 'wpsso',
      browserId: 'statid',
      auth: [
        { name: 'wpsso', value: 'session-token', domain: '.wp.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'wplogin', value: (s) => encodeURIComponent(s.user.handle ?? ''), domain: '.wp.pl', path: '/', secure: true, sameSite: 'Lax', days: 30 },
      ],
      anonymous: [
        { name: 'statid', value: 'random', domain: '.wp.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'WPtcs2', value: () => 'CQ0000000000000', domain: '.wp.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      host: LOGIN,
      path: '/zaloguj/dane',
      identifier: { name: 'login', id: 'login', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="sc-button-primary"' },
      csrfField: 'csrf',
      afterSignIn: `https://${MAIL}/k/`,
      returnParam: 'continue',
    },
    home: { paths: ['/k/'], requiresSession: true },
    account: { host: PROFILE, path: '/' },
    accountMenu: {
      trigger: '[data-testid="account-button"]',
      open: 'click',
      attrs: 'class="account-menu" role="menu" data-testid="account-menu"',
      render: (v, signOut) => `<a role="menuitem" href="https://${PROFILE}/">${escapeHtml(v.t.profile)}</a>
<a role="menuitem" href="/k/#/ustawienia">${escapeHtml(v.t.settings)}</a>
${signOut ? `<a role="menuitem" href="https://${PROFILE}/wyloguj.html" data-testid="logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', host: PROFILE, path: '/wyloguj.html', redirectTo: `https://${MAIL}/` },
    render: {
      style: STYLE,
      header,
      home: (v) => `<nav aria-label="Foldery"><a href="/k/#/mails?label=1">${escapeHtml(v.t.inbox)}</a></nav>
<section><button type="button">${escapeHtml(v.t.compose)}</button><table role="grid"><tr><td>Allegro</td><td>Twoje zamówienie</td></tr></table></section>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.profileTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // The bare mail address: the mailbox when signed in, else the sign-in.
        path: '/',
        method: 'GET',
        handle: (v) => redirect(v.res, v.session ? '/k/' : `https://${LOGIN}/zaloguj/dane`, 302, v),
      },
    ],
  });
}
