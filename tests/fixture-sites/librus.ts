import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Librus Synergia (synergia.librus.pl), Polish only, as public clients describe it:
 * - sign-in starts at api.librus.pl/OAuth/Authorization?client_id=46, whose first answer already gives the browser
 *   SDZIENNIKSID (before any password); the form posts `login` and `pass`; the Synergia web session is DZIENNIKSID
 *   (librus-apix calls the pair "the 2 authorization cookies"). Their Domain and lifetime are not known: modelled
 *   as .librus.pl session cookies, HttpOnly and Secure;
 * - every signed-in page has `#user-section` whose `<b>` holds "Name Surname (uczeń)";
 * - a page asked without a session answers „Brak dostępu” in `#page h2.inside` (librus-apix treats that as an
 *   expired token), not a redirect;
 * - a plain GET of /wyloguj ends the session and answers with a redirect (clients call it; a browser add-on rewrites
 *   its Location header). Where the top bar puts its „Wyloguj” link is not known: modelled as a link beside the name.
 */

type LibrusTexts = KitTexts & { noAccess: string; luckyNumber: string; student: string };

const pl: LibrusTexts = {
  ...baseTexts.pl,
  siteName: 'Synergia',
  signInTitle: 'Zaloguj się do Synergii',
  identifierLabel: 'Login',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj',
  wrongPassword: 'Nieprawidłowy login i/lub hasło.',
  unknownAccount: 'Nieprawidłowy login i/lub hasło.',
  accountTitle: 'Informacje o koncie',
  signOut: 'Wyloguj',
  noAccess: 'Brak dostępu',
  luckyNumber: 'Szczęśliwy numerek',
  student: 'uczeń',
};

export const librusUsers: readonly KitUser[] = [
  { email: '1234567u', password: 'haslo123', name: 'Jan Kowalski', handle: '1234567u' },
  { email: '7654321u', password: 'haslo123', name: 'Anna Nowak', handle: '7654321u' },
];

const STYLE = `
body { margin: 0; font: 13px Verdana, Arial, sans-serif; background: #f0f0f0; }
#top-banner { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #4a4a4a; color: #fff; }
#user-section { margin-left: auto; }
#user-section a, #user-section button { color: #fff; background: none; border: 0; cursor: pointer; font: inherit; }
.user-menu { background: #fff; padding: 6px 0; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.user-menu a { display: block; padding: 4px 12px; color: #333; }
#page { padding: 16px; }
.kit-sign-in { width: 340px; margin: 40px auto; background: #fff; padding: 20px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #c00; }
`;

function header(v: Visit<LibrusTexts>): string {
  if (!v.session) return `<div id="top-banner"><b>Librus Synergia</b><a href="https://api.librus.pl/OAuth/Authorization?client_id=46" style="color:#fff;margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  const { name } = v.session.user;
  return `<div id="top-banner"><b>Librus Synergia</b><div id="user-section"><span class="tooltip" title="ostatnie udane logowania">i</span>
<b><button type="button" id="user-menu-button">${escapeHtml(name)} (${escapeHtml(v.t.student)})</button></b>
<span class="luckyNumber">${escapeHtml(v.t.luckyNumber)}: <b>7</b></span></div></div>`;
}

/** The page a request without a session gets: „Brak dostępu”, answered 200 (not a redirect). */
function noAccess(v: Visit<LibrusTexts>): void {
  v.sendPage(200, { title: 'Synergia', header: false, body: `<div id="page"><h2 class="inside">${escapeHtml(v.t.noAccess)}</h2></div>` });
}

export function createLibrusSite() {
  return defineFixtureSite<LibrusTexts>({
    name: 'librus',
    hosts: { main: 'synergia.librus.pl', served: ['api.librus.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: librusUsers,
    cookies: {
      session: 'DZIENNIKSID',
      browserId: 'SDZIENNIKSID',
      auth: [{ name: 'DZIENNIKSID', value: 'session-token', domain: '.librus.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      // Given when the sign-in starts, before any password: a guest holds it too.
      anonymous: [{ name: 'SDZIENNIKSID', value: 'random', domain: '.librus.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
    },
    signIn: {
      host: 'api.librus.pl',
      path: '/OAuth/Authorization',
      identifier: { name: 'login', id: 'Login', attrs: 'autocomplete="username"' },
      password: { name: 'pass', id: 'Pass', attrs: 'autocomplete="current-password"' },
      submit: { id: 'LoginButton' },
      csrfField: 'csrf',
      afterSignIn: 'https://synergia.librus.pl/uczen/index',
    },
    home: { paths: ['/uczen/index'], requiresSession: true },
    account: { path: '/informacja' },
    accountMenu: {
      trigger: '#user-menu-button',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/informacja">${escapeHtml(v.t.accountTitle)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="wyloguj"') : ''),
    },
    signOut: { kind: 'get-url', path: '/wyloguj', redirectTo: '/uczen/index' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<div id="page"><h2 class="inside">Strona główna</h2><p>${escapeHtml(v.session?.user.name ?? '')}</p></div>`,
      account: (v, session) =>
        `<div id="page"><h2 class="inside">${escapeHtml(v.t.accountTitle)}</h2><table class="decorated"><tbody>
<tr><th>Imię i nazwisko</th><td>${escapeHtml(session.user.name)}</td></tr><tr><th>Login</th><td>${escapeHtml(session.user.handle ?? '')}</td></tr>
</tbody></table></div>`,
    },
    routes: [
      // Without a session Synergia's pages answer „Brak dostępu” rather than send the browser to the sign-in.
      { path: /^\/(uczen\/index|informacja)$/, method: 'GET', handle: (v) => (v.session ? false : (noAccess(v), true)) },
    ],
  });
}
