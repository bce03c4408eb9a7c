import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Onet Poczta: the mailbox on poczta.onet.pl, sign-in and the account on konto.onet.pl (cookies on .onet.pl), and
 * the group's single sign-on on authorisation.grupaonet.pl. The mail header's account button opens a menu built by
 * script whose „Wyloguj” is a GET of konto.onet.pl/logout?client_id=…, which ends the login. The SSO's own
 * address, authorisation.grupaonet.pl/logout.html?state=logout&client_id=poczta.onet.pl.front.onetapi.pl, signs
 * out too: it ends its side and sends the browser to the client's logout (front-channel). Without a known client_id
 * and state=logout it refuses and signs nobody out. The SSO hop, konto.onet.pl/logout and the cookie names
 * (onet_token, onet_sid; onet_ubi for every visitor) are modelled (LOW). Polish only.
 */

interface OnetTexts extends KitTexts {
  inbox: string;
  compose: string;
  myAccount: string;
  settings: string;
  accountMenu: string;
  invalidRequest: string;
}

const pl: OnetTexts = {
  ...baseTexts.pl,
  siteName: 'Onet Poczta',
  signInTitle: 'Zaloguj się do Poczty',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Niepoprawny e-mail lub hasło.',
  unknownAccount: 'Niepoprawny e-mail lub hasło.',
  accountTitle: 'Konto Onet',
  signOut: 'Wyloguj',
  notFound: 'Strona nie istnieje.',
  inbox: 'Odebrane',
  compose: 'Napisz wiadomość',
  myAccount: 'Moje konto',
  settings: 'Ustawienia',
  accountMenu: 'Twoje konto',
  invalidRequest: 'Nieprawidłowe żądanie wylogowania.',
};

export const onetUsers: readonly KitUser[] = [
  { email: 'jan.kowalski@onet.pl', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna.nowak@onet.pl', password: 'haslo123', name: 'Anna Nowak' },
];

const MAIL = 'poczta.onet.pl';
const ACCOUNT = 'konto.onet.pl';
const SSO = 'authorisation.grupaonet.pl';
export const ONET_MAIL_CLIENT = 'poczta.onet.pl.front.onetapi.pl';

const STYLE = `
body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #222; }
.header { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; background: #fff; border-bottom: 1px solid #ddd; }
.header .logo { font: bold 22px Arial; color: #007bc3; text-decoration: none; margin-right: auto; }
.account-button { background: none; border: 1px solid #ccc; border-radius: 18px; padding: 6px 12px; cursor: pointer; }
.account-dropdown { width: 260px; background: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 0; }
.account-dropdown a { display: block; padding: 8px 16px; color: #222; text-decoration: none; }
main { padding: 16px; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 44px; margin: 4px 0 16px; }
.kit-sign-in button { width: 100%; height: 44px; background: #007bc3; color: #fff; border: 0; }
.kit-error { color: #c00; margin-bottom: 12px; }
`;

function header(v: Visit<OnetTexts>): string {
  const logo = `<a class="logo" href="https://${MAIL}/" aria-label="Onet Poczta">Onet Poczta</a>`;
  if (!v.session) return `<header class="header">${logo}<a href="https://${ACCOUNT}/signin">${escapeHtml(v.t.signInTitle)}</a></header>`;
  return `<header class="header">${logo}<button type="button" class="account-button" data-test-id="account-button" aria-label="${escapeHtml(v.t.accountMenu)}">
<span class="account-email">${escapeHtml(v.session.user.email)}</span></button></header>`;
}

export function createOnetSite() {
  return defineFixtureSite<OnetTexts>({
    name: 'onet',
    hosts: { main: MAIL, served: [ACCOUNT, SSO] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: onetUsers,
    cookies: {
      session: 'onet_token',
      browserId: 'onet_ubi',
      auth: [
        { name: 'onet_token', value: 'session-token', domain: '.onet.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        { name: 'onet_sid', value: 'random', domain: '.onet.pl', path: '/', secure: true, sameSite: 'Lax' },
      ],
      anonymous: [{ name: 'onet_ubi', value: 'random', domain: '.onet.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      host: ACCOUNT,
      path: '/signin',
      identifier: { name: 'email', id: 'email', attrs: 'autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="button button--primary"' },
      csrfField: 'state',
      afterSignIn: `https://${MAIL}/`,
      returnParam: 'redirect_uri',
    },
    home: { paths: ['/'], requiresSession: true },
    account: { host: ACCOUNT, path: '/' },
    accountMenu: {
      trigger: 'button[data-test-id="account-button"]',
      open: 'click',
      attrs: 'class="account-dropdown" role="menu"',
      render: (v, signOut) => `<a role="menuitem" href="https://${ACCOUNT}/">${escapeHtml(v.t.myAccount)}</a>
<a role="menuitem" href="/ustawienia">${escapeHtml(v.t.settings)}</a>
${signOut ? `<a role="menuitem" href="https://${ACCOUNT}/logout?client_id=${ONET_MAIL_CLIENT}" data-test-id="logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', host: ACCOUNT, path: '/logout', redirectTo: `https://${MAIL}/` },
    render: {
      style: STYLE,
      header,
      home: (v) => `<nav aria-label="Foldery"><a href="/#/inbox">${escapeHtml(v.t.inbox)}</a></nav>
<button type="button">${escapeHtml(v.t.compose)}</button><table role="grid"><tr><td>Onet</td><td>Witaj w Poczcie</td></tr></table>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // The SSO's logout: ends its side, then the client's (front-channel). Anything else is refused.
        host: SSO,
        path: '/logout.html',
        method: 'GET',
        handle: (v) => {
          const client = v.url.searchParams.get('client_id');
          if (v.url.searchParams.get('state') === 'logout' && client === ONET_MAIL_CLIENT) {
            redirect(v.res, `https://${ACCOUNT}/logout?client_id=${encodeURIComponent(client)}`, 302, v);
            return;
          }
          v.sendPage(400, { title: v.t.invalidRequest, header: false, body: `<h1>400</h1><p role="alert">${escapeHtml(v.t.invalidRequest)}</p>` });
        },
      },
    ],
  });
}
