import { baseTexts, defineFixtureSite, escapeHtml, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.olx.pl, signing in on login.olx.pl. „Twoje konto” in the header is a link to /mojolx/; hovering it opens a
 * menu built by script whose „Wyloguj” is a plain GET of /account/logout. Tokens live in access_token /
 * refresh_token cookies on .olx.pl (names LOW); onap (browser id) and OptanonConsent belong to every visitor.
 * The site is Polish.
 */

interface OlxTexts extends KitTexts {
  yourAccount: string;
  ads: string;
  messages: string;
  settings: string;
  addAd: string;
  searchPlaceholder: string;
  mainCategories: string;
}

const pl: OlxTexts = {
  ...baseTexts.pl,
  siteName: 'OLX.pl',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'E-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy e-mail lub hasło.',
  unknownAccount: 'Nieprawidłowy e-mail lub hasło.',
  accountTitle: 'Twoje konto',
  signOut: 'Wyloguj',
  notFound: 'Ups! Coś poszło nie tak.',
  yourAccount: 'Twoje konto',
  ads: 'Ogłoszenia',
  messages: 'Wiadomości',
  settings: 'Ustawienia',
  addAd: 'Dodaj ogłoszenie',
  searchPlaceholder: 'Czego szukasz?',
  mainCategories: 'Kategorie główne',
};

export const olxUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan', id: '812345671' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna', id: '812345672' },
];

const LOGIN = 'login.olx.pl';

const STYLE = `
body { margin: 0; font: 14px Geomanist, Arial, sans-serif; color: #002f34; background: #f2f4f5; }
header { display: flex; align-items: center; gap: 24px; height: 64px; padding: 0 24px; background: #002f34; }
header a { color: #fff; text-decoration: none; }
header .logo { font: bold 28px Arial; margin-right: auto; }
[data-cy="post-new-ad-button"] { background: #fff; color: #002f34 !important; padding: 10px 16px; border-radius: 4px; font-weight: bold; }
.myolx-menu { width: 220px; background: #fff; box-shadow: 0 2px 8px rgba(0,47,52,.3); padding: 8px 0; }
.myolx-menu a { display: block; padding: 8px 16px; color: #002f34; }
main { padding: 24px; }
.kit-sign-in { width: 360px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 48px; margin: 4px 0 16px; background: #f2f4f5; border: 0; }
.kit-sign-in button { width: 100%; height: 48px; background: #002f34; color: #fff; border: 0; font-weight: bold; }
.kit-error { color: #d32f2f; margin-bottom: 12px; }
`;

function header(v: Visit<OlxTexts>): string {
  const account = v.session
    ? `<a href="/mojolx/" data-cy="myolx-link" data-testid="myolx-link" aria-haspopup="true">${escapeHtml(v.t.yourAccount)}</a>`
    : `<a href="https://${LOGIN}/" data-cy="myolx-link">${escapeHtml(v.t.yourAccount)}</a>`;
  return `<header><a class="logo" href="https://www.olx.pl/" aria-label="OLX">OLX</a>${account}
<a href="/adding/" data-cy="post-new-ad-button">${escapeHtml(v.t.addAd)}</a></header>`;
}

export function createOlxSite() {
  return defineFixtureSite<OlxTexts>({
    name: 'olx',
    hosts: { main: 'www.olx.pl', served: [LOGIN], redirectToMain: ['olx.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: olxUsers,
    cookies: {
      session: 'refresh_token',
      browserId: 'onap',
      auth: [
        { name: 'refresh_token', value: 'session-token', domain: '.olx.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'access_token', value: 'random', domain: '.olx.pl', path: '/', secure: true, sameSite: 'Lax', days: 1 },
        { name: 'user_id', value: (s) => s.user.id ?? '', domain: '.olx.pl', path: '/', secure: true, sameSite: 'Lax', days: 30 },
      ],
      anonymous: [
        { name: 'onap', value: 'random', domain: '.olx.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'OptanonConsent', value: () => 'isGpcEnabled=0&groups=C0001%3A1', domain: '.olx.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      host: LOGIN,
      path: '/',
      identifier: { name: 'username', id: 'username', attrs: 'data-testid="email-input" autocomplete="email"' },
      password: { name: 'password', id: 'password', attrs: 'data-testid="password-input" autocomplete="current-password"' },
      submit: { attrs: 'data-testid="login-submit-button"' },
      csrfField: 'csrf_token',
      afterSignIn: 'https://www.olx.pl/',
      returnParam: 'redirect_uri',
    },
    home: { paths: ['/'] },
    account: { path: '/mojolx/' },
    accountMenu: {
      trigger: 'a[data-cy="myolx-link"]',
      open: 'hover',
      attrs: 'class="myolx-menu" data-testid="myolx-dropdown" role="menu"',
      render: (v, signOut) => `<a role="menuitem" href="/mojolx/">${escapeHtml(v.t.ads)}</a>
<a role="menuitem" href="/mojolx/wiadomosci/">${escapeHtml(v.t.messages)}</a>
<a role="menuitem" href="/mojolx/ustawienia/">${escapeHtml(v.t.settings)}</a>
${signOut ? `<a role="menuitem" href="/account/logout" data-cy="logout-link">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', path: '/account/logout', redirectTo: '/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.mainCategories)}</h1><ul><li>Motoryzacja</li><li>Nieruchomości</li><li>Praca</li></ul>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.email)}</p>`,
    },
  });
}
