import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { spotifyOtherSessions } from './other-sessions/index';

/**
 * Spotify (open.spotify.com — the web player —, accounts.spotify.com, www.spotify.com): one sign-in on
 * accounts.spotify.com for all three, with sp_dc (the login cookie) and sp_key on .spotify.com. In the web player
 * the profile button (data-testid="user-widget-link") opens a menu built by script whose "Log out"
 * (data-testid="user-widget-dropdown-logout") leads to www.spotify.com/logout/, a plain GET that ends the session.
 * Pages follow the browser's language. sp_t (browser id) and sp_landing are every visitor's.
 */

interface SpotifyTexts extends KitTexts {
  account: string;
  profile: string;
  settings: string;
  home: string;
  yourLibrary: string;
  greeting: string;
  signUp: string;
  landingTitle: string;
}

const en: SpotifyTexts = {
  ...baseTexts.en,
  siteName: 'Spotify',
  signInTitle: 'Log in to Spotify',
  identifierLabel: 'Email or username',
  passwordLabel: 'Password',
  signInButton: 'Log In',
  wrongPassword: 'Incorrect username or password.',
  unknownAccount: 'Incorrect username or password.',
  badToken: 'Oops! Something went wrong, please try again or check out our help area.',
  accountTitle: 'Account overview',
  signOut: 'Log out',
  notFound: 'Page not found',
  account: 'Account',
  profile: 'Profile',
  settings: 'Settings',
  home: 'Home',
  yourLibrary: 'Your Library',
  greeting: 'Good evening',
  signUp: 'Sign up',
  landingTitle: 'Spotify – Web Player: Music for everyone',
};

const pl: SpotifyTexts = {
  ...baseTexts.pl,
  siteName: 'Spotify',
  signInTitle: 'Zaloguj się do Spotify',
  identifierLabel: 'Adres e-mail lub nazwa użytkownika',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowa nazwa użytkownika lub hasło.',
  unknownAccount: 'Nieprawidłowa nazwa użytkownika lub hasło.',
  badToken: 'Ups! Coś poszło nie tak. Spróbuj ponownie lub zajrzyj do naszej pomocy.',
  accountTitle: 'Przegląd konta',
  signOut: 'Wyloguj',
  notFound: 'Nie znaleziono strony',
  account: 'Konto',
  profile: 'Profil',
  settings: 'Ustawienia',
  home: 'Strona główna',
  yourLibrary: 'Twoja biblioteka',
  greeting: 'Dobry wieczór',
  signUp: 'Zarejestruj się',
  landingTitle: 'Spotify – Web Player: muzyka dla każdego',
};

const de: SpotifyTexts = {
  ...baseTexts.de,
  siteName: 'Spotify',
  signInTitle: 'Bei Spotify anmelden',
  identifierLabel: 'E-Mail-Adresse oder Benutzername',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  wrongPassword: 'Falscher Benutzername oder falsches Passwort.',
  unknownAccount: 'Falscher Benutzername oder falsches Passwort.',
  badToken: 'Hoppla! Da ist etwas schiefgelaufen. Bitte versuch es noch einmal.',
  accountTitle: 'Kontoübersicht',
  signOut: 'Abmelden',
  notFound: 'Seite nicht gefunden',
  account: 'Konto',
  profile: 'Profil',
  settings: 'Einstellungen',
  home: 'Startseite',
  yourLibrary: 'Deine Bibliothek',
  greeting: 'Guten Abend',
  signUp: 'Registrieren',
  landingTitle: 'Spotify – Web Player: Musik für alle',
};

export const spotifyUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jankowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'annanowak' },
];

const OPEN = 'open.spotify.com';
const ACCOUNTS = 'accounts.spotify.com';
const WWW = 'www.spotify.com';

const STYLE = `
body { margin: 0; font: 14px "Spotify Mix", "Helvetica Neue", Helvetica, Arial, sans-serif; background: #000; color: #fff; }
header[data-testid="top-bar"] { display: flex; align-items: center; gap: 12px; height: 64px; padding: 0 16px; }
header a { color: #fff; text-decoration: none; }
.top-bar-right { margin-left: auto; display: flex; gap: 8px; align-items: center; }
[data-testid="user-widget-link"] { width: 48px; height: 48px; border-radius: 50%; border: 0; background: #1f1f1f; cursor: pointer; }
[data-testid="user-widget-avatar"] { margin: 0; display: inline-flex; width: 32px; height: 32px; border-radius: 50%; background: #f573a0; color: #000; align-items: center; justify-content: center; font-weight: 700; }
#context-menu { min-width: 196px; background: #282828; border-radius: 4px; box-shadow: 0 16px 24px rgba(0,0,0,.3); padding: 4px; list-style: none; margin: 0; }
#context-menu a, #context-menu button { display: block; width: 100%; box-sizing: border-box; text-align: left; padding: 12px; color: #e6e6e6; text-decoration: none; background: none; border: 0; font-size: 14px; }
main { padding: 16px; background: #121212; border-radius: 8px; margin: 0 8px; min-height: 60vh; }
.kit-sign-in { width: 324px; margin: 32px auto; background: #121212; padding: 32px 80px; border-radius: 8px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 48px; margin: 4px 0 16px; padding: 0 12px; background: #121212; color: #fff; border: 1px solid #727272; border-radius: 4px; }
.kit-sign-in button { width: 100%; height: 48px; border-radius: 500px; border: 0; background: #1ed760; color: #000; font-weight: 700; font-size: 16px; }
.kit-error { background: #e91429; padding: 12px; margin-bottom: 16px; }
`;

const initial = (v: Visit<SpotifyTexts>) => (v.session?.user.name ?? '').slice(0, 1).toUpperCase();

export function createSpotifySite() {
  return defineFixtureSite<SpotifyTexts>({
    name: 'spotify',
    hosts: { main: OPEN, served: [ACCOUNTS, WWW] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: spotifyUsers,
    cookies: {
      session: 'sp_dc',
      browserId: 'sp_t',
      auth: [
        { name: 'sp_dc', value: 'session-token', domain: '.spotify.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 'sp_key', value: 'random', domain: '.spotify.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
      ],
      anonymous: [
        { name: 'sp_t', value: 'random', domain: '.spotify.com', path: '/', secure: true, sameSite: 'None', days: 365 },
        { name: 'sp_landing', value: () => encodeURIComponent(`https://${OPEN}/`), domain: '.spotify.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 1 },
      ],
    },
    signIn: {
      host: ACCOUNTS,
      path: '/login',
      identifier: { name: 'username', id: 'login-username', attrs: 'data-testid="login-username" autocomplete="username"' },
      password: { name: 'password', id: 'login-password', attrs: 'data-testid="login-password" autocomplete="current-password"' },
      submit: { id: 'login-button', attrs: 'data-testid="login-button"' },
      csrfField: 'csrf_token',
      afterSignIn: `https://${OPEN}/`,
      returnParam: 'continue',
    },
    home: { host: OPEN, paths: ['/'] },
    account: { host: WWW, path: '/account/overview/' },
    accountMenu: {
      trigger: 'button[data-testid="user-widget-link"]',
      open: 'click',
      attrs: 'id="context-menu" role="menu" data-testid="user-widget-menu"',
      render: (v, signOut) => `<a role="menuitem" href="https://${WWW}/account/overview/" target="_blank"><span>${escapeHtml(v.t.account)}</span></a>
<a role="menuitem" href="/user/${escapeHtml(v.session?.user.handle ?? '')}"><span>${escapeHtml(v.t.profile)}</span></a>
<a role="menuitem" href="/preferences"><span>${escapeHtml(v.t.settings)}</span></a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" data-testid="user-widget-dropdown-logout"') : ''}`,
    },
    signOut: { kind: 'get-url', host: WWW, path: '/logout/', redirectTo: `https://${OPEN}/` },
    render: {
      style: STYLE,
      header: (v) =>
        `<header data-testid="top-bar"><a href="https://${OPEN}/" aria-label="Spotify">Spotify</a><a href="https://${OPEN}/" aria-label="${escapeHtml(v.t.home)}">⌂</a><div class="top-bar-right">` +
        (v.session
          ? `<button type="button" data-testid="user-widget-link" aria-label="${escapeHtml(v.session.user.name)}"><figure data-testid="user-widget-avatar" title="${escapeHtml(v.session.user.name)}"><span data-testid="username-first-letter">${escapeHtml(initial(v))}</span></figure></button>`
          : `<a href="https://www.spotify.com/signup" role="button">${escapeHtml(v.t.signUp)}</a><a href="https://${ACCOUNTS}/login?continue=${encodeURIComponent(`https://${OPEN}/`)}" data-testid="login-button" role="button">${escapeHtml(v.t.signInButton)}</a>`) +
        `</div></header>`,
      home: (v) =>
        v.session
          ? `<nav aria-label="${escapeHtml(v.t.yourLibrary)}"><h2>${escapeHtml(v.t.yourLibrary)}</h2></nav><section><h1>${escapeHtml(v.t.greeting)}</h1></section>`
          : `<section><h1>${escapeHtml(v.t.landingTitle)}</h1></section>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><dl><dt>Username</dt><dd>${escapeHtml(session.user.handle ?? '')}</dd><dt>Email</dt><dd>${escapeHtml(session.user.email)}</dd></dl>`,
    },
    routes: [
      ...otherSessionsRoutes(spotifyOtherSessions),
      {
        host: WWW,
        path: '/',
        method: 'GET',
        handle: (v) => redirect(v.res, `https://${OPEN}/`, 302, v),
      },
    ],
  });
}
