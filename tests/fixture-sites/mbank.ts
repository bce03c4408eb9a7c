import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * mBank's online banking (online.mbank.pl), as an open-source client (bgaluszka/mbank, 2026) drives it:
 * - the sign-in page is /pl/Login (its identifier field #userID, a userscript); the real flow goes on through an
 *   OAuth authorisation and a confirmation in the mobile app (SCA), which this model leaves out;
 * - mBank8 (Domain=.mbank.pl, Secure) is the browser's persistent device identifier, there before any sign-in;
 *   LoginContext is set on the way to the form; mBank_tabId comes with the callback that starts the session;
 * - signed in, /pl carries `<meta name="__AjaxRequestVerificationToken">`;
 * - a plain GET of /pl/Account/Logout signs out.
 * Cookie attributes other than mBank8's, where the sign-out leads and where the page's own button sits are not
 * known (modelled). Polish and English (the site offers both).
 */

type MbankTexts = KitTexts & { accounts: string; logoutButton: string };

const pl: MbankTexts = {
  ...baseTexts.pl,
  siteName: 'mBank',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Identyfikator',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy identyfikator lub hasło.',
  unknownAccount: 'Nieprawidłowy identyfikator lub hasło.',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj',
  accounts: 'Finanse',
  logoutButton: 'Wyloguj',
};

const en: MbankTexts = {
  ...baseTexts.en,
  siteName: 'mBank',
  signInTitle: 'Log in',
  identifierLabel: 'Identifier',
  passwordLabel: 'Password',
  signInButton: 'Log in',
  wrongPassword: 'Incorrect identifier or password.',
  unknownAccount: 'Incorrect identifier or password.',
  accountTitle: 'Settings',
  signOut: 'Log out',
  accounts: 'Finances',
  logoutButton: 'Log out',
};

export const mbankUsers: readonly KitUser[] = [{ email: '52222498', password: 'haslo123', name: 'Jan Kowalski' }];

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; background: #f2f2f2; }
.header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 2px solid #c8102e; }
.header .user { margin-left: auto; background: none; border: 0; cursor: pointer; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
main { padding: 20px; }
.kit-sign-in { width: 340px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #c8102e; }
`;

function header(v: Visit<MbankTexts>): string {
  if (!v.session) return `<div class="header"><b>mBank</b><a href="/pl/Login" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  return `<div class="header"><b>mBank</b><span>${escapeHtml(v.t.accounts)}</span>
<button type="button" class="user" id="user-menu">${escapeHtml(v.session.user.name)}</button></div>`;
}

export function createMbankSite() {
  return defineFixtureSite<MbankTexts>({
    name: 'mbank',
    hosts: { main: 'online.mbank.pl' },
    languages: { pl, en },
    defaultLanguage: 'pl',
    languageFrom: 'accept-language',
    users: mbankUsers,
    cookies: {
      session: 'mBank_tabId',
      browserId: 'LoginContext',
      auth: [{ name: 'mBank_tabId', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      anonymous: [
        { name: 'mBank8', value: 'random', domain: '.mbank.pl', path: '/', secure: true, days: 365 },
        { name: 'LoginContext', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/pl/Login',
      identifier: { name: 'userID', id: 'userID', attrs: 'autocomplete="username"' },
      password: { name: 'pass', id: 'pass', attrs: 'autocomplete="current-password"' },
      submit: { id: 'submitButton' },
      csrfField: '__RequestVerificationToken',
      afterSignIn: '/pl',
    },
    home: { paths: ['/pl'], requiresSession: true },
    account: { path: '/pl/Settings' },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/pl/Settings">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.logoutButton, 'role="menuitem" id="logout"') : ''),
    },
    signOut: { kind: 'get-url', path: '/pl/Account/Logout', redirectTo: '/pl/Login' },
    render: {
      style: STYLE,
      header,
      // The signed-in page carries the verification token its scripts send with every request.
      home: (v) =>
        `<meta name="__AjaxRequestVerificationToken" content="${escapeHtml(v.session?.csrf ?? '')}"><h1>${escapeHtml(v.t.accounts)}</h1><p>eKonto 12 345,67 PLN</p>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p>`,
    },
  });
}
