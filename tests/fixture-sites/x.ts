import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { xOtherSessions } from './other-sessions/index';

/**
 * x.com (twitter.com redirects to it): the account switcher button in the side navigation opens a menu with
 * "Log out @handle" → /logout, a page whose script shows a confirmation sheet; its confirm button POSTs the
 * logout API with the ct0 cookie echoed in the x-csrf-token header. Loading /logout changes nothing.
 * Cookies: auth_token (session), ct0 (CSRF, readable by script), twid (u%3D<id>), kdt (remembered device, kept
 * after sign-out); guests get guest_id.
 */

interface XTexts extends KitTexts {
  home: string;
  explore: string;
  addAccount: string;
  logOutHandle(handle: string): string;
  accountMenu: string;
  landingTitle: string;
  whatIsHappening: string;
}

const en: XTexts = {
  ...baseTexts.en,
  siteName: 'X',
  signInTitle: 'Sign in to X',
  identifierLabel: 'Phone, email, or username',
  passwordLabel: 'Password',
  nextButton: 'Next',
  signInButton: 'Log in',
  wrongPassword: 'Wrong password!',
  unknownAccount: 'Sorry, we could not find your account.',
  accountTitle: 'Your account',
  signOut: 'Log out',
  confirmTitle: 'Log out of X?',
  confirmText: 'You can always log back in at any time. If you just want to switch accounts, you can do that by adding an existing account.',
  confirmButton: 'Log out',
  cancelButton: 'Cancel',
  notFound: 'Hmm...this page doesn’t exist. Try searching for something else.',
  home: 'Home',
  explore: 'Explore',
  addAccount: 'Add an existing account',
  logOutHandle: (handle) => `Log out @${handle}`,
  accountMenu: 'Account menu',
  landingTitle: 'Happening now',
  whatIsHappening: 'What is happening?!',
};

const pl: XTexts = {
  ...baseTexts.pl,
  siteName: 'X',
  signInTitle: 'Zaloguj się do X',
  identifierLabel: 'Telefon, adres e-mail lub nazwa użytkownika',
  passwordLabel: 'Hasło',
  nextButton: 'Dalej',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowe hasło!',
  unknownAccount: 'Przepraszamy, nie mogliśmy znaleźć Twojego konta.',
  accountTitle: 'Twoje konto',
  signOut: 'Wyloguj',
  confirmTitle: 'Wylogować się z X?',
  confirmText: 'Zawsze możesz zalogować się ponownie. Jeśli chcesz tylko przełączyć konta, możesz to zrobić, dodając istniejące konto.',
  confirmButton: 'Wyloguj',
  cancelButton: 'Anuluj',
  notFound: 'Hmm... ta strona nie istnieje. Spróbuj wyszukać coś innego.',
  home: 'Główna',
  explore: 'Eksploruj',
  addAccount: 'Dodaj istniejące konto',
  logOutHandle: (handle) => `Wyloguj @${handle}`,
  accountMenu: 'Menu konta',
  landingTitle: 'Dzieje się teraz',
  whatIsHappening: 'Co się dzieje?!',
};

const de: XTexts = {
  ...baseTexts.de,
  siteName: 'X',
  signInTitle: 'Bei X anmelden',
  identifierLabel: 'Telefonnummer, E-Mail-Adresse oder Nutzername',
  passwordLabel: 'Passwort',
  nextButton: 'Weiter',
  signInButton: 'Anmelden',
  wrongPassword: 'Falsches Passwort!',
  unknownAccount: 'Wir konnten dein Konto leider nicht finden.',
  accountTitle: 'Dein Account',
  signOut: 'Abmelden',
  confirmTitle: 'Von X abmelden?',
  confirmText: 'Du kannst dich jederzeit wieder anmelden. Wenn du nur Accounts wechseln möchtest, füge einen bestehenden Account hinzu.',
  confirmButton: 'Abmelden',
  cancelButton: 'Abbrechen',
  notFound: 'Hm … diese Seite existiert nicht.',
  home: 'Startseite',
  explore: 'Entdecken',
  addAccount: 'Bestehenden Account hinzufügen',
  logOutHandle: (handle) => `@${handle} abmelden`,
  accountMenu: 'Account-Menü',
  landingTitle: 'Was gerade passiert',
  whatIsHappening: 'Was gibt’s Neues?',
};

export const xUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan_kowalski', id: '1456789012345678901' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna_nowak', id: '1456789012345678902' },
];

const STYLE = `
body { margin: 0; font: 15px -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f1419; display: flex; }
header[role=banner] { width: 260px; min-height: 100vh; padding: 8px 12px; box-sizing: border-box; display: flex; flex-direction: column; }
nav[role=navigation] a { display: block; padding: 12px; font-size: 20px; color: #0f1419; text-decoration: none; }
[data-testid=SideNav_AccountSwitcher_Button] { margin-top: auto; display: flex; gap: 12px; align-items: center; border: 0; background: none; padding: 12px; border-radius: 9999px; text-align: left; cursor: pointer; }
main { flex: 1; border-left: 1px solid #eff3f4; padding: 16px; }
[role=menu] { position: fixed; bottom: 80px; left: 12px; width: 300px; background: #fff; box-shadow: 0 0 15px rgba(101,119,134,.2); border-radius: 16px; padding: 12px 0; }
[role=menu] a { display: block; padding: 12px 16px; color: #0f1419; text-decoration: none; font-weight: bold; }
[data-testid=confirmationSheetDialog] { position: fixed; inset: 30% 35% auto; background: #fff; border-radius: 16px; padding: 32px; box-shadow: 0 0 0 100vmax rgba(0,0,0,.4); }
[data-testid=confirmationSheetDialog] button { display: block; width: 100%; margin-top: 12px; padding: 12px; border-radius: 9999px; font-weight: bold; }
[data-testid=confirmationSheetConfirm] { background: #0f1419; color: #fff; border: 0; }
.kit-sign-in { width: 360px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; padding: 16px 8px; margin: 6px 0 20px; }
.kit-sign-in button { width: 100%; padding: 10px; border-radius: 9999px; background: #0f1419; color: #fff; border: 0; }
.kit-error { color: #f4212e; margin-bottom: 12px; }
`;

const handleOf = (v: Visit<XTexts>) => v.session?.user.handle ?? '';

export function createXSite() {
  return defineFixtureSite<XTexts>({
    name: 'x',
    hosts: { main: 'x.com', redirectToMain: ['www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: xUsers,
    cookies: {
      session: 'auth_token',
      browserId: 'guest_id',
      auth: [
        { name: 'auth_token', value: 'session-token', domain: '.x.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        // Readable by the page script, which echoes it in the x-csrf-token header.
        { name: 'ct0', value: 'csrf-token', domain: '.x.com', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'twid', value: (s) => `u%3D${s.user.id ?? ''}`, domain: '.x.com', path: '/', secure: true, sameSite: 'None', days: 365 },
        // "Remembered device": X keeps it after sign-out; it is no sign of a session.
        { name: 'kdt', value: 'random', domain: '.x.com', path: '/', httpOnly: true, secure: true, days: 540, onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'guest_id', value: () => `v1%3A${Date.now()}${Math.floor(Math.random() * 1e6)}`, domain: '.x.com', path: '/', secure: true, sameSite: 'None', days: 400 },
        { name: 'personalization_id', value: () => `v1_${Math.random().toString(36).slice(2)}`, domain: '.x.com', path: '/', secure: true, sameSite: 'None', days: 400 },
      ],
    },
    signIn: {
      path: '/i/flow/login',
      identifier: { name: 'text', attrs: 'autocomplete="username" autocapitalize="sentences" dir="auto"' },
      next: { attrs: 'role="button"' },
      password: { name: 'password', attrs: 'autocomplete="current-password" dir="auto"' },
      submit: { attrs: 'role="button" data-testid="LoginForm_Login_Button"' },
      afterSignIn: '/home',
      returnParam: 'redirect_after_login',
    },
    home: { paths: ['/home'], requiresSession: true },
    account: { path: '/settings/account' },
    accountMenu: {
      trigger: '[data-testid="SideNav_AccountSwitcher_Button"]',
      open: 'click',
      anchor: '#layers',
      attrs: 'role="menu" data-testid="Dropdown"',
      render: (v, signOut) => `<a href="/i/flow/login" role="menuitem" data-testid="AccountSwitcher_AddAccount_Button"><span>${escapeHtml(v.t.addAccount)}</span></a>
${signOut ? signOutControl(signOut, v.t.logOutHandle(handleOf(v)), 'role="menuitem" data-testid="AccountSwitcher_Logout_Button"') : ''}`,
    },
    signOut: {
      kind: 'confirm-sheet',
      path: '/logout',
      api: '/i/api/1.1/account/logout.json',
      csrfHeader: 'x-csrf-token',
      csrfCookie: 'ct0',
      confirm: '[data-testid="confirmationSheetConfirm"]',
      cancel: '[data-testid="confirmationSheetCancel"]',
      cancelTo: '/home',
      redirectTo: '/',
    },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<header role="banner"><nav role="navigation" aria-label="Primary">
<a href="/home" aria-label="X">𝕏</a><a href="/home" data-testid="AppTabBar_Home_Link">${escapeHtml(v.t.home)}</a><a href="/explore" data-testid="AppTabBar_Explore_Link">${escapeHtml(v.t.explore)}</a></nav>
<button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label="${escapeHtml(v.t.accountMenu)}">
<div data-testid="UserAvatar-Container-${escapeHtml(handleOf(v))}"></div>
<div><div dir="ltr"><span>${escapeHtml(v.session.user.name)}</span></div><div dir="ltr"><span>@${escapeHtml(handleOf(v))}</span></div></div>
</button></header><div id="layers"></div>`
          : `<header role="banner"><nav role="navigation" aria-label="Primary"><a href="/" aria-label="X">𝕏</a></nav></header><div id="layers"></div>`,
      home: (v) => `<h1 dir="ltr">${escapeHtml(v.t.home)}</h1>
<div data-testid="tweetTextarea_0" role="textbox" aria-label="${escapeHtml(v.t.whatIsHappening)}">${escapeHtml(v.t.whatIsHappening)}</div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>@${escapeHtml(session.user.handle ?? '')} · ${escapeHtml(session.user.email)}</p>`,
      confirmSheet: (v) => `<div role="alertdialog" aria-modal="true" aria-labelledby="modal-header" data-testid="confirmationSheetDialog">
<h1 id="modal-header">${escapeHtml(v.t.confirmTitle)}</h1>
<div>${escapeHtml(v.t.confirmText)}</div>
<button type="button" role="button" data-testid="confirmationSheetConfirm"><span>${escapeHtml(v.t.confirmButton)}</span></button>
<button type="button" role="button" data-testid="confirmationSheetCancel"><span>${escapeHtml(v.t.cancelButton)}</span></button>
</div>`,
    },
    routes: [
      ...otherSessionsRoutes(xOtherSessions),
      {
        // Signed in, x.com/ is the timeline; signed out, the landing page.
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) {
            redirect(v.res, '/home', 302, v);
            return;
          }
          v.sendPage(200, {
            title: `X. ${v.t.landingTitle}`,
            body: `<h1>${escapeHtml(v.t.landingTitle)}</h1><a href="/i/flow/login" data-testid="loginButton" role="link">${escapeHtml(v.t.signInTitle)}</a>`,
          });
        },
      },
    ],
  });
}
