import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * ePUAP (epuap.gov.pl), as public sources describe it, with the gaps said:
 * - it runs on IBM WebSphere Portal: the public area is /wps/portal/…, the signed-in area /wps/myportal/… (the
 *   inbox at /wps/myportal/aplikacje/skrzynka, which a userscript runs on); the platform's documented defaults are
 *   a portal session (JSESSIONID, every visitor's) and, once signed in, the LTPA single sign-on cookie LtpaToken2;
 *   WebSphere sends a guest asking for the protected area to the sign-in, and after a sign-out back to the public
 *   area. That ePUAP keeps these defaults is not shown by any source (modelled: host-only, HttpOnly, Secure);
 * - the sign-in goes through login.gov.pl (Węzeł Krajowy) to Profil Zaufany's form (loginForm:login,
 *   loginForm:hasło, loginForm:loginButton) and back; this model folds that trip into one form on ePUAP's host,
 *   with the same fields;
 * - where the page's „Wyloguj” sits and what it sends are not known: modelled as a link in the account menu.
 *   Signing out of ePUAP ends ePUAP's session only: other services signed in through login.gov.pl keep their own.
 * Polish only (the English pages live under their own address).
 */

type EpuapTexts = KitTexts & { inbox: string; myAccount: string; catalogue: string };

const pl: EpuapTexts = {
  ...baseTexts.pl,
  siteName: 'ePUAP',
  signInTitle: 'Zaloguj się za pomocą profilu zaufanego',
  identifierLabel: 'Nazwa użytkownika lub adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowa nazwa użytkownika lub hasło.',
  unknownAccount: 'Nieprawidłowa nazwa użytkownika lub hasło.',
  accountTitle: 'Moje konto',
  signOut: 'Wyloguj',
  inbox: 'Skrzynka odbiorcza',
  myAccount: 'Moje konto',
  catalogue: 'Katalog spraw',
};

export const epuapUsers: readonly KitUser[] = [{ email: 'jan.kowalski@example.pl', password: 'haslo123', name: 'Jan Kowalski', handle: 'jkowalski' }];

const STYLE = `
body { margin: 0; font: 14px Arial, sans-serif; background: #f5f5f5; color: #222; }
.ep-header { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 3px solid #d4213d; }
.ep-header .user { margin-left: auto; background: none; border: 1px solid #999; cursor: pointer; font: inherit; padding: 4px 8px; }
.user-menu { background: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 0; min-width: 200px; }
.user-menu a { display: block; padding: 6px 14px; color: #222; }
main { padding: 20px; }
.kit-sign-in { width: 360px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 12px; }
.kit-error { color: #d4213d; }
`;

function header(v: Visit<EpuapTexts>): string {
  const catalogue = `<a href="/wps/portal/strefa-klienta/katalog-spraw">${escapeHtml(v.t.catalogue)}</a>`;
  if (!v.session) return `<div class="ep-header"><b>ePUAP</b>${catalogue}<a href="/wps/myportal/" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></div>`;
  return `<div class="ep-header"><b>ePUAP</b>${catalogue}
<button type="button" class="user" id="user-menu" aria-haspopup="menu">${escapeHtml(v.t.myAccount)}: ${escapeHtml(v.session.user.name)}</button></div>`;
}

export function createEpuapSite() {
  return defineFixtureSite<EpuapTexts>({
    name: 'epuap',
    hosts: { main: 'epuap.gov.pl' },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: epuapUsers,
    cookies: {
      session: 'LtpaToken2',
      browserId: 'JSESSIONID',
      auth: [{ name: 'LtpaToken2', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
      anonymous: [{ name: 'JSESSIONID', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }],
    },
    signIn: {
      path: '/wps/portal/logowanie',
      // JSF ids hold a colon, which a CSS id selector cannot take: the fields are found by name.
      identifier: { name: 'loginForm:login', attrs: 'id="loginForm:login" autocomplete="username"' },
      password: { name: 'loginForm:hasło', attrs: 'id="loginForm:hasło" autocomplete="current-password"' },
      submit: { as: 'input', attrs: 'id="loginForm:loginButton"' },
      csrfField: 'javax.faces.ViewState',
      afterSignIn: '/wps/myportal/aplikacje/skrzynka',
    },
    home: { paths: ['/', '/wps/portal/'] },
    account: { path: '/wps/myportal/' },
    accountMenu: {
      trigger: '#user-menu',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) =>
        `<a role="menuitem" href="/wps/myportal/aplikacje/skrzynka">${escapeHtml(v.t.inbox)}</a>` +
        (signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''),
    },
    signOut: { kind: 'menu-then-link', method: 'get', path: '/wps/myportal/wyloguj', redirectTo: '/wps/portal/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>Elektroniczna Platforma Usług Administracji Publicznej</h1><p>${escapeHtml(v.t.catalogue)}</p>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.myAccount)}</h1><p>${escapeHtml(session.user.name)}</p>`,
    },
    routes: [
      {
        // The inbox: part of the signed-in area, like every /wps/myportal page.
        path: '/wps/myportal/aplikacje/skrzynka',
        method: 'GET',
        handle: (v) => {
          if (v.session) v.sendPage(200, { title: 'ePUAP', body: `<h1>${escapeHtml(v.t.inbox)}</h1><p>Brak nowych pism.</p>` });
          else {
            v.res.writeHead(302, { Location: '/wps/portal/logowanie', ...(v.setCookies.length ? { 'Set-Cookie': v.setCookies } : {}) });
            v.res.end();
          }
          return true;
        },
      },
    ],
  });
}
