import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { dropboxOtherSessions } from './other-sessions/index';

/**
 * www.dropbox.com: the avatar at the top right opens the account menu (built by script) whose "Sign out" is a
 * link to /logout, a plain GET that ends the session and lands on the sign-in page. The sign-in form posts the
 * "t" token (Dropbox's CSRF value) bound to the browser. Pages follow the browser's language. Cookies are a LOW
 * guess: lid and jar (the session) on .dropbox.com; t (the CSRF cookie), gvc (browser id) and locale are every
 * visitor's.
 */

interface DropboxTexts extends KitTexts {
  accountMenu: string;
  settings: string;
  home: string;
  allFiles: string;
  upload: string;
  landingTitle: string;
}

const en: DropboxTexts = {
  ...baseTexts.en,
  siteName: 'Dropbox',
  signInTitle: 'Sign in',
  identifierLabel: 'Email',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  wrongPassword: 'Invalid email or password',
  unknownAccount: 'Invalid email or password',
  badToken: 'Something went wrong. Please refresh the page and try again.',
  accountTitle: 'Personal account',
  signOut: 'Sign out',
  notFound: 'Error (404) – We can’t find the page you’re looking for.',
  accountMenu: 'Account menu',
  settings: 'Settings',
  home: 'Home',
  allFiles: 'All files',
  upload: 'Upload',
  landingTitle: 'Dropbox: easy and secure file storage',
};

const pl: DropboxTexts = {
  ...baseTexts.pl,
  siteName: 'Dropbox',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy adres e-mail lub hasło',
  unknownAccount: 'Nieprawidłowy adres e-mail lub hasło',
  badToken: 'Coś poszło nie tak. Odśwież stronę i spróbuj ponownie.',
  accountTitle: 'Konto osobiste',
  signOut: 'Wyloguj się',
  notFound: 'Błąd (404) – nie możemy znaleźć tej strony.',
  accountMenu: 'Menu konta',
  settings: 'Ustawienia',
  home: 'Strona główna',
  allFiles: 'Wszystkie pliki',
  upload: 'Prześlij',
  landingTitle: 'Dropbox: łatwe i bezpieczne przechowywanie plików',
};

const de: DropboxTexts = {
  ...baseTexts.de,
  siteName: 'Dropbox',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  wrongPassword: 'Ungültige E-Mail-Adresse oder ungültiges Passwort',
  unknownAccount: 'Ungültige E-Mail-Adresse oder ungültiges Passwort',
  badToken: 'Ein Fehler ist aufgetreten. Bitte aktualisieren Sie die Seite.',
  accountTitle: 'Privates Konto',
  signOut: 'Abmelden',
  notFound: 'Fehler (404) – Die gesuchte Seite wurde nicht gefunden.',
  accountMenu: 'Kontomenü',
  settings: 'Einstellungen',
  home: 'Startseite',
  allFiles: 'Alle Dateien',
  upload: 'Hochladen',
  landingTitle: 'Dropbox: einfacher und sicherer Dateispeicher',
};

export const dropboxUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px "Atlas Grotesk", "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1e1919; }
.dig-TopBar { display: flex; align-items: center; gap: 16px; height: 64px; padding: 0 24px; border-bottom: 1px solid #e7e5e4; }
.dig-TopBar a { color: #1e1919; text-decoration: none; }
.dig-TopBar .logo { color: #0061fe; font-weight: bold; font-size: 20px; }
.top-bar-right { margin-left: auto; }
[data-testid="account-menu-button"] { width: 40px; height: 40px; border-radius: 50%; border: 0; background: #0061fe; color: #fff; font-weight: bold; cursor: pointer; }
.dig-Menu { width: 280px; background: #fff; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.15); padding: 8px 0; }
.dig-Menu .account-info { padding: 12px 16px; border-bottom: 1px solid #e7e5e4; }
.dig-Menu .account-email { color: #736c64; font-size: 12px; }
.dig-Menu a { display: block; padding: 10px 16px; color: #1e1919; text-decoration: none; }
main { padding: 24px; }
.kit-sign-in { width: 400px; margin: 48px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 16px; padding: 0 12px; border: 1px solid #bbb5ae; border-radius: 4px; }
.kit-sign-in button { width: 100%; height: 40px; border: 0; border-radius: 4px; background: #0061fe; color: #fff; font-size: 15px; }
.kit-error { color: #9b0032; margin-bottom: 12px; }
`;

const initials = (v: Visit<DropboxTexts>) =>
  (v.session?.user.name ?? '')
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();

export function createDropboxSite() {
  return defineFixtureSite<DropboxTexts>({
    name: 'dropbox',
    hosts: { main: 'www.dropbox.com', redirectToMain: ['dropbox.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: dropboxUsers,
    cookies: {
      session: 'lid',
      browserId: 'gvc',
      auth: [
        { name: 'lid', value: 'session-token', domain: '.dropbox.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'jar', value: 'random', domain: '.dropbox.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
      ],
      anonymous: [
        { name: 'gvc', value: 'random', domain: '.dropbox.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 't', value: 'random', domain: '.dropbox.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'locale', value: () => 'en', domain: '.dropbox.com', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'login_email', attrs: 'autocomplete="username" class="dig-TextInput-input"' },
      password: { name: 'login_password', attrs: 'autocomplete="current-password" class="dig-TextInput-input"' },
      submit: { attrs: 'class="login-button signin-button button-primary"' },
      csrfField: 't',
      afterSignIn: '/home',
      returnParam: 'cont',
    },
    home: { paths: ['/home'], requiresSession: true },
    account: { path: '/account/general' },
    accountMenu: {
      trigger: 'button[data-testid="account-menu-button"]',
      open: 'click',
      attrs: 'class="dig-Menu" role="menu"',
      render: (v, signOut) => `<div class="account-info" role="presentation"><div class="account-name">${escapeHtml(v.session?.user.name ?? '')}</div>
<div class="account-email">${escapeHtml(v.session?.user.email ?? '')}</div></div>
<a role="menuitem" href="/account/general">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" data-testid="account-menu-sign-out"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/login' },
    render: {
      style: STYLE,
      header: (v) =>
        `<header class="dig-TopBar" role="banner"><a class="logo" href="/" aria-label="Dropbox">Dropbox</a><div class="top-bar-right">` +
        (v.session
          ? `<button type="button" data-testid="account-menu-button" aria-label="${escapeHtml(v.t.accountMenu)}">${escapeHtml(initials(v))}</button>`
          : `<a href="/login" role="button">${escapeHtml(v.t.signInTitle)}</a>`) +
        `</div></header>`,
      home: (v) => `<h1>${escapeHtml(v.t.home)}</h1><button type="button">${escapeHtml(v.t.upload)}</button><a href="/home">${escapeHtml(v.t.allFiles)}</a>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      ...otherSessionsRoutes(dropboxOtherSessions),
      {
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) return redirect(v.res, '/home', 302, v);
          v.sendPage(200, { title: 'Dropbox', body: `<h1>${escapeHtml(v.t.landingTitle)}</h1>` });
        },
      },
    ],
  });
}
