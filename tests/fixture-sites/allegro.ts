import { baseTexts, defineFixtureSite, escapeHtml, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * allegro.pl: until the visitor answers the cookie-consent dialog (#opbox-gdpr-consents-modal, „Ok, zgadzam się”)
 * the page behind it is inert and hidden from assistive technology, so the header's „Moje Allegro” button cannot
 * be reached. That button opens a menu built by script whose „Wyloguj” is a plain GET of
 * /wyloguj?origin_url=%2F. Sign-in is two steps (#login → submit, #password → submit) at /logowanie.
 * QXLSESSID is the signed-in session; _cmuid (device id), wdctx, datadome and gdpr_permission_given belong to
 * every visitor. The site is Polish only.
 */

interface AllegroTexts extends KitTexts {
  myAllegro: string;
  purchases: string;
  settings: string;
  consentTitle: string;
  consentText: string;
  consentAccept: string;
  consentSettings: string;
  searchPlaceholder: string;
  recommended: string;
}

const pl: AllegroTexts = {
  ...baseTexts.pl,
  siteName: 'Allegro',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'login lub e-mail',
  passwordLabel: 'hasło',
  nextButton: 'dalej',
  signInButton: 'zaloguj się',
  wrongPassword: 'Login, e-mail lub hasło są nieprawidłowe.',
  unknownAccount: 'Login, e-mail lub hasło są nieprawidłowe.',
  accountTitle: 'Moje Allegro',
  signOut: 'Wyloguj',
  notFound: 'Nie znaleźliśmy strony, której szukasz.',
  myAllegro: 'Moje Allegro',
  purchases: 'Zakupy',
  settings: 'Ustawienia konta',
  consentTitle: 'Dbamy o Twoją prywatność',
  consentText: 'Allegro i nasi partnerzy używamy plików cookie i podobnych technologii, aby dopasować treści do Ciebie.',
  consentAccept: 'Ok, zgadzam się',
  consentSettings: 'Ustawienia zaawansowane',
  searchPlaceholder: 'czego szukasz?',
  recommended: 'Polecane dla Ciebie',
};

export const allegroUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan_kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna-nowak' },
];

export const ALLEGRO_CONSENT_COOKIE = 'gdpr_permission_given';

const STYLE = `
body { margin: 0; font: 14px "Open Sans", Arial, sans-serif; color: #222; background: #f6f6f6; }
.allegro-header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #fff; }
.allegro-header .logo { font: bold 26px Arial; color: #ff5a00; text-decoration: none; }
.allegro-header input { flex: 1; height: 40px; padding: 0 12px; }
[data-role="header-user-menu"] { background: none; border: 0; font: inherit; cursor: pointer; text-align: left; }
[data-role="header-username"] { display: block; font-size: 12px; color: #767676; }
.user-menu { width: 240px; background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.2); padding: 8px 0; }
.user-menu a { display: block; padding: 8px 16px; color: #222; text-decoration: none; }
#opbox-gdpr-consents-modal { position: fixed; inset: 0; background: rgba(0,0,0,.5); display: flex; align-items: center; justify-content: center; z-index: 2000; }
#opbox-gdpr-consents-modal > div { width: 520px; background: #fff; padding: 24px; }
#opbox-gdpr-consents-modal button { margin-right: 12px; padding: 10px 20px; }
[data-role="accept-consent"] { background: #ff5a00; color: #fff; border: 0; }
main { padding: 24px; }
.kit-sign-in { width: 380px; margin: 40px auto; background: #fff; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 16px; }
.kit-sign-in button { width: 100%; height: 40px; background: #ff5a00; color: #fff; border: 0; text-transform: uppercase; }
.kit-error { color: #d6001c; margin-bottom: 12px; }
`;

/** Accepting sets the consent cookie for the whole site and gives the page back to the visitor. */
const CONSENT_SCRIPT = `(function () {
  var modal = document.getElementById('opbox-gdpr-consents-modal');
  if (!modal) return;
  modal.querySelector('[data-role="accept-consent"]').addEventListener('click', function () {
    document.cookie = '${ALLEGRO_CONSENT_COOKIE}=1; domain=.allegro.pl; path=/; max-age=31536000; secure; samesite=lax';
    modal.remove();
    document.querySelectorAll('[data-consent-blocked]').forEach(function (el) {
      el.removeAttribute('aria-hidden');
      el.removeAttribute('inert');
      el.removeAttribute('data-consent-blocked');
    });
  });
})();`;

function consentModal(v: Visit<AllegroTexts>): string {
  return `<div id="opbox-gdpr-consents-modal" role="dialog" aria-modal="true" aria-labelledby="gdpr-title"><div>
<h2 id="gdpr-title">${escapeHtml(v.t.consentTitle)}</h2><p>${escapeHtml(v.t.consentText)}</p>
<button type="button" data-role="accept-consent" data-testid="accept_home_view_action">${escapeHtml(v.t.consentAccept)}</button>
<button type="button" data-role="consent-settings">${escapeHtml(v.t.consentSettings)}</button>
</div></div><script>${CONSENT_SCRIPT}</script>`;
}

function header(v: Visit<AllegroTexts>): string {
  const answered = v.cookies.has(ALLEGRO_CONSENT_COOKIE);
  const blocked = answered ? '' : ' aria-hidden="true" inert data-consent-blocked';
  const user = v.session
    ? `<button type="button" data-role="header-user-menu" aria-label="${escapeHtml(v.t.myAllegro)}"><span>${escapeHtml(v.t.myAllegro)}</span>
<span data-role="header-username">${escapeHtml(v.session.user.handle ?? '')}</span></button>`
    : `<a href="/logowanie?origin_url=%2F" data-role="header-login">${escapeHtml(v.t.signInTitle)}</a>`;
  return `<header class="allegro-header" data-role="page-header"${blocked}><a class="logo" href="/" aria-label="Allegro">allegro</a>
<input type="search" name="string" placeholder="${escapeHtml(v.t.searchPlaceholder)}">${user}</header>${answered ? '' : consentModal(v)}`;
}

export function createAllegroSite() {
  return defineFixtureSite<AllegroTexts>({
    name: 'allegro',
    hosts: { main: 'allegro.pl', redirectToMain: ['www.allegro.pl'] },
    languages: { pl },
    defaultLanguage: 'pl',
    languageFrom: 'fixed',
    users: allegroUsers,
    cookies: {
      session: 'QXLSESSID',
      browserId: '_cmuid',
      auth: [{ name: 'QXLSESSID', value: 'session-token', domain: '.allegro.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 }],
      anonymous: [
        { name: '_cmuid', value: 'random', domain: '.allegro.pl', path: '/', secure: true, sameSite: 'Lax', days: 400 },
        { name: 'wdctx', value: 'random', domain: '.allegro.pl', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'datadome', value: 'random', domain: '.allegro.pl', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      path: '/logowanie',
      identifier: { name: 'login', id: 'login', attrs: 'autocomplete="username" data-role="login-input"' },
      next: { attrs: 'data-role="next-button"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'data-role="login-button"' },
      csrfField: '_csrf',
      afterSignIn: '/',
      returnParam: 'origin_url',
    },
    home: { paths: ['/'] },
    account: { path: '/moje-allegro' },
    accountMenu: {
      trigger: 'button[data-role="header-user-menu"]',
      open: 'click',
      attrs: 'class="user-menu" role="menu" data-role="header-user-menu-content"',
      render: (v, signOut) => `<a role="menuitem" href="/moje-allegro/zakupy">${escapeHtml(v.t.purchases)}</a>
<a role="menuitem" href="/moje-allegro/moje-konto">${escapeHtml(v.t.settings)}</a>
${signOut ? `<a role="menuitem" href="/wyloguj?origin_url=%2F" data-role="logout">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'get-url', path: '/wyloguj', redirectTo: '/' },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1>${escapeHtml(v.t.recommended)}</h1><ul><li>Rower trekkingowy</li><li>Ekspres do kawy</li></ul>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.handle ?? '')} · ${escapeHtml(session.user.email)}</p>`,
    },
  });
}
