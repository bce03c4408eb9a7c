import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Booking.com, as public test suites, scrapers and saved requests describe it:
 * - the sign-in lives on account.booking.com/sign-in and asks for the e-mail first (#username, name="username"),
 *   then the password (#password); the real flow returns through secure.booking.com/login.html?op=oauth_return,
 *   a hop this model leaves out;
 * - every visitor gets bkng and bkng_sso_session=e30 (base64 of "{}"); guests' requests also carry
 *   bkng_sso_auth=e30, while a signed-in browser's bkng_sso_auth is a long token (a sign-in script counts it as
 *   signed in only from 50 characters). Its Domain is .booking.com (secure, admin and account share it);
 *   HttpOnly, Secure and lifetime are not known (modelled);
 * - signed in, the header has [data-testid="header-profile"]; signed out, [data-testid="header-sign-in-button"];
 *   the server-rendered HTML carries them (a price parser reads the sign-in button from it);
 * - secure.booking.com/mysettings.html and /mytrips.html are the signed-in account pages;
 * - a GET of secure.booking.com/logout.html signs out (a public list of sign-out addresses, LOW); what the
 *   profile menu's „Sign out” looks like is not known (modelled as a link in the menu). Where the sign-out leads
 *   is not known (modelled: the home page).
 * Polish and English (the site follows the browser's language).
 */

type BookingTexts = KitTexts & { myTrips: string; signUp: string };

const en: BookingTexts = {
  ...baseTexts.en,
  siteName: 'Booking.com',
  signInTitle: 'Sign in or create an account',
  identifierLabel: 'Email address',
  passwordLabel: 'Password',
  nextButton: 'Continue with email',
  signInButton: 'Sign in',
  wrongPassword: 'The email and password combination you entered doesn\'t match.',
  unknownAccount: 'The email and password combination you entered doesn\'t match.',
  accountTitle: 'Account settings',
  signOut: 'Sign out',
  myTrips: 'Bookings & Trips',
  signUp: 'Register',
};

const pl: BookingTexts = {
  ...baseTexts.pl,
  siteName: 'Booking.com',
  signInTitle: 'Zaloguj się lub utwórz konto',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  nextButton: 'Kontynuuj z e-mailem',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Podany adres e-mail i hasło nie pasują do siebie.',
  unknownAccount: 'Podany adres e-mail i hasło nie pasują do siebie.',
  accountTitle: 'Ustawienia konta',
  signOut: 'Wyloguj się',
  myTrips: 'Rezerwacje i podróże',
  signUp: 'Zarejestruj się',
};

export const bookingUsers: readonly KitUser[] = [{ email: 'anna.nowak@example.pl', password: 'haslo123', name: 'Anna Nowak' }];

const STYLE = `
body { margin: 0; font: 14px BlinkMacSystemFont, Arial, sans-serif; color: #1a1a1a; }
.bui-header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #003b95; color: #fff; }
.bui-header a, .bui-header button { color: #fff; background: none; border: 0; cursor: pointer; font: inherit; }
.bui-header .right { margin-left: auto; display: flex; gap: 12px; }
.profile-menu { background: #fff; box-shadow: 0 2px 8px rgba(26,26,26,.24); border-radius: 8px; padding: 8px 0; min-width: 220px; }
.profile-menu a { display: block; padding: 8px 16px; color: #1a1a1a; }
main { padding: 24px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #d4111e; }
`;

const SIGN_IN_URL = 'https://account.booking.com/sign-in';

function header(v: Visit<BookingTexts>): string {
  const right = v.session
    ? `<button type="button" data-testid="header-profile" aria-label="${escapeHtml(v.session.user.name)}">${escapeHtml(v.session.user.name)} · Genius</button>`
    : `<a data-testid="header-sign-up-button" href="${SIGN_IN_URL}">${escapeHtml(v.t.signUp)}</a>` +
      `<a data-testid="header-sign-in-button" href="${SIGN_IN_URL}">${escapeHtml(v.t.signInButton)}</a>`;
  return `<header class="bui-header"><a data-testid="header-booking-logo" href="https://www.booking.com/">Booking.com</a><div class="right">${right}</div></header>`;
}

export function createBookingSite() {
  return defineFixtureSite<BookingTexts>({
    name: 'booking',
    hosts: { main: 'www.booking.com', served: ['secure.booking.com', 'account.booking.com'], redirectToMain: ['booking.com'] },
    languages: { pl, en },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: bookingUsers,
    cookies: {
      session: 'bkng_sso_auth',
      browserId: 'bkng',
      auth: [{ name: 'bkng_sso_auth', value: 'session-token', domain: '.booking.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 }],
      anonymous: [
        // Every visitor's: the guest's bkng_sso_auth and bkng_sso_session are "e30" (an empty JSON object).
        { name: 'bkng_sso_auth', value: () => 'e30', domain: '.booking.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'bkng_sso_session', value: () => 'e30', domain: '.booking.com', path: '/', secure: true, sameSite: 'Lax', days: 30 },
        { name: 'bkng', value: 'random', domain: '.booking.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
      ],
    },
    signIn: {
      host: 'account.booking.com',
      path: '/sign-in',
      identifier: { name: 'username', id: 'username', attrs: 'type="email" autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      next: { attrs: 'type="submit"' },
      submit: { attrs: 'type="submit"' },
      csrfField: 'op_token',
      afterSignIn: 'https://www.booking.com/',
      returnParam: 'return_url',
    },
    home: { paths: ['/'] },
    account: { host: 'secure.booking.com', path: '/mysettings.html' },
    accountMenu: {
      trigger: '[data-testid="header-profile"]',
      open: 'click',
      attrs: 'class="profile-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="https://secure.booking.com/mysettings.html">${escapeHtml(v.t.accountTitle)}</a>` +
        `<a role="menuitem" href="https://secure.booking.com/mytrips.html">${escapeHtml(v.t.myTrips)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'get-url', host: 'secure.booking.com', path: '/logout.html', redirectTo: 'https://www.booking.com/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.siteName)}</h1><p>Hotels · Flights · Car rental</p>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
  });
}
