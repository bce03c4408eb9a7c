import { sendJson } from './kit/respond';
import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * claude.ai: a single-page app. The user menu (button[data-testid="user-menu-button"], built by script) ends with
 * "Log out", a link to /logout: that page's script POSTs /api/auth/logout as JSON, which ends the session, then
 * goes to /login. A GET of the API, or a form POST to it, ends nothing. Cookies: sessionKey (the session, HttpOnly,
 * Secure, Lax, .claude.ai); lastActiveOrg is set at sign-in and survives the sign-out, like the device id and
 * activitySessionId every visitor gets. /api/organizations lists the account's organizations, 401 for a guest.
 * Pages follow the browser's language. (The real sign-in is by e-mailed code or Google; here it is a form.)
 */

interface ClaudeTexts extends KitTexts {
  newChat: string;
  settings: string;
  howCanIHelp: string;
  userMenu: string;
}

const en: ClaudeTexts = {
  ...baseTexts.en,
  siteName: 'Claude',
  signInTitle: 'Log in to Claude',
  identifierLabel: 'Email',
  passwordLabel: 'Password',
  signInButton: 'Continue with email',
  wrongPassword: 'Invalid email or password.',
  unknownAccount: 'Invalid email or password.',
  accountTitle: 'Settings',
  signOut: 'Log out',
  newChat: 'New chat',
  settings: 'Settings',
  howCanIHelp: 'How can I help you today?',
  userMenu: 'User menu',
};

const pl: ClaudeTexts = {
  ...baseTexts.pl,
  siteName: 'Claude',
  signInTitle: 'Zaloguj się do Claude',
  identifierLabel: 'E-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Kontynuuj z e-mailem',
  wrongPassword: 'Nieprawidłowy e-mail lub hasło.',
  unknownAccount: 'Nieprawidłowy e-mail lub hasło.',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj się',
  newChat: 'Nowy czat',
  settings: 'Ustawienia',
  howCanIHelp: 'W czym mogę dziś pomóc?',
  userMenu: 'Menu użytkownika',
};

export const claudeUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: '6f1c2a9e-0b7d-4c1e-9a33-1d2e3f4a5b6c' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d' },
];

const STYLE = `
body { margin: 0; font: 15px "Styrene B", ui-sans-serif, system-ui, sans-serif; color: #3d3929; background: #f5f4ef; display: flex; min-height: 100vh; }
nav.sidebar { width: 260px; display: flex; flex-direction: column; padding: 12px; box-sizing: border-box; border-right: 1px solid #e5e2d9; }
nav.sidebar a { color: #3d3929; text-decoration: none; padding: 8px; }
nav.sidebar .foot { margin-top: auto; }
[data-testid="user-menu-button"] { display: flex; align-items: center; gap: 8px; width: 100%; padding: 8px; border: 0; border-radius: 8px; background: none; cursor: pointer; font-size: 14px; }
.initials { width: 28px; height: 28px; border-radius: 50%; background: #c96442; color: #fff; display: inline-flex; align-items: center; justify-content: center; }
.user-menu { width: 240px; background: #fff; border: 1px solid #e5e2d9; border-radius: 12px; box-shadow: 0 8px 24px rgba(0,0,0,.1); padding: 6px; }
.user-menu .email { padding: 8px 12px; color: #73726c; font-size: 13px; }
.user-menu a { display: block; padding: 8px 12px; color: #3d3929; text-decoration: none; border-radius: 8px; }
main { flex: 1; padding: 32px; }
.kit-sign-in { width: 360px; margin: 80px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 44px; margin: 4px 0 16px; padding: 0 12px; border: 1px solid #d6d3c9; border-radius: 8px; }
.kit-sign-in button { width: 100%; height: 44px; border: 0; border-radius: 8px; background: #3d3929; color: #fff; font-size: 15px; }
.kit-error { color: #b3261e; margin-bottom: 12px; }
`;

const initials = (v: Visit<ClaudeTexts>) =>
  (v.session?.user.name ?? '')
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();

export function createClaudeSite() {
  return defineFixtureSite<ClaudeTexts>({
    name: 'claude',
    hosts: { main: 'claude.ai' },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: claudeUsers,
    cookies: {
      session: 'sessionKey',
      browserId: 'anthropic-device-id',
      auth: [
        { name: 'sessionKey', value: 'session-token', domain: '.claude.ai', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 30 },
        // Set at sign-in and left at sign-out (WebKit's quirk clears it because claude.ai does not).
        { name: 'lastActiveOrg', value: (s) => s.user.id ?? '', domain: '.claude.ai', path: '/', secure: true, sameSite: 'Lax', days: 365, onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'anthropic-device-id', value: 'random', domain: '.claude.ai', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'activitySessionId', value: 'random', domain: '.claude.ai', path: '/', secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'email', id: 'email', attrs: 'type="email" autocomplete="email"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'data-testid="continue"' },
      csrfField: 'csrf_token',
      afterSignIn: '/new',
    },
    home: { paths: ['/new'], requiresSession: true },
    account: { path: '/settings/profile' },
    accountMenu: {
      trigger: 'button[data-testid="user-menu-button"]',
      open: 'click',
      attrs: 'class="user-menu" role="menu"',
      render: (v, signOut) => `<div class="email">${escapeHtml(v.session?.user.email ?? '')}</div>
<a role="menuitem" href="/settings/profile">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'page-then-request', path: '/logout', api: '/api/auth/logout', redirectTo: '/login' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<nav class="sidebar"><a href="/new">${escapeHtml(v.t.newChat)}</a><div class="foot">
<button type="button" data-testid="user-menu-button" aria-label="${escapeHtml(v.t.userMenu)}"><span class="initials">${escapeHtml(initials(v))}</span>${escapeHtml(v.session.user.name)}</button></div></nav>`
          : '',
      home: (v) => `<h1>${escapeHtml(v.t.howCanIHelp)}</h1><div contenteditable="true" aria-label="Write your prompt to Claude"></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        path: '/',
        method: 'GET',
        handle: (v) => redirect(v.res, v.session ? '/new' : '/login', 302, v),
      },
      {
        // What API clients read with the sessionKey cookie: the account's organizations, or 401 for a guest.
        path: '/api/organizations',
        method: 'GET',
        handle: (v) => {
          const user = v.session?.user;
          if (!user) return sendJson(v.res, 401, { type: 'error', error: { type: 'authentication_error', message: 'Invalid authorization' } }, v);
          sendJson(v.res, 200, [{ uuid: user.id ?? '', name: `${user.email}'s Organization`, capabilities: ['chat'] }], v);
        },
      },
    ],
  });
}
