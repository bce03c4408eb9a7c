import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * PUE ZUS / eZUS (www.zus.pl/portal), as public guides, scripts and a browser extension describe it, with the gaps
 * said:
 * - the sign-in page is /portal/logowanie.npi; with „Profil Zaufany” it goes through login.gov.pl to Profil
 *   Zaufany's form (loginForm:login, loginForm:hasło, loginForm:loginButton) and back; this model folds that trip
 *   into one form on ZUS's host, with the same fields (the real trip adds an SMS code);
 * - signed in, ePłatnik is /portal/eplMain.npi (an extension opens it for a signed-in person) and the areas are
 *   /portal/obszar-….npi; the menu's entries carry the class zusnpiMenuPaneIconNode („Rezerwacja wizyty w ZUS”);
 * - no source names the session cookies (modelled: one host-only, HttpOnly, Secure cookie of a made-up name), nor
 *   the page's „Wyloguj” (modelled: a link in the account menu), nor where a guest asking for ePłatnik is sent
 *   (modelled: the sign-in page).
 * Signing out of PUE ends PUE's session only: other services signed in through login.gov.pl keep their own.
 * Polish only.
 */

type ZusTexts = KitTexts & { epl: string; documents: string; booking: string; myAccount: string };

const pl: ZusTexts = {
  ...baseTexts.pl,
  siteName: 'PUE ZUS',
  signInTitle: 'Zaloguj się do PUE/eZUS',
  identifierLabel: 'Nazwa użytkownika lub adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy login lub hasło.',
  unknownAccount: 'Nieprawidłowy login lub hasło.',
  accountTitle: 'ePłatnik',
  signOut: 'Wyloguj',
  epl: 'ePłatnik',
  documents: 'Dokumenty i wiadomości',
  booking: 'Rezerwacja wizyty w ZUS',
  myAccount: 'Moje konto',
};

export const pueZusUsers: readonly KitUser[] = [{ email: 'anna.nowak@example.pl', password: 'haslo123', name: 'Anna Nowak', handle: 'anowak' }];

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; background: #fff; color: #222; }
.zus-header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #00993f; color: #fff; }
.zus-header button, .zus-header a { color: #fff; background: none; border: 0; cursor: pointer; font: inherit; }
.zus-header .user { margin-left: auto; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; min-width: 200px; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
.zusnpiMenuPane { float: left; width: 220px; padding: 12px; }
main { padding: 20px; }
.kit-sign-in { width: 360px; margin: 40px auto; padding: 24px; border: 1px solid #ccc; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #c00; }
`;

function header(v: Visit<ZusTexts>): string {
  if (!v.session) return `<div class="zus-header"><b>ZUS</b><a href="/portal/logowanie.npi" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  return `<div class="zus-header"><b>PUE ZUS</b><a href="/portal/eplMain.npi">${escapeHtml(v.t.epl)}</a>
<button type="button" class="user" id="user-menu" aria-haspopup="menu">${escapeHtml(v.t.myAccount)}: ${escapeHtml(v.session.user.name)}</button></div>`;
}

export function createPueZusSite() {
  return defineFixtureSite<ZusTexts>({
    name: 'pue-zus',
    hosts: { main: 'www.zus.pl', redirectToMain: ['zus.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: pueZusUsers,
    cookies: {
      session: 'pue_session',
      browserId: 'pue_visitor',
      auth: [{ name: 'pue_session', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      anonymous: [{ name: 'pue_visitor', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
    },
    signIn: {
      path: '/portal/logowanie.npi',
      // JSF ids hold a colon, which a CSS id selector cannot take: the fields are found by name.
      identifier: { name: 'loginForm:login', attrs: 'id="loginForm:login" autocomplete="username"' },
      password: { name: 'loginForm:hasło', attrs: 'id="loginForm:hasło" autocomplete="current-password"' },
      submit: { as: 'input', attrs: 'id="loginForm:loginButton"' },
      csrfField: 'javax.faces.ViewState',
      afterSignIn: '/portal/eplMain.npi',
    },
    home: { paths: ['/', '/portal/'] },
    account: { path: '/portal/eplMain.npi' },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/portal/eplMain.npi">${escapeHtml(v.t.epl)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'menu-then-link', method: 'get', path: '/portal/wyloguj.npi', redirectTo: '/portal/logowanie.npi' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>Zakład Ubezpieczeń Społecznych</h1><p><a href="/portal/logowanie.npi">${escapeHtml(v.t.signInButton)} do PUE/eZUS</a></p>`,
      account: (v, session) =>
        `<nav class="zusnpiMenuPane"><div class="zusnpiMenuPaneIconNode hotelMenuIcon"><span>${escapeHtml(v.t.booking)}</span></div>` +
        `<div class="zusnpiMenuPaneIconNode"><span>${escapeHtml(v.t.documents)}</span></div></nav>` +
        `<h1>${escapeHtml(v.t.epl)}</h1><p>${escapeHtml(session.user.name)}</p>`,
    },
  });
}
