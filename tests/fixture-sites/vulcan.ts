import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * eduVULCAN (eduvulcan.pl), the sign-in portal of VULCAN's school register, as open-source clients drive it:
 * - GET /logowanie gives every visitor a `__RequestVerificationToken` cookie and the same-named hidden field; the form
 *   posts `Alias` (after the portal asked /Account/QueryUserInfo whether a captcha is needed: modelled as a first
 *   step), `Password` and the token; a captcha (proof of work) is left out;
 * - signed in, /api/ap is a page whose `<input id="ap">` holds JSON with the account (Alias, GivenName, Surname);
 *   a guest asking for it is sent to /logowanie?ReturnUrl=%2fapi%2fap;
 * - the start page lists the pupils' profiles (`.connected-account-name`, „Przejdź do Dziennika”).
 * No source names the portal's session cookie: `eduv_model_session` is the model's own (the recipe names none), and
 * the token cookie stays after a sign-out. Where the portal's „Wyloguj” sits and what it requests is not known:
 * modelled as a link in the account menu. The register itself (uczen.eduvulcan.pl) is not modelled. Polish only.
 */

type VulcanTexts = KitTexts & { goToRegister: string };

const pl: VulcanTexts = {
  ...baseTexts.pl,
  siteName: 'eduVULCAN',
  signInTitle: 'Logowanie',
  identifierLabel: 'Login (adres e-mail)',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  nextButton: 'Dalej',
  wrongPassword: 'Zła nazwa użytkownika lub hasło.',
  unknownAccount: 'Zła nazwa użytkownika lub hasło.',
  accountTitle: 'Moje konto',
  signOut: 'Wyloguj',
  goToRegister: 'Przejdź do Dziennika',
};

export const vulcanUsers: readonly KitUser[] = [{ email: 'jan.kowalski@example.pl', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan.kowalski' }];

const STYLE = `
body { margin: 0; font: 15px Arial, sans-serif; background: #f4f6f9; }
.app__header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 2px solid #0b5aa2; }
.app__header .user { margin-left: auto; background: none; border: 0; cursor: pointer; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
main { padding: 20px; }
.kit-sign-in { width: 360px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #b00020; }
`;

function header(v: Visit<VulcanTexts>): string {
  if (!v.session) return `<div class="app__header"><b>eduVULCAN</b><a href="/logowanie" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  return `<div class="app__header"><b>eduVULCAN</b><button type="button" class="user" id="user-menu">${escapeHtml(v.session.user.name)}</button></div>`;
}

/** The JSON /api/ap carries in `#ap`, attribute-escaped. */
function apValue(user: KitUser): string {
  const [given, ...rest] = user.name.split(' ');
  return escapeHtml(JSON.stringify({ Success: true, Tokens: [], Alias: user.handle, Email: user.email, GivenName: given, Surname: rest.join(' ') }));
}

export function createVulcanSite() {
  return defineFixtureSite<VulcanTexts>({
    name: 'vulcan',
    hosts: { main: 'eduvulcan.pl' },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: vulcanUsers,
    cookies: {
      session: 'eduv_model_session',
      browserId: '__RequestVerificationToken',
      auth: [{ name: 'eduv_model_session', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      // Every visitor's anti-forgery cookie (kept by the sign-out): no cookie alone tells a session here.
      anonymous: [{ name: '__RequestVerificationToken', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
    },
    signIn: {
      path: '/logowanie',
      identifier: { name: 'Alias', id: 'Alias', attrs: 'autocomplete="username"' },
      password: { name: 'Password', id: 'Password', attrs: 'autocomplete="current-password"' },
      next: { id: 'btNext' },
      submit: { id: 'btLogOn' },
      csrfField: '__RequestVerificationToken',
      afterSignIn: '/',
      returnParam: 'ReturnUrl',
    },
    home: { paths: ['/'] },
    account: { path: '/konto' },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/konto">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'get-url', path: '/wyloguj', redirectTo: '/logowanie' },
    render: {
      style: STYLE,
      header,
      home: (v) =>
        v.session
          ? `<main><div class="access-row"><span class="connected-account-name">Anna Kowalska (SP nr 1)</span>
<a class="panel-access__profile" title="${escapeHtml(v.t.goToRegister)}" href="/dziennik?profil=1">${escapeHtml(v.t.goToRegister)}</a></div></main>`
          : `<main><h1>eduVULCAN</h1><p>Dziennik elektroniczny</p></main>`,
      account: (v, session) => `<main><h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.email)}</p></main>`,
    },
    routes: [
      {
        path: '/api/ap',
        method: 'GET',
        handle: (v) => {
          if (!v.session) return redirect(v.res, '/logowanie?ReturnUrl=%2fapi%2fap', 302, v);
          v.sendPage(200, { title: 'eduVULCAN', header: false, body: `<input type="hidden" id="ap" value="${apValue(v.session.user)}">` });
          return true;
        },
      },
    ],
  });
}
