import { sendJson } from './kit/respond';
import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * chatgpt.com: a Next.js app on NextAuth. The profile button at the foot of the sidebar opens a menu (built by
 * script) whose last item "Log out" goes to /auth/logout, which ends the session and lands on the guest page with
 * its "Log in" button. /api/auth/session answers the session as JSON ({} for a guest). Cookies: the session is
 * __Secure-next-auth.session-token (HttpOnly, Secure, Lax, .chatgpt.com); oai-did (device id) and NextAuth's
 * host-only HttpOnly CSRF cookie are every visitor's. Pages follow the browser's language. (The real sign-in
 * runs on auth.openai.com; here the form sits on chatgpt.com/auth/login, which is what the recipe never touches.)
 */

interface ChatgptTexts extends KitTexts {
  openProfileMenu: string;
  newChat: string;
  settings: string;
  askAnything: string;
  guestTitle: string;
  logIn: string;
}

const en: ChatgptTexts = {
  ...baseTexts.en,
  siteName: 'ChatGPT',
  signInTitle: 'Welcome back',
  identifierLabel: 'Email address',
  passwordLabel: 'Password',
  signInButton: 'Continue',
  wrongPassword: 'Wrong email or password',
  unknownAccount: 'Wrong email or password',
  accountTitle: 'Settings',
  signOut: 'Log out',
  openProfileMenu: 'Open profile menu',
  newChat: 'New chat',
  settings: 'Settings',
  askAnything: 'Ask anything',
  guestTitle: 'What can I help with?',
  logIn: 'Log in',
};

const pl: ChatgptTexts = {
  ...baseTexts.pl,
  siteName: 'ChatGPT',
  signInTitle: 'Witamy ponownie',
  identifierLabel: 'Adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Kontynuuj',
  wrongPassword: 'Nieprawidłowy adres e-mail lub hasło',
  unknownAccount: 'Nieprawidłowy adres e-mail lub hasło',
  accountTitle: 'Ustawienia',
  signOut: 'Wyloguj się',
  openProfileMenu: 'Otwórz menu profilu',
  newChat: 'Nowy czat',
  settings: 'Ustawienia',
  askAnything: 'Zapytaj o cokolwiek',
  guestTitle: 'W czym mogę pomóc?',
  logIn: 'Zaloguj się',
};

export const chatgptUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px ui-sans-serif, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #0d0d0d; display: flex; min-height: 100vh; }
nav.sidebar { width: 260px; background: #f9f9f9; display: flex; flex-direction: column; padding: 8px; box-sizing: border-box; }
nav.sidebar a { color: #0d0d0d; text-decoration: none; padding: 8px; border-radius: 8px; }
nav.sidebar .foot { margin-top: auto; }
[data-testid="profile-button"] { display: flex; gap: 8px; align-items: center; width: 100%; padding: 8px; border: 0; border-radius: 8px; background: none; cursor: pointer; font-size: 14px; }
.avatar { width: 28px; height: 28px; border-radius: 50%; background: #10a37f; color: #fff; display: inline-flex; align-items: center; justify-content: center; }
.popover { width: 240px; background: #fff; border: 1px solid #e5e5e5; border-radius: 16px; box-shadow: 0 8px 24px rgba(0,0,0,.12); padding: 6px; }
.popover .email { padding: 8px 12px; color: #5d5d5d; font-size: 13px; }
.popover a { display: block; padding: 8px 12px; color: #0d0d0d; text-decoration: none; border-radius: 8px; }
main { flex: 1; padding: 24px; }
header.guest { display: flex; gap: 8px; justify-content: flex-end; }
header.guest a { padding: 8px 14px; border-radius: 999px; background: #0d0d0d; color: #fff; text-decoration: none; }
.kit-sign-in { width: 320px; margin: 64px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 52px; margin: 4px 0 16px; padding: 0 16px; border: 1px solid #c2c8d0; border-radius: 6px; }
.kit-sign-in button { width: 100%; height: 52px; border: 0; border-radius: 6px; background: #10a37f; color: #fff; font-size: 16px; }
.kit-error { color: #d00e17; margin-bottom: 12px; }
`;

const initials = (v: Visit<ChatgptTexts>) => (v.session?.user.name ?? '').slice(0, 1).toUpperCase();

export function createChatgptSite() {
  return defineFixtureSite<ChatgptTexts>({
    name: 'chatgpt',
    hosts: { main: 'chatgpt.com' },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: chatgptUsers,
    cookies: {
      session: '__Secure-next-auth.session-token',
      browserId: 'oai-did',
      auth: [
        { name: '__Secure-next-auth.session-token', value: 'session-token', domain: '.chatgpt.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 90 },
      ],
      anonymous: [
        { name: 'oai-did', value: 'random', domain: '.chatgpt.com', path: '/', secure: true, sameSite: 'Lax', days: 400 },
        { name: '__Host-next-auth.csrf-token', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
      ],
    },
    signIn: {
      path: '/auth/login',
      identifier: { name: 'username', id: 'email-input', attrs: 'type="email" autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="continue-btn" name="action"' },
      csrfField: 'csrfToken',
      afterSignIn: '/',
    },
    home: { paths: ['/'] },
    account: { path: '/c/settings' },
    accountMenu: {
      trigger: '[data-testid="profile-button"]',
      open: 'click',
      attrs: 'class="popover" role="menu"',
      render: (v, signOut) => `<div class="email">${escapeHtml(v.session?.user.email ?? '')}</div>
<a role="menuitem" href="/c/settings">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/auth/logout', redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<nav class="sidebar" aria-label="Chat history"><a href="/">${escapeHtml(v.t.newChat)}</a><div class="foot">
<button type="button" data-testid="profile-button" aria-label="${escapeHtml(v.t.openProfileMenu)}"><span class="avatar">${escapeHtml(initials(v))}</span>${escapeHtml(v.session.user.name)}</button></div></nav>`
          : `<header class="guest"><a href="/auth/login" data-testid="login-button" role="button">${escapeHtml(v.t.logIn)}</a></header>`,
      home: (v) =>
        v.session
          ? `<h1>${escapeHtml(v.t.guestTitle)}</h1><textarea id="prompt-textarea" placeholder="${escapeHtml(v.t.askAnything)}"></textarea>`
          : `<h1>${escapeHtml(v.t.guestTitle)}</h1><p>${escapeHtml(v.t.askAnything)}</p>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // NextAuth's session endpoint: the session as JSON, or {} for a guest.
        path: '/api/auth/session',
        method: 'GET',
        handle: (v) => {
          const s = v.session;
          sendJson(v.res, 200, s ? { user: { name: s.user.name, email: s.user.email }, expires: '2030-01-01T00:00:00.000Z', accessToken: `at-${s.csrf}` } : {}, v);
        },
      },
    ],
  });
}
