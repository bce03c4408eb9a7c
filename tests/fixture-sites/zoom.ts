import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * zoom.us web portal: the profile picture at the top right opens a menu (built by script) whose "Sign Out" is a
 * link to /logout, a plain GET that ends the session. Signing in lands on /profile, which sends guests to /signin.
 * Cookies (LOW-MEDIUM): _zm_ssid (the web session, HttpOnly, Secure, .zoom.us), zm_aid and zm_haid (set with a
 * durable session); _zm_lang and _zm_mtk_guid are every visitor's. Pages follow the browser's language.
 */

interface ZoomTexts extends KitTexts {
  profile: string;
  meetings: string;
  settings: string;
  profilePicture: string;
  scheduleMeeting: string;
}

const en: ZoomTexts = {
  ...baseTexts.en,
  siteName: 'Zoom',
  signInTitle: 'Sign In',
  identifierLabel: 'Email Address',
  passwordLabel: 'Password',
  signInButton: 'Sign In',
  wrongPassword: 'Incorrect email or password',
  unknownAccount: 'Incorrect email or password',
  accountTitle: 'Profile',
  signOut: 'Sign Out',
  profile: 'Profile',
  meetings: 'Meetings',
  settings: 'Settings',
  profilePicture: 'Profile picture',
  scheduleMeeting: 'Schedule a meeting',
};

const pl: ZoomTexts = {
  ...baseTexts.pl,
  siteName: 'Zoom',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Nieprawidłowy adres e-mail lub hasło',
  unknownAccount: 'Nieprawidłowy adres e-mail lub hasło',
  accountTitle: 'Profil',
  signOut: 'Wyloguj się',
  profile: 'Profil',
  meetings: 'Spotkania',
  settings: 'Ustawienia',
  profilePicture: 'Zdjęcie profilowe',
  scheduleMeeting: 'Zaplanuj spotkanie',
};

export const zoomUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px Lato, "Helvetica Neue", Helvetica, Arial, sans-serif; color: #232333; }
header.zm-header { display: flex; align-items: center; gap: 20px; height: 64px; padding: 0 24px; border-bottom: 1px solid #ededf4; }
header.zm-header a { color: #232333; text-decoration: none; }
header.zm-header .logo { color: #0b5cff; font-weight: bold; font-size: 22px; }
.zm-right { margin-left: auto; }
#profile-pic { width: 36px; height: 36px; border-radius: 50%; border: 0; background: #0b5cff; color: #fff; cursor: pointer; }
.zm-menu { width: 260px; background: #fff; border: 1px solid #ededf4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.12); padding: 8px 0; }
.zm-menu .who { padding: 8px 16px; color: #6e7680; font-size: 12px; }
.zm-menu a { display: block; padding: 10px 16px; color: #232333; text-decoration: none; }
main { padding: 24px; }
.kit-sign-in { width: 380px; margin: 56px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 16px; padding: 0 12px; border: 1px solid #bac0c5; border-radius: 8px; }
.kit-sign-in button { width: 100%; height: 40px; border: 0; border-radius: 8px; background: #0b5cff; color: #fff; font-size: 15px; }
.kit-error { color: #de2828; margin-bottom: 12px; }
`;

const initials = (v: Visit<ZoomTexts>) =>
  (v.session?.user.name ?? '')
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();

export function createZoomSite() {
  return defineFixtureSite<ZoomTexts>({
    name: 'zoom',
    hosts: { main: 'zoom.us' },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: zoomUsers,
    cookies: {
      session: '_zm_ssid',
      browserId: '_zm_mtk_guid',
      auth: [
        { name: '_zm_ssid', value: 'session-token', domain: '.zoom.us', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: 'zm_aid', value: 'random', domain: '.zoom.us', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 60 },
        { name: 'zm_haid', value: 'random', domain: '.zoom.us', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 60 },
      ],
      anonymous: [
        { name: '_zm_mtk_guid', value: 'random', domain: '.zoom.us', path: '/', secure: true, sameSite: 'None', days: 365 },
        { name: '_zm_lang', value: () => 'en-US', domain: '.zoom.us', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      path: '/signin',
      identifier: { name: 'email', id: 'email', attrs: 'type="email" autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="zm-button--primary"' },
      csrfField: 'csrf_token',
      afterSignIn: '/profile',
    },
    home: { paths: ['/meeting'], requiresSession: true },
    account: { path: '/profile' },
    accountMenu: {
      trigger: '#profile-pic',
      open: 'click',
      attrs: 'class="zm-menu" role="menu"',
      render: (v, signOut) => `<div class="who">${escapeHtml(v.session?.user.email ?? '')}</div>
<a role="menuitem" href="/profile">${escapeHtml(v.t.profile)}</a>
<a role="menuitem" href="/profile/setting">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) =>
        `<header class="zm-header"><a class="logo" href="/">zoom</a>` +
        (v.session
          ? `<a href="/meeting">${escapeHtml(v.t.meetings)}</a><div class="zm-right"><button type="button" id="profile-pic" aria-label="${escapeHtml(v.t.profilePicture)}">${escapeHtml(initials(v))}</button></div>`
          : `<div class="zm-right"><a href="/signin" role="button">${escapeHtml(v.t.signInTitle)}</a></div>`) +
        `</header>`,
      home: (v) => `<h1>${escapeHtml(v.t.meetings)}</h1><a role="button" href="/meeting/schedule">${escapeHtml(v.t.scheduleMeeting)}</a>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) return redirect(v.res, '/profile', 302, v);
          v.sendPage(200, { title: 'Zoom', body: `<h1>One platform to connect</h1>` });
        },
      },
    ],
  });
}
