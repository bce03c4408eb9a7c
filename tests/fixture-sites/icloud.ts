import { sendJson } from './kit/respond';
import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * iCloud.com: the web apps on www.icloud.com, their services on setup.icloud.com. The session is the
 * X-APPLE-WEBAUTH-TOKEN cookie (Domain=.icloud.com, Secure, HttpOnly) with X-APPLE-WEBAUTH-USER beside it
 * ("v=1:s=1:d=<dsid>"). GET setup.icloud.com/setup/ws/1/validate answers the account as JSON (dsInfo) and, without
 * the token, 421 "Missing X-APPLE-WEBAUTH-TOKEN cookie". The name/avatar at the top right opens a menu built by
 * script whose "Sign Out" leads to /logout, which logout lists open as a plain GET. (The real menu then asks "Sign
 * Out" or "Trust and Sign Out", and its script POSTs setup.icloud.com/setup/ws/1/logout; that dialog is not modelled.)
 * The real sign-in runs on idmsa.apple.com; here the form sits on www.icloud.com. Pages follow the browser.
 */

interface IcloudTexts extends KitTexts {
  accountMenu: string;
  accountSettings: string;
  welcome(name: string): string;
  guestTitle: string;
}

const en: IcloudTexts = {
  ...baseTexts.en,
  siteName: 'iCloud',
  signInTitle: 'Sign in with Apple ID',
  identifierLabel: 'Email or Phone Number',
  signInButton: 'Continue',
  accountTitle: 'Account Settings',
  signOut: 'Sign Out',
  accountMenu: 'Account menu',
  accountSettings: 'iCloud Settings',
  welcome: (name) => `Welcome, ${name}`,
  guestTitle: 'iCloud',
};

const pl: IcloudTexts = {
  ...baseTexts.pl,
  siteName: 'iCloud',
  signInTitle: 'Zaloguj się, używając Apple ID',
  identifierLabel: 'E-mail lub numer telefonu',
  signInButton: 'Dalej',
  accountTitle: 'Ustawienia konta',
  signOut: 'Wyloguj się',
  accountMenu: 'Menu konta',
  accountSettings: 'Ustawienia iCloud',
  welcome: (name) => `Witaj, ${name}`,
  guestTitle: 'iCloud',
};

export const icloudUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: '22789132008' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: '11345678901' },
];

const SETUP = 'setup.icloud.com';

const STYLE = `
body { margin: 0; font: 15px -apple-system, "SF Pro Text", "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1d1d1f; background: #f5f5f7; }
header.ic { display: flex; align-items: center; height: 44px; padding: 0 16px; background: rgba(255,255,255,.8); }
header.ic .right { margin-left: auto; }
button.ic-avatar { width: 30px; height: 30px; border: 0; border-radius: 50%; background: #8e8e93; color: #fff; cursor: pointer; }
.ic-menu { width: 260px; background: #fff; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.15); padding: 8px 0; }
.ic-menu .who { padding: 8px 16px; font-weight: 600; }
.ic-menu a { display: block; padding: 8px 16px; color: #1d1d1f; text-decoration: none; }
main { padding: 32px; }
.kit-sign-in { width: 340px; margin: 64px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 44px; margin: 4px 0 14px; padding: 0 12px; border: 1px solid #d2d2d7; border-radius: 12px; }
.kit-sign-in button { width: 100%; height: 44px; border: 0; border-radius: 12px; background: #0071e3; color: #fff; font-size: 15px; }
.kit-error { color: #e30000; margin-bottom: 12px; }
`;

const initials = (v: Visit<IcloudTexts>) =>
  (v.session?.user.name ?? '')
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();

export function createIcloudSite() {
  return defineFixtureSite<IcloudTexts>({
    name: 'icloud',
    hosts: { main: 'www.icloud.com', served: [SETUP], redirectToMain: ['icloud.com'] },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: icloudUsers,
    cookies: {
      session: 'X-APPLE-WEBAUTH-TOKEN',
      auth: [
        { name: 'X-APPLE-WEBAUTH-TOKEN', value: 'session-token', domain: '.icloud.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'X-APPLE-WEBAUTH-USER', value: (s) => `"v=1:s=1:d=${s.user.id ?? ''}"`, domain: '.icloud.com', path: '/', secure: true, sameSite: 'None', days: 30 },
      ],
    },
    signIn: {
      path: '/signin',
      identifier: { name: 'accountName', id: 'account_name_text_field', attrs: 'type="text" autocomplete="username"' },
      password: { name: 'password', id: 'password_text_field', attrs: 'autocomplete="current-password"' },
      submit: { id: 'sign-in' },
      afterSignIn: '/',
    },
    home: { paths: ['/'] },
    account: { path: '/settings/' },
    accountMenu: {
      trigger: 'button.ic-avatar',
      open: 'click',
      attrs: 'class="ic-menu" role="menu"',
      render: (v, signOut) => `<div class="who">${escapeHtml(v.session?.user.name ?? '')}</div>
<a role="menuitem" href="/settings/">${escapeHtml(v.t.accountSettings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) =>
        `<header class="ic"><a href="/">iCloud</a><div class="right">` +
        (v.session
          ? `<button type="button" class="ic-avatar" aria-label="${escapeHtml(v.t.accountMenu)}">${escapeHtml(initials(v))}</button>`
          : `<a href="/signin">${escapeHtml(v.t.signInTitle)}</a>`) +
        `</div></header>`,
      home: (v) => `<h1>${escapeHtml(v.session ? v.t.welcome(v.session.user.name) : v.t.guestTitle)}</h1>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // The session as the web apps see it; without the token cookie, 421 like the real service.
        host: SETUP,
        path: '/setup/ws/1/validate',
        handle: (v) => {
          const s = v.session;
          if (!s) return sendJson(v.res, 421, { success: false, error: 'Missing X-APPLE-WEBAUTH-TOKEN cookie' }, v);
          const [firstName, ...rest] = s.user.name.split(' ');
          sendJson(v.res, 200, { dsInfo: { dsid: s.user.id, primaryEmail: s.user.email, appleId: s.user.email, firstName, lastName: rest.join(' '), fullName: s.user.name }, isExtendedLogin: false }, v);
        },
      },
    ],
  });
}
