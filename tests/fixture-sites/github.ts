import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { githubOtherSessions } from './other-sessions/index';

/**
 * github.com as it signs in and out: a Rails form with an authenticity_token bound to the _gh_sess cookie, and a
 * sign-out that GET /logout only *asks* for — a page whose form POSTs /logout with the session's token. GitHub's
 * interface is English only. Cookies as in GitHub's published cookie table: user_session (host-only),
 * __Host-user_session_same_site (Strict), logged_in (stays, "no" after sign-out), dotcom_user.
 */

const texts: KitTexts = {
  ...baseTexts.en,
  siteName: 'GitHub',
  signInTitle: 'Sign in to GitHub',
  identifierLabel: 'Username or email address',
  wrongPassword: 'Incorrect username or password.',
  unknownAccount: 'Incorrect username or password.',
  badToken: 'The page you were looking at has expired. Please reload and try again.',
  accountTitle: 'Public profile',
  signOut: 'Sign out',
  confirmTitle: 'Are you sure you want to sign out?',
  confirmButton: 'Sign out from all accounts',
  notFound: 'This is not the web page you are looking for.',
};

export const githubUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan-kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna-nowak' },
];

const login = (v: Visit) => v.session?.user.handle ?? '';
const avatar = (v: Visit, size: number) =>
  `<img class="avatar circle" alt="@${escapeHtml(login(v))}" width="${size}" height="${size}" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E">`;

const STYLE = `
body { margin: 0; font: 14px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; }
.Header { display: flex; align-items: center; gap: 16px; padding: 16px 32px; background: #24292f; color: #fff; }
.Header a, .Header summary { color: #fff; text-decoration: none; cursor: pointer; }
.Header-item--full { flex: 1; }
.avatar { background: #ddd; border-radius: 50%; vertical-align: middle; }
main { padding: 24px 32px; }
.dashboard-sidebar { float: left; width: 260px; }
.dropdown-menu { background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 0; width: 180px; }
.dropdown-menu .dropdown-item, .dropdown-menu .dropdown-header { display: block; padding: 4px 16px; color: #1f2328; text-decoration: none; }
.dropdown-divider { border-top: 1px solid #d0d7de; margin: 8px 0; }
.auth-form, .kit-sign-in { width: 340px; margin: 40px auto; }
.kit-sign-in input[type=text], .kit-sign-in input[type=password] { display: block; width: 100%; box-sizing: border-box; margin: 4px 0 16px; padding: 5px 12px; }
.btn-primary { background: #1f883d; color: #fff; border: 0; border-radius: 6px; padding: 5px 16px; width: 100%; }
.btn-danger { color: #cf222e; }
.flash-error, .kit-error { background: #ffebe9; border: 1px solid #ff818266; border-radius: 6px; padding: 16px; margin-bottom: 16px; }
`;

export function createGithubSite() {
  return defineFixtureSite<KitTexts>({
    name: 'github',
    hosts: { main: 'github.com', redirectToMain: ['www.github.com'] },
    languages: { en: texts },
    defaultLanguage: 'en',
    languageFrom: 'fixed',
    users: githubUsers,
    cookies: {
      session: 'user_session',
      browserId: '_gh_sess',
      auth: [
        { name: 'user_session', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 14 },
        { name: '__Host-user_session_same_site', value: 'session-token', httpOnly: true, secure: true, sameSite: 'Strict', days: 14 },
        // GitHub never deletes logged_in: it flips it to "no" (a name-only check would still see a cookie).
        { name: 'logged_in', value: () => 'yes', domain: '.github.com', httpOnly: true, secure: true, sameSite: 'Lax', days: 365, onSignOut: { value: 'no' } },
        { name: 'dotcom_user', value: (s) => s.user.handle ?? '', domain: '.github.com', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
      ],
      anonymous: [
        { name: '_gh_sess', value: 'random', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: '_octo', value: () => `GH1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}`, domain: '.github.com', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'logged_in', value: () => 'no', domain: '.github.com', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
      ],
    },
    signIn: {
      path: '/login',
      action: '/session',
      identifier: { name: 'login', id: 'login_field', attrs: 'class="form-control input-block js-login-field" autocapitalize="off" autocorrect="off" autocomplete="username" autofocus required' },
      password: { name: 'password', id: 'password', attrs: 'class="form-control input-block js-password-field" autocomplete="current-password" required' },
      submit: { as: 'input', name: 'commit', attrs: 'class="btn btn-primary btn-block js-sign-in-button" data-disable-with="Signing in…"' },
      csrfField: 'authenticity_token',
      afterSignIn: '/',
      returnParam: 'return_to',
    },
    home: { paths: ['/', '/dashboard'] },
    account: { path: '/settings/profile' },
    accountMenu: {
      trigger: 'summary[aria-label="View profile and more"]',
      open: 'click',
      attrs: 'class="dropdown-menu dropdown-menu-sw" role="menu"',
      render: (v, signOut) => `<div class="dropdown-header">Signed in as <strong class="css-truncate-target">${escapeHtml(login(v))}</strong></div>
<div class="dropdown-divider" role="none"></div>
<a role="menuitem" class="dropdown-item" href="/${escapeHtml(login(v))}">Your profile</a>
<a role="menuitem" class="dropdown-item" href="/${escapeHtml(login(v))}?tab=repositories">Your repositories</a>
<a role="menuitem" class="dropdown-item" href="/settings/profile">Settings</a>
<div class="dropdown-divider" role="none"></div>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" class="dropdown-item dropdown-signout"') : ''}`,
    },
    signOut: { kind: 'confirm-page', path: '/logout', tokenField: 'authenticity_token', redirectTo: '/' },
    render: {
      style: STYLE,
      // Every saved page of 2015–2025 carries it: the login signed in, empty signed out.
      head: (v) => `<meta name="user-login" content="${escapeHtml(login(v))}">`,
      header: (v) =>
        v.session
          ? `<header class="Header" role="banner"><a class="Header-link" href="/" aria-label="Homepage">GitHub</a>
<div class="Header-item Header-item--full"><input type="text" placeholder="Type / to search" aria-label="Search"></div>
<details class="details-overlay details-reset Header-item"><summary class="Header-link" aria-label="View profile and more">${avatar(v, 20)}<span class="dropdown-caret"></span></summary></details></header>`
          : `<header class="Header" role="banner"><a class="Header-link" href="/" aria-label="Homepage">GitHub</a>
<div class="Header-item Header-item--full"></div><a class="HeaderMenu-link" href="/login">Sign in</a> <a class="HeaderMenu-link" href="/signup">Sign up</a></header>`,
      home: (v) =>
        v.session
          ? `<aside class="dashboard-sidebar" aria-label="Account">${avatar(v, 20)} <span class="css-truncate css-truncate-target">${escapeHtml(login(v))}</span>
<h2>Top repositories</h2><a href="/${escapeHtml(login(v))}/hello-world">${escapeHtml(login(v))}/hello-world</a></aside>
<h1>Home</h1><p>Recent activity</p>`
          : `<h1>Let’s build from here</h1><p>The world’s leading AI-powered developer platform.</p><a href="/signup">Sign up for GitHub</a>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1>
<p>${avatar(v, 40)} <strong>${escapeHtml(session.user.name)}</strong> (${escapeHtml(session.user.handle ?? '')})</p>
<label>Public email <input type="text" value="${escapeHtml(session.user.email)}" readonly></label>`,
      confirmPage: (v, form) => `<div class="auth-form"><h1>${escapeHtml(v.t.confirmTitle)}</h1>
<p>${avatar(v, 32)} <strong>${escapeHtml(login(v))}</strong></p>
<form action="${escapeHtml(form.action)}" accept-charset="UTF-8" method="post">
${Object.entries(form.fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}" autocomplete="off">`).join('')}
<input type="submit" name="commit" value="${escapeHtml(v.t.confirmButton)}" class="btn btn-block btn-danger">
</form></div>`,
    },
    routes: otherSessionsRoutes(githubOtherSessions),
  });
}
