import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitTexts, type KitUser, type Visit } from './kit/index';
import { RememberedAccounts, rememberedScript } from './remembered-accounts';

/**
 * Yahoo (login.yahoo.com, mail.yahoo.com, www.yahoo.com): the profile in the Yahoo bar opens its menu when the
 * pointer rests on it; "Sign out" leads to login.yahoo.com/account/logout, a confirmation page whose form POSTs
 * back with the crumb (Yahoo's CSRF token) from its "Sign out" button (input[data-logout="yes"]). The GET alone —
 * with or without ?logout=1 — only asks. The menu's "Sign out" (#profile-signout-link) carries logout_all=1: it signs out
 * every Yahoo account of the browser (saved pages, issue #17). The account button#ybarAccountMenu names the account in
 * its aria-label ("Manage your Yahoo accounts: Jan (jan@example.com)"); there is no .ybar-account-name. Sign-in is two steps (username, then password) with a hidden crumb.
 * Pages follow the browser's language. Cookies are a LOW-confidence guess: T and Y (the classic session pair) on
 * .yahoo.com; A1/A3 are browser ids every visitor gets.
 */

interface YahooTexts extends KitTexts {
  profile(firstName: string): string;
  /** The account button's aria-label, before "<name> (<e-mail>)". */
  manageYahooAccounts: string;
  manageAccounts: string;
  accountInfo: string;
  inbox: string;
  compose: string;
  mail: string;
  news: string;
  signedInAs: string;
}

const en: YahooTexts = {
  ...baseTexts.en,
  siteName: 'Yahoo',
  signInTitle: 'Sign in',
  identifierLabel: 'Username, email, or mobile',
  passwordLabel: 'Password',
  nextButton: 'Next',
  signInButton: 'Next',
  wrongPassword: 'Invalid password. Please try again',
  unknownAccount: 'Sorry, we don’t recognize this email.',
  badToken: 'Uh-oh, looks like something went wrong. Please try again.',
  accountTitle: 'Personal info',
  signOut: 'Sign out',
  confirmTitle: 'Are you sure you want to sign out?',
  confirmButton: 'Sign out',
  cancelButton: 'Cancel',
  notFound: 'Sorry, the page you requested cannot be found.',
  profile: (name) => `Profile, ${name}`,
  manageYahooAccounts: 'Manage your Yahoo accounts:',
  manageAccounts: 'Manage accounts',
  accountInfo: 'Account info',
  inbox: 'Inbox',
  compose: 'Compose',
  mail: 'Mail',
  news: 'News',
  signedInAs: 'Signed in as',
};

const pl: YahooTexts = {
  ...baseTexts.pl,
  siteName: 'Yahoo',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Nazwa użytkownika, e-mail lub telefon komórkowy',
  passwordLabel: 'Hasło',
  nextButton: 'Dalej',
  signInButton: 'Dalej',
  wrongPassword: 'Nieprawidłowe hasło. Spróbuj ponownie',
  unknownAccount: 'Nie rozpoznajemy tego adresu e-mail.',
  badToken: 'Ups, coś poszło nie tak. Spróbuj ponownie.',
  accountTitle: 'Dane osobowe',
  signOut: 'Wyloguj się',
  confirmTitle: 'Czy na pewno chcesz się wylogować?',
  confirmButton: 'Wyloguj się',
  cancelButton: 'Anuluj',
  notFound: 'Nie można znaleźć żądanej strony.',
  profile: (name) => `Profil, ${name}`,
  manageYahooAccounts: 'Zarządzaj kontami Yahoo:',
  manageAccounts: 'Zarządzaj kontami',
  accountInfo: 'Informacje o koncie',
  inbox: 'Odebrane',
  compose: 'Napisz',
  mail: 'Poczta',
  news: 'Wiadomości',
  signedInAs: 'Zalogowano jako',
};

const de: YahooTexts = {
  ...baseTexts.de,
  siteName: 'Yahoo',
  signInTitle: 'Anmelden',
  identifierLabel: 'Benutzername, E-Mail oder Handynummer',
  passwordLabel: 'Passwort',
  nextButton: 'Weiter',
  signInButton: 'Weiter',
  wrongPassword: 'Ungültiges Passwort. Bitte versuchen Sie es erneut',
  unknownAccount: 'Diese E-Mail-Adresse ist uns leider nicht bekannt.',
  badToken: 'Leider ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  accountTitle: 'Persönliche Daten',
  signOut: 'Abmelden',
  confirmTitle: 'Möchten Sie sich wirklich abmelden?',
  confirmButton: 'Abmelden',
  cancelButton: 'Abbrechen',
  notFound: 'Die angeforderte Seite wurde leider nicht gefunden.',
  profile: (name) => `Profil, ${name}`,
  manageYahooAccounts: 'Yahoo-Konten verwalten:',
  manageAccounts: 'Konten verwalten',
  accountInfo: 'Kontoinformationen',
  inbox: 'Posteingang',
  compose: 'Verfassen',
  mail: 'Mail',
  news: 'Nachrichten',
  signedInAs: 'Angemeldet als',
};

export const yahooUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const LOGIN = 'login.yahoo.com';
const MAIL = 'mail.yahoo.com';
const WWW = 'www.yahoo.com';
const SIGN_OUT_LINK = `https://${LOGIN}/account/logout?logout_all=1&.direct=2&.done=${encodeURIComponent(`https://${WWW}/`)}&.src=ym`;

const STYLE = `
body { margin: 0; font: 14px "Helvetica Neue", Helvetica, Arial, sans-serif; color: #232a31; }
#ybar { display: flex; align-items: center; gap: 24px; height: 64px; padding: 0 24px; border-bottom: 1px solid #e0e4e9; }
#ybar a { color: #232a31; text-decoration: none; }
#ybar .ybar-logo { color: #6001d2; font: bold 26px Georgia, serif; }
#ybar-search { flex: 1; max-width: 560px; height: 40px; border: 2px solid #e0e4e9; border-radius: 20px; padding: 0 16px; }
#ybarAccountMenuOpener { margin-left: auto; display: flex; align-items: center; gap: 8px; cursor: pointer; }
#ybarAccountMenuOpener .avatar { width: 32px; height: 32px; border-radius: 50%; background: #7759ff; }
#ybarAccountMenuBody { width: 300px; background: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 16px 0; }
#ybarAccountMenuBody a { display: block; padding: 10px 20px; color: #232a31; text-decoration: none; }
#ybarAccountMenuBody .account-email { padding: 0 20px 12px; color: #5b636a; }
main { padding: 24px; }
.kit-sign-in, .logout-confirm { width: 360px; margin: 40px auto; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: 32px; }
.kit-sign-in input[type=text], .kit-sign-in input[type=password] { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 16px; border: 0; border-bottom: 1px solid #b9bdc5; }
.kit-sign-in button, .pure-button { display: inline-block; min-width: 140px; height: 44px; border-radius: 22px; border: 0; font-size: 16px; text-align: center; line-height: 44px; text-decoration: none; }
.kit-sign-in button, .puree-button-primary { background: #6001d2; color: #fff; }
.puree-button-secondary { background: #fff; color: #6001d2; border: 1px solid #6001d2; }
.kit-error { color: #e00000; margin-bottom: 12px; }
`;

const firstName = (v: Visit<YahooTexts>) => v.session?.user.name.split(' ')[0] ?? '';

function ybar(v: Visit<YahooTexts>): string {
  const signedIn = v.session
    ? `<div id="ybarAccountMenuOpener" role="button" tabindex="0" aria-label="${escapeHtml(v.t.profile(firstName(v)))}"><button id="ybarAccountMenu" type="button" aria-label="${escapeHtml(`${v.t.manageYahooAccounts} ${firstName(v)} (${v.session.user.email})`)}"><span class="avatar"></span></button></div>`
    : `<a id="ybar-signin" class="ybar-signin" href="https://${LOGIN}/?.src=ym">${escapeHtml(v.t.signInTitle)}</a>`;
  return `<div id="ybar" role="banner"><a class="ybar-logo" href="https://${WWW}/" aria-label="Yahoo">yahoo!</a>
<a href="https://${MAIL}/d/folders/1">${escapeHtml(v.t.mail)}</a><a href="https://${WWW}/news/">${escapeHtml(v.t.news)}</a>
<input id="ybar-search" type="search" aria-label="Search">${signedIn}</div>`;
}

/** The sign-in page's remembered accounts, per language (a how-to guide's wording in English; PL/DE LOW). */
const REMEMBERED = {
  en: { more: 'More options', remove: 'Remove from this device' },
  pl: { more: 'Więcej opcji', remove: 'Usuń z tego urządzenia' },
  de: { more: 'Weitere Optionen', remove: 'Von diesem Gerät entfernen' },
} as const;

const REMOVE_ACTION = '/account/remembered/remove';

/**
 * The accounts login.yahoo.com remembers on this browser, above the form: each with its address and a "⋮" whose menu
 * holds "Remove from this device" (a how-to guide; markup invented here). Kept on the server under the A3 browser id.
 */
function rememberedList(v: Visit<YahooTexts>, remembered: RememberedAccounts<YahooTexts>): string {
  const accounts = remembered.entries(v);
  if (accounts.length === 0) return '';
  const t = REMEMBERED[v.lang as keyof typeof REMEMBERED] ?? REMEMBERED.en;
  const rows = accounts
    .map((user, index) => `<li class="account-card" data-remembered><span class="name">${escapeHtml(user.name)}</span> <span class="email">${escapeHtml(user.email)}</span>
<button type="button" class="account-more" aria-label="${escapeHtml(t.more)}" aria-haspopup="menu" data-opens="remembered-menu-${index}">⋮</button>
<div id="remembered-menu-${index}" role="menu" hidden><button type="button" role="menuitem" data-forget="${escapeHtml(user.email)}">${escapeHtml(t.remove)}</button></div></li>`)
    .join('\n');
  return `<ul class="remembered-accounts">${rows}</ul>${rememberedScript(REMOVE_ACTION, 150)}`;
}

export function createYahooSite() {
  const remembered = new RememberedAccounts<YahooTexts>({ kind: 'server', browserCookie: 'A3' }, yahooUsers);
  const site = defineFixtureSite<YahooTexts>({
    name: 'yahoo',
    hosts: { main: LOGIN, served: [MAIL, WWW] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: yahooUsers,
    cookies: {
      session: 'T',
      browserId: 'A1',
      auth: [
        { name: 'T', value: 'session-token', domain: '.yahoo.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 'Y', value: (s) => `v=1&n=${Buffer.from(s.user.email).toString('hex').slice(0, 12)}&l=${s.user.email.split('@')[0]}/o`, domain: '.yahoo.com', path: '/', secure: true, sameSite: 'None', days: 365 },
      ],
      anonymous: [
        { name: 'A1', value: 'random', domain: '.yahoo.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'A3', value: 'random', domain: '.yahoo.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
      ],
    },
    signIn: {
      path: '/',
      identifier: { name: 'username', id: 'login-username', attrs: 'class="phone-no" autocapitalize="none" autocorrect="off" autocomplete="username" autofocus' },
      next: { id: 'login-signin', name: 'signin', attrs: 'class="pure-button puree-button-primary challenge-button"' },
      password: { name: 'password', id: 'login-passwd', attrs: 'autocomplete="current-password"' },
      submit: { id: 'login-signin', name: 'verifyPassword', attrs: 'class="pure-button puree-button-primary challenge-button"' },
      csrfField: 'crumb',
      afterSignIn: `https://${MAIL}/d/folders/1`,
      returnParam: '.done',
    },
    home: { host: MAIL, paths: ['/d/folders/1'], requiresSession: true },
    account: { path: '/account/personalinfo' },
    accountMenu: {
      trigger: '#ybarAccountMenuOpener',
      open: 'hover',
      attrs: 'id="ybarAccountMenuBody" role="menu"',
      render: (v, signOut) => `<div class="account-name"><strong>${escapeHtml(v.session?.user.name ?? '')}</strong></div>
<div class="account-email">${escapeHtml(v.session?.user.email ?? '')}</div>
<a role="menuitem" href="https://${LOGIN}/manage_account">${escapeHtml(v.t.manageAccounts)}</a>
<a role="menuitem" href="https://${LOGIN}/account/personalinfo">${escapeHtml(v.t.accountInfo)}</a>
${signOut ? `<a role="menuitem" id="profile-signout-link" href="${escapeHtml(SIGN_OUT_LINK)}">${escapeHtml(v.t.signOut)}</a>` : ''}`,
    },
    signOut: { kind: 'confirm-page', host: LOGIN, path: '/account/logout', tokenField: 'crumb', redirectTo: `https://${WWW}/` },
    render: {
      style: STYLE,
      header: ybar,
      home: (v) => `<div role="navigation"><a href="/compose/" role="button">${escapeHtml(v.t.compose)}</a>
<a href="/d/folders/1" aria-current="page">${escapeHtml(v.t.inbox)}</a></div>
<div role="main" data-test-id="message-list"><ul><li>Yahoo – ${escapeHtml(v.t.signedInAs)} ${escapeHtml(v.session?.user.email ?? '')}</li></ul></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
      confirmPage: (v, form) => `<div class="logout-confirm"><h1>${escapeHtml(v.t.confirmTitle)}</h1>
<p class="account-email">${escapeHtml(v.session?.user.email ?? '')}</p>
<form action="${escapeHtml(form.action)}" method="post">
${Object.entries(form.fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
<input type="submit" class="pure-button puree-button-primary signout" data-logout="yes" value="${escapeHtml(v.t.confirmButton)}">
<a class="pure-button puree-button-secondary" data-logout="no" href="https://${MAIL}/d/folders/1">${escapeHtml(v.t.cancelButton)}</a>
</form></div>`,
      signInAbove: (v) => rememberedList(v, remembered),
    },
    hooks: {
      onSignIn: (v, session) => remembered.remember(v, session.user),
      onReset: () => remembered.clear(),
    },
    routes: [
      remembered.removeRoute(LOGIN, REMOVE_ACTION),
      {
        host: MAIL,
        path: '/',
        method: 'GET',
        handle: (v) =>
          v.session
            ? redirect(v.res, '/d/folders/1', 302, v)
            : redirect(v.res, `https://${LOGIN}/?.src=ym&.done=${encodeURIComponent(`https://${MAIL}/d/folders/1`)}`, 302, v),
      },
      {
        host: WWW,
        path: '/',
        method: 'GET',
        handle: (v) =>
          v.sendPage(200, { title: 'Yahoo', body: `<h1>Yahoo</h1><a href="https://${MAIL}/d/folders/1">${escapeHtml(v.t.mail)}</a>` }),
      },
    ],
  });
  return Object.assign(site, { rememberedAccounts: () => remembered.all() });
}
