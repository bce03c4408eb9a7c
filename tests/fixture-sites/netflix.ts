import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { netflixOtherSessions } from './other-sessions/index';

/**
 * www.netflix.com: the profile icon in the header opens its drop-down when the pointer rests on it (hover, built by
 * script); the drop-down ends with "Sign out of Netflix" → /SignOut?lnkctr=mL, a plain GET that ends the session
 * and shows the "Leaving So Soon?" page. The login form carries a hidden authURL token bound to the browser.
 * Pages follow the browser's language. Cookies: NetflixId and SecureNetflixId (the session) on .netflix.com;
 * nfvdid (device id) for every visitor, kept after sign-out.
 */

interface NetflixTexts extends KitTexts {
  accountAndSettings(profile: string): string;
  account: string;
  helpCenter: string;
  manageProfiles: string;
  continueWatching(profile: string): string;
  home: string;
  tvShows: string;
  movies: string;
  landingTitle: string;
  landingText: string;
  leavingTitle: string;
  leavingText: string;
  membership: string;
}

const en: NetflixTexts = {
  ...baseTexts.en,
  siteName: 'Netflix',
  signInTitle: 'Sign In',
  identifierLabel: 'Email or mobile number',
  passwordLabel: 'Password',
  signInButton: 'Sign In',
  wrongPassword: 'Incorrect password. Please try again or you can reset your password.',
  unknownAccount: 'Sorry, we can’t find an account with this email address. Please try again or create a new account.',
  accountTitle: 'Account',
  signOut: 'Sign out of Netflix',
  notFound: 'Lost your way?',
  accountAndSettings: (profile) => `${profile} – Account & Settings`,
  account: 'Account',
  helpCenter: 'Help Center',
  manageProfiles: 'Manage Profiles',
  continueWatching: (profile) => `Continue Watching for ${profile}`,
  home: 'Home',
  tvShows: 'TV Shows',
  movies: 'Movies',
  landingTitle: 'Unlimited movies, TV shows, and more',
  landingText: 'Watch anywhere. Cancel anytime.',
  leavingTitle: 'Leaving So Soon?',
  leavingText: 'Just so you know, you don’t always need to sign out of Netflix. It’s only necessary if you’re on a shared or public computer.',
  membership: 'Membership details',
};

const pl: NetflixTexts = {
  ...baseTexts.pl,
  siteName: 'Netflix',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail lub numer telefonu komórkowego',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowe hasło. Spróbuj ponownie lub zresetuj hasło.',
  unknownAccount: 'Nie możemy znaleźć konta z tym adresem e-mail. Spróbuj ponownie lub utwórz nowe konto.',
  accountTitle: 'Konto',
  signOut: 'Wyloguj się z serwisu Netflix',
  notFound: 'Zgubiłeś się?',
  accountAndSettings: (profile) => `${profile} – konto i ustawienia`,
  account: 'Konto',
  helpCenter: 'Centrum pomocy',
  manageProfiles: 'Zarządzaj profilami',
  continueWatching: (profile) => `Oglądaj dalej jako ${profile}`,
  home: 'Strona główna',
  tvShows: 'Seriale',
  movies: 'Filmy',
  landingTitle: 'Nieograniczona oferta filmów, seriali i nie tylko',
  landingText: 'Oglądaj wszędzie. Anuluj w każdej chwili.',
  leavingTitle: 'Już wychodzisz?',
  leavingText: 'Nie musisz się wylogowywać z Netflix. Jest to konieczne tylko na wspólnym lub publicznym komputerze.',
  membership: 'Szczegóły członkostwa',
};

const de: NetflixTexts = {
  ...baseTexts.de,
  siteName: 'Netflix',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail-Adresse oder Handynummer',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  wrongPassword: 'Falsches Passwort. Versuchen Sie es erneut oder setzen Sie Ihr Passwort zurück.',
  unknownAccount: 'Zu dieser E-Mail-Adresse wurde leider kein Konto gefunden.',
  accountTitle: 'Konto',
  signOut: 'Von Netflix abmelden',
  notFound: 'Haben Sie sich verirrt?',
  accountAndSettings: (profile) => `${profile} – Konto und Einstellungen`,
  account: 'Konto',
  helpCenter: 'Hilfe-Center',
  manageProfiles: 'Profile verwalten',
  continueWatching: (profile) => `Weiterschauen für ${profile}`,
  home: 'Startseite',
  tvShows: 'Serien',
  movies: 'Filme',
  landingTitle: 'Unbegrenzt Filme, Serien und mehr',
  landingText: 'Überall ansehen. Jederzeit kündbar.',
  leavingTitle: 'Schon so früh weg?',
  leavingText: 'Abmelden ist nur auf einem gemeinsam genutzten oder öffentlichen Computer nötig.',
  membership: 'Mitgliedschaftsdetails',
};

/** The name is the profile's (first name): Netflix greets the profile, not the account holder. */
export const netflixUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna' },
];

const STYLE = `
body { margin: 0; font: 16px "Netflix Sans", Helvetica, Arial, sans-serif; background: #141414; color: #fff; }
.pinning-header { display: flex; align-items: center; gap: 20px; height: 68px; padding: 0 4%; background: #141414; }
.pinning-header a { color: #e5e5e5; text-decoration: none; font-size: 14px; }
.logo { color: #e50914 !important; font-size: 28px !important; font-weight: bold; }
.secondary-navigation { margin-left: auto; }
.account-dropdown-button { display: flex; align-items: center; gap: 6px; }
.profile-icon { display: inline-block; width: 32px; height: 32px; border-radius: 4px; background: #0071eb; }
.account-drop-down { width: 220px; background: rgba(0,0,0,.9); border: 1px solid hsla(0,0%,100%,.15); }
.account-drop-down .sub-menu-list { list-style: none; margin: 0; padding: 10px 0; }
.account-drop-down .sub-menu-link { display: block; padding: 5px 10px; color: #fff; font-size: 13px; }
.sign-out-links { border-top: 1px solid hsla(0,0%,100%,.25); text-align: center; }
main { padding: 24px 4%; }
.row-header-title { font-size: 1.4vw; color: #e5e5e5; font-weight: 500; }
.kit-sign-in { width: 314px; margin: 40px auto; background: rgba(0,0,0,.75); padding: 60px 68px; border-radius: 4px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 50px; margin: 4px 0 16px; background: #333; border: 0; color: #fff; padding: 0 20px; }
.kit-sign-in button { width: 100%; height: 48px; background: #e50914; color: #fff; border: 0; border-radius: 4px; font-size: 16px; font-weight: bold; }
.kit-error { background: #e87c03; padding: 10px 20px; border-radius: 4px; margin-bottom: 16px; }
`;

const profileName = (v: Visit<NetflixTexts>) => v.session?.user.name ?? '';

export function createNetflixSite() {
  return defineFixtureSite<NetflixTexts>({
    name: 'netflix',
    hosts: { main: 'www.netflix.com', redirectToMain: ['netflix.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: netflixUsers,
    cookies: {
      session: 'NetflixId',
      browserId: 'nfvdid',
      auth: [
        { name: 'NetflixId', value: 'session-token', domain: '.netflix.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'SecureNetflixId', value: 'random', domain: '.netflix.com', path: '/', httpOnly: true, secure: true, sameSite: 'Strict', days: 365 },
      ],
      anonymous: [{ name: 'nfvdid', value: 'random', domain: '.netflix.com', path: '/', secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'userLoginId', id: 'id_userLoginId', attrs: 'data-uia="login-field" autocomplete="email" dir="ltr"' },
      password: { name: 'password', id: 'id_password', attrs: 'data-uia="password-field" autocomplete="password" dir="ltr"' },
      submit: { attrs: 'data-uia="login-submit-button"' },
      csrfField: 'authURL',
      afterSignIn: '/browse',
      returnParam: 'nextpage',
    },
    home: { paths: ['/browse'], requiresSession: true },
    account: { path: '/YourAccount' },
    accountMenu: {
      trigger: '.account-dropdown-button > a',
      open: 'hover',
      attrs: 'class="account-drop-down sub-menu" role="menu"',
      render: (v, signOut) => `<ul class="sub-menu-list profiles"><li class="sub-menu-item profile"><a class="profile-link" role="link" href="/browse">
<span class="profile-icon"></span><span class="profile-name">${escapeHtml(profileName(v))}</span></a></li>
<li class="sub-menu-item"><a class="sub-menu-link" role="link" href="/profiles/manage">${escapeHtml(v.t.manageProfiles)}</a></li></ul>
<ul class="account-links sub-menu-list"><li class="sub-menu-item"><a class="sub-menu-link" role="link" href="/YourAccount">${escapeHtml(v.t.account)}</a></li>
<li class="sub-menu-item"><a class="sub-menu-link" role="link" href="https://help.netflix.com/">${escapeHtml(v.t.helpCenter)}</a></li></ul>
<ul class="sign-out-links sub-menu-list"><li class="sub-menu-item">${
        signOut && signOut.kind === 'link'
          ? signOutControl({ kind: 'link', href: `${signOut.href}?lnkctr=mL` }, v.t.signOut, 'class="sub-menu-link sub-menu-link-icon" role="link"')
          : ''
      }</li></ul>`,
    },
    signOut: { kind: 'get-url', path: '/SignOut', redirectTo: '/logout' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<div class="pinning-header" role="banner"><a class="logo" href="/browse" aria-label="Netflix">NETFLIX</a>
<ul class="tabbed-primary-navigation" style="display:flex;gap:20px;list-style:none;margin:0;padding:0">
<li><a href="/browse">${escapeHtml(v.t.home)}</a></li><li><a href="/browse/genre/83">${escapeHtml(v.t.tvShows)}</a></li><li><a href="/browse/genre/34399">${escapeHtml(v.t.movies)}</a></li></ul>
<div class="secondary-navigation"><div class="nav-element"><div class="account-menu-item"><div class="account-dropdown-button">
<a href="/YourAccount" role="button" tabindex="0" aria-label="${escapeHtml(v.t.accountAndSettings(profileName(v)))}"><span class="profile-link" role="presentation"><span class="profile-icon"></span></span></a><span class="caret" role="presentation"></span>
</div></div></div></div></div>`
          : `<div class="pinning-header" role="banner"><a class="logo" href="/" aria-label="Netflix">NETFLIX</a>
<a class="authLinks" href="/login" style="margin-left:auto">${escapeHtml(v.t.signInTitle)}</a></div>`,
      home: (v) => `<div class="lolomoRow" data-list-context="continueWatching"><h2 class="rowHeader"><div class="row-header-title">${escapeHtml(
        v.t.continueWatching(profileName(v)),
      )}</div></h2><div class="rowContent"><div class="title-card">Stranger Things</div></div></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><section><h2>${escapeHtml(v.t.membership)}</h2>
<p data-uia="account-email">${escapeHtml(session.user.email)}</p></section>`,
    },
    routes: [
      ...otherSessionsRoutes(netflixOtherSessions),
      {
        // Signed in, netflix.com/ goes to the profiles' home; signed out, the landing page.
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) return redirect(v.res, '/browse', 302, v);
          v.sendPage(200, {
            title: `Netflix – ${v.t.landingTitle}`,
            body: `<h1>${escapeHtml(v.t.landingTitle)}</h1><p>${escapeHtml(v.t.landingText)}</p><a href="/login" role="button">${escapeHtml(v.t.signInTitle)}</a>`,
          });
        },
      },
      {
        // Where /SignOut lands: the real page sends the browser home after 30 seconds.
        path: '/logout',
        method: 'GET',
        handle: (v) =>
          v.sendPage(200, {
            title: 'Netflix',
            body: `<div class="logout-page" data-uia="logout-page"><h1>${escapeHtml(v.t.leavingTitle)}</h1><p>${escapeHtml(v.t.leavingText)}</p>
<a href="/" role="button">${escapeHtml(v.t.siteName)}</a></div>`,
            tail: '<meta http-equiv="refresh" content="30; url=/">',
          }),
      },
    ],
  });
}
