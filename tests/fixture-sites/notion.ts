import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser } from './kit/index';

/**
 * www.notion.so: a GET of /logout ends the browser's Notion session (several logout lists and automation scripts
 * open it, and apps tell people to open it before switching accounts). The session is the token_v2 cookie; the
 * notion_user_id cookie names the signed-in user. The workspace switcher at the top of the sidebar opens a menu
 * (built by script) whose last item is "Log out". Notion has no Polish interface: English and German here. The
 * real sign-in sends a code by e-mail; the fixture's password form stands in for it (the recipe never signs in).
 */

interface NotionTexts extends KitTexts {
  workspace: string;
  settings: string;
  newPage: string;
  integrations: string;
  marketing: string;
}

const en: NotionTexts = {
  ...baseTexts.en,
  siteName: 'Notion',
  signInTitle: 'Log in',
  identifierLabel: 'Email',
  signInButton: 'Continue',
  accountTitle: 'My connections',
  signOut: 'Log out',
  workspace: "Jan's Notion",
  settings: 'Settings',
  newPage: 'New page',
  integrations: 'My connections',
  marketing: 'Write, plan, organize, play',
};

const de: NotionTexts = {
  ...baseTexts.de,
  siteName: 'Notion',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail',
  signInButton: 'Weiter',
  accountTitle: 'Meine Verbindungen',
  signOut: 'Abmelden',
  workspace: 'Notion von Jan',
  settings: 'Einstellungen',
  newPage: 'Neue Seite',
  integrations: 'Meine Verbindungen',
  marketing: 'Schreiben, planen, organisieren',
};

export const notionUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: '9f6b2c1e-4d2a-4c8e-9a57-3b1f0e2d7c44' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
];

const STYLE = `
body { margin: 0; font: 14px ui-sans-serif, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #37352f; display: flex; min-height: 100vh; }
nav.notion-sidebar { width: 240px; background: #f7f7f5; padding: 8px; box-sizing: border-box; }
nav.notion-sidebar a { display: block; color: #5f5e5b; text-decoration: none; padding: 4px 8px; border-radius: 4px; }
.notion-sidebar-switcher { display: flex; gap: 8px; align-items: center; width: 100%; padding: 6px 8px; border: 0; border-radius: 4px; background: none; cursor: pointer; font-weight: 600; }
.switcher-menu { width: 300px; background: #fff; border-radius: 6px; box-shadow: 0 0 0 1px rgba(15,15,15,.05), 0 3px 6px rgba(15,15,15,.1), 0 9px 24px rgba(15,15,15,.2); padding: 6px 0; }
.switcher-menu .email { padding: 6px 14px; color: #9b9a97; font-size: 12px; }
.switcher-menu a { display: block; padding: 6px 14px; color: #37352f; text-decoration: none; }
main { flex: 1; padding: 32px 96px; }
header.guest { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 24px; width: 100%; box-sizing: border-box; }
header.guest a { color: #37352f; text-decoration: none; }
.kit-sign-in { width: 320px; margin: 64px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 36px; margin: 4px 0 12px; padding: 0 10px; border: 1px solid #e3e2e0; border-radius: 4px; }
.kit-sign-in button { width: 100%; height: 36px; border: 0; border-radius: 4px; background: #2383e2; color: #fff; font-size: 14px; }
.kit-error { color: #eb5757; margin-bottom: 12px; }
`;

export function createNotionSite() {
  return defineFixtureSite<NotionTexts>({
    name: 'notion',
    hosts: { main: 'www.notion.so', redirectToMain: ['notion.so'] },
    languages: { en, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: notionUsers,
    cookies: {
      session: 'token_v2',
      browserId: 'notion_browser_id',
      auth: [
        { name: 'token_v2', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'notion_user_id', value: (s) => s.user.id ?? '', path: '/', secure: true, sameSite: 'Lax', days: 365 },
      ],
      anonymous: [{ name: 'notion_browser_id', value: 'random', path: '/', secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'email', id: 'notion-email-input-1', attrs: 'type="email" autocomplete="username"' },
      password: { name: 'password', id: 'notion-password-input-2', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="notion-continue"' },
      csrfField: 'csrf',
      afterSignIn: '/',
    },
    home: { paths: ['/'] },
    account: { path: '/profile/integrations' },
    accountMenu: {
      trigger: '.notion-sidebar-switcher',
      open: 'click',
      attrs: 'class="switcher-menu" role="menu"',
      render: (v, signOut) => `<div class="email">${escapeHtml(v.session?.user.email ?? '')}</div>
<a role="menuitem" href="/profile/integrations">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/login' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<nav class="notion-sidebar" aria-label="Sidebar"><button type="button" class="notion-sidebar-switcher" aria-haspopup="menu">${escapeHtml(v.t.workspace)}</button>
<a href="/">${escapeHtml(v.t.newPage)}</a></nav>`
          : `<header class="guest"><a href="/login">${escapeHtml(v.t.signInTitle)}</a></header>`,
      home: (v) => `<h1>${escapeHtml(v.session ? v.t.newPage : v.t.marketing)}</h1>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.integrations)}</h1><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // Signed in, the login page sends the person on to their workspace (an automation test checks /login to see it no longer does).
        path: '/login',
        method: 'GET',
        handle: (v) => (v.session ? redirect(v.res, '/', 302, v) : false),
      },
    ],
  });
}
