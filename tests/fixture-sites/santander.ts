import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Santander Bank Polska's online banking, Santander internet (www.centrum24.pl), as public scrapers drive it:
 * - sign-in at /centrum24-web/login in two steps: the customer number (field `nik`, #input_nik, button #okBtn2), then
 *   the password (field `pinFragment:pin`, #ordinarypin, button „Dalej”); the real flow goes on to an SMS or app code
 *   (SCA), which this model leaves out;
 * - signed in, the dashboard /centrum24-web/multi carries the page's own sign-out link in `div.logout`;
 * - a plain GET of /centrum24-web/logout signs out (a scraper's fallback sign-out); the page's link lands there too.
 * No public source names the bank's cookies: the names below are the model's own (the recipe names none and
 * declares them unknown), and one of them, an anonymous load-balancer cookie, stays after the sign-out, so only the
 * site's answer can tell a sign-out. A guest asking for the dashboard is sent to the sign-in (modelled). Polish only.
 */

type SantanderTexts = KitTexts & { accounts: string };

const pl: SantanderTexts = {
  ...baseTexts.pl,
  siteName: 'Santander internet',
  signInTitle: 'Logowanie do Santander internet',
  identifierLabel: 'Numer klienta (NIK) lub login',
  passwordLabel: 'Hasło',
  signInButton: 'Dalej',
  nextButton: 'Dalej',
  wrongPassword: 'Nieprawidłowy identyfikator lub hasło.',
  unknownAccount: 'Nieprawidłowy identyfikator lub hasło.',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj',
  accounts: 'Moje produkty',
};

export const santanderUsers: readonly KitUser[] = [{ email: '12345678', password: 'haslo123', name: 'Jan Kowalski' }];

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; background: #f5f5f5; }
.header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 3px solid #ec0000; }
.header .user { margin-left: auto; background: none; border: 0; cursor: pointer; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
.logout a { color: #ec0000; }
main { padding: 20px; }
.kit-sign-in { width: 360px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #ec0000; }
`;

function header(v: Visit<SantanderTexts>): string {
  if (!v.session) return `<div class="header"><b>Santander</b><a href="/centrum24-web/login" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  return `<div class="header"><b>Santander</b><span>${escapeHtml(v.t.accounts)}</span>
<button type="button" class="user" id="user-menu">${escapeHtml(v.session.user.name)}</button>
<div class="logout"><a href="/centrum24-web/logout">${escapeHtml(v.t.signOut)}</a></div></div>`;
}

export function createSantanderSite() {
  return defineFixtureSite<SantanderTexts>({
    name: 'santander',
    hosts: { main: 'www.centrum24.pl' },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: santanderUsers,
    cookies: {
      session: 'c24_model_session',
      auth: [{ name: 'c24_model_session', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      // Every visitor's, kept by the sign-out: the reason cookies alone cannot tell a sign-out here.
      anonymous: [{ name: 'c24_model_lb', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
    },
    signIn: {
      path: '/centrum24-web/login',
      identifier: { name: 'nik', id: 'input_nik', attrs: 'autocomplete="username"' },
      password: { name: 'pinFragment:pin', id: 'ordinarypin', attrs: 'autocomplete="current-password"' },
      next: { id: 'okBtn2', name: 'loginButton' },
      submit: { id: 'okBtn2', name: 'loginButton' },
      afterSignIn: '/centrum24-web/multi',
    },
    home: { paths: ['/centrum24-web/multi'], requiresSession: true },
    account: { path: '/centrum24-web/multi/settings' },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/centrum24-web/multi/settings">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'get-url', path: '/centrum24-web/logout', redirectTo: '/centrum24-web/login' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<main><h1>${escapeHtml(v.t.accounts)}</h1><p>Konto Santander 4 321,00 PLN</p></main>`,
      account: (v, session) => `<main><h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p></main>`,
    },
  });
}
