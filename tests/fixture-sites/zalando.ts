import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Zalando (www.zalando.pl), as public test suites and clients describe it:
 * - the first visit gives every visitor Zalando-Client-Id and frsx (the XSRF token);
 * - the sign-in asks for the e-mail first (#lookup-email), then the password (#login-password); the real form lives
 *   on accounts.zalando.com and comes back through /sso/callback, a hop this model leaves out;
 * - signed in, the web session is zsso and zsso-p (their Domain, lifetime and flags are not known: modelled as
 *   .zalando.pl, HttpOnly, Secure);
 * - hovering #header-user-account-icon shows „Nie <imię>? Wyloguj się”; signed out it offers „Zaloguj się”;
 * - a plain GET of /logout/ signs out; where it leads is not known (modelled: the home page);
 * - /myaccount/ is the account page (a guest is sent to the sign-in: inferred).
 * Polish and English (the shop follows its country; the English texts stand for zalando.co.uk's).
 */

type ZalandoTexts = KitTexts & { notYou: string; yourAccount: string; orders: string };

const pl: ZalandoTexts = {
  ...baseTexts.pl,
  siteName: 'Zalando',
  signInTitle: 'Witaj w Zalando',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  nextButton: 'Dalej',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Coś poszło nie tak. Spróbuj wpisać swoje dane ponownie',
  unknownAccount: 'Coś poszło nie tak. Spróbuj wpisać swoje dane ponownie',
  accountTitle: 'Twoje konto',
  signOut: 'Wyloguj się',
  notYou: 'Nie {name}?',
  yourAccount: 'Twoje konto',
  orders: 'Zamówienia',
};

const en: ZalandoTexts = {
  ...baseTexts.en,
  siteName: 'Zalando',
  signInTitle: 'Welcome to Zalando',
  identifierLabel: 'Email address',
  passwordLabel: 'Password',
  nextButton: 'Continue',
  signInButton: 'Log in',
  wrongPassword: 'Something went wrong. Please try entering your details again',
  unknownAccount: 'Something went wrong. Please try entering your details again',
  accountTitle: 'Your account',
  signOut: 'Log out',
  notYou: 'Not {name}?',
  yourAccount: 'Your account',
  orders: 'Orders',
};

export const zalandoUsers: readonly KitUser[] = [{ email: 'anna.nowak@example.pl', password: 'haslo123', name: 'Anna Nowak' }];

const STYLE = `
body { margin: 0; font: 14px Helvetica, Arial, sans-serif; background: #fff; color: #1a1a1a; }
.z-header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; border-bottom: 1px solid #d0d1d3; }
.z-header #header-user-account-icon { margin-left: auto; color: inherit; }
.z-account { background: #fff; border: 1px solid #d0d1d3; padding: 12px 16px; min-width: 220px; }
.z-account a { display: block; padding: 4px 0; color: #1a1a1a; }
main { padding: 24px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #d0021b; }
`;

const firstName = (name: string) => name.split(' ')[0] ?? name;

function header(v: Visit<ZalandoTexts>): string {
  const label = v.session ? v.t.yourAccount : v.t.signInButton;
  const href = v.session ? '/myaccount/' : '/login';
  return `<div class="z-header"><b>Zalando</b><a id="header-user-account-icon" href="${href}" aria-label="${escapeHtml(label)}">${escapeHtml(label)}</a></div>`;
}

export function createZalandoSite() {
  return defineFixtureSite<ZalandoTexts>({
    name: 'zalando',
    hosts: { main: 'www.zalando.pl', redirectToMain: ['zalando.pl'] },
    languages: { pl, en },
    defaultLanguage: 'pl',
    languageFrom: 'accept-language',
    users: zalandoUsers,
    cookies: {
      session: 'zsso',
      browserId: 'Zalando-Client-Id',
      auth: [
        { name: 'zsso', value: 'session-token', domain: '.zalando.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'zsso-p', value: 'random', domain: '.zalando.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
      ],
      anonymous: [
        { name: 'Zalando-Client-Id', value: 'random', domain: '.zalando.pl', path: '/', secure: true, days: 365 },
        { name: 'frsx', value: 'random', domain: '.zalando.pl', path: '/', secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'email', id: 'lookup-email', attrs: 'autocomplete="username" type="email"' },
      password: { name: 'password', id: 'login-password', attrs: 'autocomplete="current-password"' },
      next: { attrs: 'data-testid="lookup-next"' },
      submit: { attrs: 'data-testid="login-button"' },
      csrfField: 'csrf-token',
      afterSignIn: '/',
      returnParam: 'target',
    },
    home: { paths: ['/'] },
    account: { path: '/myaccount/' },
    accountMenu: {
      trigger: '#header-user-account-icon',
      open: 'hover',
      attrs: 'class="z-account" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/myaccount/">${escapeHtml(v.t.yourAccount)}</a><a role="menuitem" href="/myaccount/orders/">${escapeHtml(v.t.orders)}</a>` +
        (signOut
          ? signOutControl(signOut, `${v.t.notYou.replace('{name}', firstName(v.session?.user.name ?? ''))} ${v.t.signOut}`, 'role="menuitem"')
          : ''),
    },
    signOut: { kind: 'get-url', path: '/logout/', redirectTo: '/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.siteName)}</h1><p>Sneakersy · Sukienki · Kurtki</p>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
  });
}
