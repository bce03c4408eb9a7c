import { baseTexts, defineFixtureSite, escapeHtml, type KitTexts, type KitUser, type SignOutEntry, type Visit } from './kit/index';
import { sendJson } from './kit/respond';
import { RememberedAccounts, rememberedScript } from './remembered-accounts';
import { otherSessionsRoutes } from './kit/other-sessions';
import { facebookOtherSessions } from './other-sessions/index';

/**
 * www.facebook.com: the account button (div[role="button"][aria-label="Account"], localized, inside the navigation
 * "Account controls and settings"; saved pages, issue #17) opens a menu built by script
 * whose "Log out" is a span in a role=button item, not a link (Selenium scripts click it by its text,
 * recipe-evidence.md); pressing it goes to logout.php?h=<token of this session>. logout.php without that token only sends the
 * browser home — someone else's page cannot sign you out. The header's a[href="/me/"] carries the first name (saved
 * pages); the feed links other people as /profile.php?id=…, so such a link is no sign of being signed in.
 * The page follows the browser's language.
 * Cookies: c_user (account id), xs (session secret) — both on .facebook.com, SameSite=None; datr (browser id)
 * and sb for every visitor; fr stays after sign-out.
 */

interface FacebookTexts extends KitTexts {
  /** The account button's aria-label ("Account"; older pages said "Your profile"). */
  yourProfile: string;
  settingsAndPrivacy: string;
  helpAndSupport: string;
  shortcuts: string;
  whatsOnYourMind(firstName: string): string;
  connect: string;
}

const en: FacebookTexts = {
  ...baseTexts.en,
  siteName: 'Facebook',
  signInTitle: 'Log in to Facebook',
  identifierLabel: 'Email address or phone number',
  passwordLabel: 'Password',
  signInButton: 'Log in',
  wrongPassword: 'The password that you’ve entered is incorrect.',
  unknownAccount: 'The email address or mobile number you entered isn’t connected to an account.',
  accountTitle: 'Settings',
  signOut: 'Log out',
  notFound: 'This content isn’t available right now',
  yourProfile: 'Account',
  settingsAndPrivacy: 'Settings & privacy',
  helpAndSupport: 'Help & support',
  shortcuts: 'Shortcuts',
  whatsOnYourMind: (name) => `What’s on your mind, ${name}?`,
  connect: 'Connect with friends and the world around you on Facebook.',
};

const pl: FacebookTexts = {
  ...baseTexts.pl,
  siteName: 'Facebook',
  signInTitle: 'Zaloguj się do Facebooka',
  identifierLabel: 'Adres e-mail lub numer telefonu',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Wprowadzone hasło jest nieprawidłowe.',
  unknownAccount: 'Wprowadzony adres e-mail lub numer telefonu nie jest połączony z żadnym kontem.',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj się',
  notFound: 'Ta zawartość nie jest teraz dostępna',
  yourProfile: 'Konto',
  settingsAndPrivacy: 'Ustawienia i prywatność',
  helpAndSupport: 'Pomoc i wsparcie',
  shortcuts: 'Skróty',
  whatsOnYourMind: (name) => `Co słychać, ${name}?`,
  connect: 'Facebook pomaga kontaktować się z bliskimi i dzielić się z nimi tym, co ważne.',
};

const de: FacebookTexts = {
  ...baseTexts.de,
  siteName: 'Facebook',
  signInTitle: 'Auf Facebook anmelden',
  identifierLabel: 'E-Mail-Adresse oder Handynummer',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  wrongPassword: 'Das eingegebene Passwort ist falsch.',
  unknownAccount: 'Die eingegebene E-Mail-Adresse oder Handynummer ist mit keinem Konto verbunden.',
  accountTitle: 'Einstellungen',
  signOut: 'Abmelden',
  notFound: 'Dieser Inhalt ist derzeit nicht verfügbar',
  yourProfile: 'Konto',
  settingsAndPrivacy: 'Einstellungen und Privatsphäre',
  helpAndSupport: 'Hilfe und Support',
  shortcuts: 'Verknüpfungen',
  whatsOnYourMind: (name) => `Was machst du gerade, ${name}?`,
  connect: 'Facebook ermöglicht es dir, mit den Menschen in deinem Leben in Verbindung zu treten.',
};

export const facebookUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: '100089000000001' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: '100089000000002' },
];

const STYLE = `
body { margin: 0; font: 15px Helvetica, Arial, sans-serif; background: #f0f2f5; color: #050505; }
[role=banner] { display: flex; align-items: center; height: 56px; padding: 0 16px; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
[role=banner] .logo { font: bold 28px Helvetica; color: #0866ff; text-decoration: none; }
[aria-label="Account controls and settings"] { margin-left: auto; display: flex; align-items: center; gap: 8px; }
.me-link { color: #050505; text-decoration: none; font-weight: 600; }
.profile-button { width: 40px; height: 40px; border-radius: 50%; background: #bcc0c4; cursor: pointer; }
.profile-menu { width: 360px; background: #fff; border-radius: 8px; box-shadow: 0 12px 28px rgba(0,0,0,.2); padding: 8px; }
.profile-menu a { display: block; padding: 8px; color: #050505; text-decoration: none; font-weight: 500; border-radius: 6px; }
.profile-menu a:hover { background: #f2f2f2; }
main { display: flex; gap: 24px; padding: 16px; }
.shortcuts a { display: block; padding: 8px; color: #050505; text-decoration: none; }
.composer { background: #fff; border-radius: 8px; padding: 12px 16px; flex: 1; max-width: 590px; }
.kit-sign-in { width: 396px; margin: 40px auto; background: #fff; border-radius: 8px; padding: 16px; box-shadow: 0 2px 4px rgba(0,0,0,.1); }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; padding: 14px 16px; margin: 6px 0 12px; font-size: 17px; }
.kit-sign-in button { width: 100%; background: #0866ff; color: #fff; border: 0; border-radius: 6px; font-size: 20px; padding: 10px; }
.kit-error { color: #f02849; margin-bottom: 8px; }
#recent-logins .tiles { display: flex; gap: 12px; }
.recent-tile { position: relative; width: 160px; background: #fff; border-radius: 8px; text-align: center; }
.recent-tile img { display: block; width: 160px; height: 160px; background: #bcc0c4; }
.recent-remove { position: absolute; top: 4px; left: 4px; width: 24px; height: 24px; border-radius: 50%; background: #fff; opacity: .6; }
.recent-remove:hover { opacity: 1; }
`;

/**
 * The menu's "Log out": not a link but a span inside a role=button item (public Selenium scripts click the span by its
 * text); the page's script sends the browser to logout.php with this session's token when it is pressed.
 */
function logOutItem(entry: SignOutEntry, label: string): string {
  const href = entry.kind === 'link' ? entry.href : entry.kind === 'form' ? entry.action : entry.api;
  return `<div role="button" tabindex="0" class="logout-item" data-token-href="${escapeHtml(href)}" onclick="location.assign(this.dataset.tokenHref)"><span>${escapeHtml(label)}</span></div>`;
}

const firstName = (v: Visit<FacebookTexts>) => v.session?.user.name.split(' ')[0] ?? '';
const profileHref = (v: Visit<FacebookTexts>) => `/profile.php?id=${encodeURIComponent(v.session?.user.id ?? '')}`;

/** "Recent logins" on the signed-out home page, per language (clones' English; PL/DE LOW). */
const RECENT = {
  en: { title: 'Recent logins', hint: 'Click your picture or add an account.', remove: 'Remove account from this page' },
  pl: { title: 'Ostatnie logowania', hint: 'Kliknij swoje zdjęcie lub dodaj konto.', remove: 'Usuń konto z tej strony' },
  de: { title: 'Letzte Anmeldungen', hint: 'Klicke auf dein Bild oder füge ein Konto hinzu.', remove: 'Konto von dieser Seite entfernen' },
} as const;

/** The dbln cookie only reaches pages under this path: the home page asks it for the tiles. */
const DEVICE_BASED = '/login/device-based/';

/**
 * The signed-out home page's "Recent logins": a tile per account remembered on this browser (photo, first name, the
 * full name as the link's title) with a close control whose tooltip is "Remove account from this page" (a Selenium
 * page object, clones). The list is the dbln cookie ({"<account id>":"<nonce>"}, path /login/device-based/), so the
 * page fetches its tiles from there; pressing the close control posts the removal, which rewrites the cookie.
 */
function recentLogins(v: Visit<FacebookTexts>): string {
  const t = RECENT[v.lang as keyof typeof RECENT] ?? RECENT.en;
  const build = `<script>(function () {
  var texts = ${JSON.stringify(t)};
  fetch(${JSON.stringify(`${DEVICE_BASED}accounts/`)}, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (accounts) {
    if (!accounts.length) return;
    var box = document.getElementById('recent-logins');
    accounts.forEach(function (account) {
      var tile = document.createElement('div');
      tile.className = 'recent-tile';
      tile.setAttribute('data-remembered', '');
      var link = document.createElement('a');
      link.href = '/login/?uid=' + encodeURIComponent(account.id);
      link.title = account.name;
      var photo = document.createElement('img');
      photo.alt = account.name;
      photo.width = 80;
      var first = document.createElement('span');
      first.textContent = account.first;
      link.append(photo, first);
      var close = document.createElement('a');
      close.href = '#';
      close.setAttribute('role', 'button');
      close.className = 'recent-remove';
      close.setAttribute('aria-label', texts.remove);
      close.setAttribute('data-tooltip-content', texts.remove);
      close.setAttribute('data-forget', account.id);
      tile.append(link, close);
      box.querySelector('.tiles').append(tile);
    });
    box.hidden = false;
  });
})();</script>`;
  return `<div id="recent-logins" hidden><h2>${escapeHtml(t.title)}</h2><p>${escapeHtml(t.hint)}</p><div class="tiles"></div></div>${build}${rememberedScript(`${DEVICE_BASED}remove/`, 150)}`;
}

export function createFacebookSite() {
  const remembered = new RememberedAccounts<FacebookTexts>({ kind: 'cookie', name: 'dbln', path: DEVICE_BASED, domain: '.facebook.com', days: 400 }, facebookUsers);
  const site = defineFixtureSite<FacebookTexts>({
    name: 'facebook',
    hosts: { main: 'www.facebook.com', redirectToMain: ['facebook.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: facebookUsers,
    cookies: {
      session: 'xs',
      browserId: 'datr',
      auth: [
        { name: 'c_user', value: (s) => s.user.id ?? '', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None', days: 365 },
        { name: 'xs', value: 'session-token', domain: '.facebook.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 'fr', value: 'random', domain: '.facebook.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 90, onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'datr', value: 'random', domain: '.facebook.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 400 },
        { name: 'sb', value: 'random', domain: '.facebook.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 400 },
      ],
    },
    signIn: {
      path: '/login/',
      identifier: { name: 'email', id: 'email', attrs: 'class="inputtext" autocomplete="username" autofocus' },
      password: { name: 'pass', id: 'pass', attrs: 'class="inputtext" autocomplete="current-password"' },
      submit: { name: 'login', id: 'loginbutton', attrs: 'data-testid="royal_login_button"' },
      csrfField: 'lsd',
      afterSignIn: '/',
      returnParam: 'next',
    },
    home: { paths: ['/', '/home.php'] },
    account: { path: '/settings' },
    accountMenu: {
      trigger: (v) => `div[role="button"][aria-label="${v.t.yourProfile}"]`,
      open: 'click',
      attrs: 'class="profile-menu" role="dialog"',
      render: (v, signOut) => `<a href="${escapeHtml(profileHref(v))}" role="link"><span>${escapeHtml(v.session?.user.name ?? '')}</span></a>
<hr>
<a href="/settings" role="button"><span>${escapeHtml(v.t.settingsAndPrivacy)}</span></a>
<a href="/help" role="button"><span>${escapeHtml(v.t.helpAndSupport)}</span></a>
${signOut ? logOutItem(signOut, v.t.signOut) : ''}`,
    },
    signOut: { kind: 'token-link', path: '/logout.php', param: 'h', redirectTo: '/?stype=lo' },
    render: {
      style: STYLE,
      header: (v) =>
        `<div role="banner"><a class="logo" href="/" aria-label="Facebook">facebook</a>` +
        (v.session
          ? `<div role="navigation" aria-label="Account controls and settings"><a class="me-link" href="/me/"><span>${escapeHtml(firstName(v))}</span></a><div class="profile-button" aria-label="${escapeHtml(v.t.yourProfile)}" role="button" tabindex="0"></div></div>`
          : `<div style="margin-left:auto"><a href="/login/">${escapeHtml(v.t.signInButton)}</a></div>`) +
        `</div>`,
      home: (v) =>
        v.session
          ? `<div role="navigation" aria-label="${escapeHtml(v.t.shortcuts)}" class="shortcuts"><a href="${escapeHtml(profileHref(v))}"><span>${escapeHtml(v.session.user.name)}</span></a></div>
<div class="composer" role="region"><span>${escapeHtml(v.t.whatsOnYourMind(firstName(v)))}</span>
<div role="article"><a href="/profile.php?id=100089000000777"><strong>Ola Wiśniewska</strong></a></div></div>`
          : `<div><h1>facebook</h1><h2>${escapeHtml(v.t.connect)}</h2>${recentLogins(v)}
<form class="home-login" action="/login/" method="get"><input name="email" aria-label="${escapeHtml(v.t.identifierLabel)}"><button type="submit">${escapeHtml(v.t.signInButton)}</button></form></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
    },
    hooks: {
      onSignIn: (v, session) => remembered.remember(v, session.user),
      onReset: () => remembered.clear(),
    },
    routes: [
      {
        path: `${DEVICE_BASED}accounts/`,
        method: 'GET',
        handle: (v) =>
          sendJson(v.res, 200, remembered.entries(v).map((user) => ({ id: user.id, name: user.name, first: user.name.split(' ')[0] })), v),
      },
      remembered.removeRoute('www.facebook.com', `${DEVICE_BASED}remove/`),
      ...otherSessionsRoutes(facebookOtherSessions),
    ],
  });
  return Object.assign(site, { rememberedAccounts: () => remembered.all() });
}
