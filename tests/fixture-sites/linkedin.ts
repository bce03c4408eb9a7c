import { randomUUID } from 'node:crypto';
import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { RememberedAccounts, rememberedScript } from './remembered-accounts';
import { otherSessionsRoutes } from './kit/other-sessions';
import { linkedinOtherSessions } from './other-sessions/index';

/**
 * www.linkedin.com: a plain GET of /m/logout/ ends the session and sends the browser to /login (the route Selenium
 * bots use because the "Me" menu is hard to reach). The "Me" menu holds the same link; its button is
 * .global-nav__me > button.artdeco-dropdown__trigger (no me-menu-trigger class since 2022) and the avatar's alt is the
 * member's name (saved pages 2022–2023). The login form's
 * loginCsrfParam is bound to the bcookie every visitor gets. li_at (session, .www.linkedin.com) and liap are set at
 * sign-in; JSESSIONID ("ajax:…", the API CSRF token) and bcookie exist for guests too, so they prove nothing.
 */

interface LinkedinTexts extends KitTexts {
  me: string;
  viewProfile: string;
  account: string;
  settingsAndPrivacy: string;
  homeTab: string;
  guestTitle: string;
  startPost: string;
}

const en: LinkedinTexts = {
  ...baseTexts.en,
  siteName: 'LinkedIn',
  signInTitle: 'Sign in',
  identifierLabel: 'Email or phone',
  passwordLabel: 'Password',
  signInButton: 'Sign in',
  wrongPassword: 'Wrong email or password. Try again or create an account.',
  unknownAccount: 'Couldn’t find a LinkedIn account associated with this email. Please try again.',
  accountTitle: 'Account preferences',
  signOut: 'Sign Out',
  notFound: 'This page doesn’t exist',
  me: 'Me',
  viewProfile: 'View Profile',
  account: 'Account',
  settingsAndPrivacy: 'Settings & Privacy',
  homeTab: 'Home',
  guestTitle: 'Welcome to your professional community',
  startPost: 'Start a post',
};

const pl: LinkedinTexts = {
  ...baseTexts.pl,
  siteName: 'LinkedIn',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail lub numer telefonu',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy adres e-mail lub hasło. Spróbuj ponownie lub utwórz konto.',
  unknownAccount: 'Nie znaleziono konta LinkedIn powiązanego z tym adresem e-mail.',
  accountTitle: 'Preferencje konta',
  signOut: 'Wyloguj się',
  notFound: 'Ta strona nie istnieje',
  me: 'Ja',
  viewProfile: 'Wyświetl profil',
  account: 'Konto',
  settingsAndPrivacy: 'Ustawienia i prywatność',
  homeTab: 'Strona główna',
  guestTitle: 'Witamy w Twojej społeczności zawodowej',
  startPost: 'Utwórz post',
};

const de: LinkedinTexts = {
  ...baseTexts.de,
  siteName: 'LinkedIn',
  signInTitle: 'Einloggen',
  identifierLabel: 'E-Mail-Adresse oder Telefon',
  passwordLabel: 'Passwort',
  signInButton: 'Einloggen',
  wrongPassword: 'Falsche E-Mail-Adresse oder falsches Passwort.',
  unknownAccount: 'Zu dieser E-Mail-Adresse wurde kein LinkedIn Konto gefunden.',
  accountTitle: 'Kontoeinstellungen',
  signOut: 'Abmelden',
  notFound: 'Diese Seite existiert nicht',
  me: 'Sie',
  viewProfile: 'Profil anzeigen',
  account: 'Konto',
  settingsAndPrivacy: 'Einstellungen und Datenschutz',
  homeTab: 'Startseite',
  guestTitle: 'Willkommen in Ihrer beruflichen Community',
  startPost: 'Beitrag beginnen',
};

export const linkedinUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan-kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna-nowak' },
];

const STYLE = `
body { margin: 0; font: 14px -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; background: #f4f2ee; color: rgba(0,0,0,.9); }
.global-nav { display: flex; align-items: center; gap: 24px; height: 52px; padding: 0 24px; background: #fff; }
.global-nav a { color: rgba(0,0,0,.6); text-decoration: none; }
.global-nav__me { margin-left: auto; }
.global-nav__me > .artdeco-dropdown__trigger { background: none; border: 0; cursor: pointer; }
.global-nav__me-photo { width: 24px; height: 24px; border-radius: 50%; background: #b0b0b0; display: inline-block; }
.global-nav__me-content { width: 264px; background: #fff; border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); padding: 8px 0; }
.global-nav__me-content a { display: block; padding: 6px 12px; color: rgba(0,0,0,.75); text-decoration: none; }
main { display: flex; gap: 24px; padding: 24px; }
.feed-identity-module { background: #fff; border-radius: 8px; padding: 16px; width: 225px; }
.kit-sign-in { width: 352px; margin: 40px auto; background: #fff; border-radius: 8px; padding: 24px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 52px; margin: 4px 0 16px; padding: 0 12px; }
.kit-sign-in button { width: 100%; height: 52px; border-radius: 28px; background: #0a66c2; color: #fff; border: 0; font-size: 16px; }
.kit-error { color: #b24020; margin-bottom: 12px; }
`;

const profileHref = (v: Visit<LinkedinTexts>) => `/in/${encodeURIComponent(v.session?.user.handle ?? '')}/`;

/** A one-pixel image: the avatar's alt text is what matters (the member's name). */
const BLANK_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** "Welcome back" and its menu, per language (the help article's English; PL/DE LOW). */
const WELCOME_BACK = {
  en: { welcome: 'Welcome back', more: 'More options', forget: 'Forget this account' },
  pl: { welcome: 'Witaj ponownie', more: 'Więcej opcji', forget: 'Zapomnij to konto' },
  de: { welcome: 'Willkommen zurück', more: 'Weitere Optionen', forget: 'Dieses Konto vergessen' },
} as const;

const FORGET_ACTION = '/uas/forget-member';

/**
 * "Keep me logged in": the sign-in page greets the remembered member ("Welcome back", photo and name); the icon next
 * to the photo opens "Forget this account" (LinkedIn Help). The list rides on the li_rm cookie (one source, LOW).
 */
function welcomeBack(v: Visit<LinkedinTexts>, remembered: RememberedAccounts<LinkedinTexts>): string {
  const members = remembered.entries(v);
  if (members.length === 0) return '';
  const t = WELCOME_BACK[v.lang as keyof typeof WELCOME_BACK] ?? WELCOME_BACK.en;
  const cards = members
    .map((user, index) => `<div class="member-profile" data-remembered><img class="member-profile__photo" alt="${escapeHtml(user.name)}" src="${BLANK_GIF}" width="72" height="72">
<h2 class="member-profile__name">${escapeHtml(user.name)}</h2>
<button type="button" class="member-profile__more" aria-label="${escapeHtml(t.more)}" aria-haspopup="menu" data-opens="member-menu-${index}">…</button>
<div id="member-menu-${index}" role="menu" hidden><button type="button" role="menuitem" data-forget="${escapeHtml(user.email)}">${escapeHtml(t.forget)}</button></div></div>`)
    .join('\n');
  return `<section class="remembered-members"><h1>${escapeHtml(t.welcome)}</h1>${cards}</section>${rememberedScript(FORGET_ACTION, 150)}`;
}

export function createLinkedinSite() {
  const remembered = new RememberedAccounts<LinkedinTexts>({ kind: 'cookie', name: 'li_rm', path: '/', domain: '.linkedin.com', days: 365 }, linkedinUsers);
  const site = defineFixtureSite<LinkedinTexts>({
    name: 'linkedin',
    hosts: { main: 'www.linkedin.com', redirectToMain: ['linkedin.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: linkedinUsers,
    cookies: {
      session: 'li_at',
      browserId: 'bcookie',
      auth: [
        { name: 'li_at', value: 'session-token', domain: '.www.linkedin.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 'liap', value: () => 'true', domain: '.linkedin.com', path: '/', secure: true, sameSite: 'None', days: 90 },
      ],
      anonymous: [
        { name: 'bcookie', value: () => `"v=2&${randomUUID()}"`, domain: '.linkedin.com', path: '/', secure: true, sameSite: 'None', days: 365 },
        { name: 'bscookie', value: 'random', domain: '.www.linkedin.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 365 },
        { name: 'JSESSIONID', value: () => `"ajax:${String(Math.floor(Math.random() * 1e18)).padStart(19, '0')}"`, domain: '.www.linkedin.com', path: '/', secure: true, sameSite: 'None' },
      ],
    },
    signIn: {
      path: '/login',
      action: '/checkpoint/lg/login-submit',
      identifier: { name: 'session_key', id: 'username', attrs: 'autocomplete="username" aria-describedby="error-for-username" required' },
      password: { name: 'session_password', id: 'password', attrs: 'autocomplete="current-password" required' },
      submit: { attrs: 'class="btn__primary--large from__button--floating" data-litms-control-urn="login-submit"' },
      csrfField: 'loginCsrfParam',
      afterSignIn: '/feed/',
      returnParam: 'session_redirect',
    },
    home: { paths: ['/feed/'], requiresSession: true },
    account: { path: '/mypreferences/d/categories/account' },
    accountMenu: {
      trigger: '.global-nav__me > button.artdeco-dropdown__trigger',
      open: 'click',
      attrs: 'class="global-nav__me-content" role="menu"',
      render: (v, signOut) => `<a href="${escapeHtml(profileHref(v))}" class="ember-view"><div class="t-16 t-black t-bold">${escapeHtml(v.session?.user.name ?? '')}</div></a>
<a href="${escapeHtml(profileHref(v))}" class="artdeco-button artdeco-button--secondary">${escapeHtml(v.t.viewProfile)}</a>
<h3 class="global-nav__me-content-header">${escapeHtml(v.t.account)}</h3>
<a href="/mypreferences/d/categories/account" class="global-nav__secondary-link">${escapeHtml(v.t.settingsAndPrivacy)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'class="global-nav__secondary-link"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/m/logout/', redirectTo: '/login' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<header class="global-nav" id="global-nav"><a href="/feed/" class="global-nav__logo">in</a>
<a href="/feed/" class="global-nav__primary-link global-nav__primary-link--active">${escapeHtml(v.t.homeTab)}</a>
<div class="global-nav__me artdeco-dropdown"><button type="button" class="global-nav__primary-link artdeco-dropdown__trigger">
<img class="global-nav__me-photo" alt="${escapeHtml(v.session.user.name)}" src="${BLANK_GIF}" width="24" height="24"><span class="t-12">${escapeHtml(v.t.me)}</span></button></div></header>`
          : `<header class="global-nav"><a href="/" class="global-nav__logo">LinkedIn</a><a href="/login" class="nav__button-secondary" style="margin-left:auto">${escapeHtml(v.t.signInButton)}</a></header>`,
      home: (v) => `<div class="feed-identity-module"><div class="feed-identity-module__actor-meta"><a href="${escapeHtml(profileHref(v))}">
<div class="t-16 t-black t-bold">${escapeHtml(v.session?.user.name ?? '')}</div></a></div></div>
<div class="share-box-feed-entry__top-bar"><button type="button">${escapeHtml(v.t.startPost)}</button></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)} · ${escapeHtml(session.user.email)}</p>`,
      signInAbove: (v) => welcomeBack(v, remembered),
    },
    hooks: {
      onSignIn: (v, session) => remembered.remember(v, session.user),
      onReset: () => remembered.clear(),
    },
    routes: [
      remembered.removeRoute('www.linkedin.com', FORGET_ACTION),
      // The help article's address of the sign-in page.
      { path: '/uas/login', method: 'GET', handle: (v) => redirect(v.res, `/login${v.url.search}`, 302, v) },
      ...otherSessionsRoutes(linkedinOtherSessions),
      {
        // Signed in, www.linkedin.com/ is the feed; signed out, the guest home page.
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) {
            redirect(v.res, '/feed/', 302, v);
            return;
          }
          v.sendPage(200, { title: 'LinkedIn', body: `<h1>${escapeHtml(v.t.guestTitle)}</h1><a href="/login">${escapeHtml(v.t.signInButton)}</a>` });
        },
      },
    ],
  });
  return Object.assign(site, { rememberedAccounts: () => remembered.all() });
}
