import { baseTexts, defineFixtureSite, escapeHtml, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.ceneo.pl, an ASP.NET site: the sign-in form carries __RequestVerificationToken bound to the antiforgery
 * cookie of the same name, and comes back through ReturnUrl. Signed in, the header greets „Cześć, Jan”; hovering
 * „Moje konto” opens a menu built by script whose „Wyloguj się” is a plain GET of /konto/wyloguj. ASP.NET_SessionId
 * and the antiforgery cookie belong to every visitor; .ASPXAUTH is the login (cookie names modelled, LOW).
 * Polish only.
 */

interface CeneoTexts extends KitTexts {
  myAccount: string;
  hello(firstName: string): string;
  favourites: string;
  reviews: string;
  settings: string;
  searchPlaceholder: string;
  popular: string;
}

const pl: CeneoTexts = {
  ...baseTexts.pl,
  siteName: 'Ceneo',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'E-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy e-mail lub hasło.',
  unknownAccount: 'Nieprawidłowy e-mail lub hasło.',
  badToken: 'Sesja formularza wygasła. Odśwież stronę.',
  accountTitle: 'Moje konto',
  signOut: 'Wyloguj się',
  notFound: 'Nie znaleźliśmy tej strony.',
  myAccount: 'Moje konto',
  hello: (name) => `Cześć, ${name}`,
  favourites: 'Ulubione',
  reviews: 'Moje opinie',
  settings: 'Ustawienia konta',
  searchPlaceholder: 'Czego szukasz?',
  popular: 'Popularne kategorie',
};

export const ceneoUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px Lato, Arial, sans-serif; color: #333; }
.site-header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #fff; border-bottom: 1px solid #e4e4e4; }
.site-header .logo { font: bold 26px Arial; color: #f60; text-decoration: none; }
.site-header input { flex: 1; height: 38px; padding: 0 10px; }
.user-menu__toggle { color: #333; text-decoration: none; }
.user-menu__greeting { display: block; font-size: 12px; color: #777; }
.user-menu__dropdown { width: 220px; background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.2); padding: 6px 0; }
.user-menu__dropdown a { display: block; padding: 8px 16px; color: #333; text-decoration: none; }
main { padding: 24px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 14px; }
.kit-sign-in button { width: 100%; height: 40px; background: #f60; color: #fff; border: 0; }
.kit-error { color: #c00; margin-bottom: 12px; }
`;

const firstName = (v: Visit<CeneoTexts>) => v.session?.user.name.split(' ')[0] ?? '';

function header(v: Visit<CeneoTexts>): string {
  const user = v.session
    ? `<div class="user-menu"><a href="/konto" class="user-menu__toggle js_user-menu"><span class="user-menu__greeting">${escapeHtml(v.t.hello(firstName(v)))}</span>${escapeHtml(v.t.myAccount)}</a></div>`
    : `<a href="/konto/logowanie" class="user-menu__login">${escapeHtml(v.t.signInTitle)}</a>`;
  return `<header class="site-header"><a class="logo" href="/" aria-label="Ceneo">Ceneo</a>
<input type="search" name="search-query" placeholder="${escapeHtml(v.t.searchPlaceholder)}">${user}</header>`;
}

export function createCeneoSite() {
  return defineFixtureSite<CeneoTexts>({
    name: 'ceneo',
    hosts: { main: 'www.ceneo.pl', redirectToMain: ['ceneo.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: ceneoUsers,
    cookies: {
      session: '.ASPXAUTH',
      browserId: '__RequestVerificationToken',
      auth: [{ name: '.ASPXAUTH', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 }],
      anonymous: [
        { name: '__RequestVerificationToken', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: 'ASP.NET_SessionId', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/konto/logowanie',
      identifier: { name: 'Email', id: 'Email', attrs: 'autocomplete="username" class="form-control"' },
      password: { name: 'Password', id: 'Password', attrs: 'autocomplete="current-password" class="form-control"' },
      submit: { attrs: 'class="button button--primary js_login-button"' },
      csrfField: '__RequestVerificationToken',
      afterSignIn: '/',
      returnParam: 'ReturnUrl',
    },
    home: { paths: ['/'] },
    account: { path: '/konto' },
    accountMenu: {
      trigger: 'a.user-menu__toggle',
      open: 'hover',
      attrs: 'class="user-menu__dropdown" role="menu"',
      render: (v, signOut) => `<a role="menuitem" href="/konto/ulubione">${escapeHtml(v.t.favourites)}</a>
<a role="menuitem" href="/konto/opinie">${escapeHtml(v.t.reviews)}</a>
<a role="menuitem" href="/konto/ustawienia">${escapeHtml(v.t.settings)}</a>
${signOut ? `<a role="menuitem" href="/konto/wyloguj" class="js_logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', path: '/konto/wyloguj', redirectTo: '/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.popular)}</h1><ul><li>Smartfony</li><li>Laptopy</li><li>Pralki</li></ul>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
  });
}
