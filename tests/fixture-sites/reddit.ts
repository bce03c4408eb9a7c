import { sendJson } from './kit/respond';
import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.reddit.com (the "shreddit" web app): the avatar button (#expand-user-drawer-button, "Expand user menu")
 * opens the user drawer, built by script; its "Log Out" POSTs /svc/shreddit/account/logout with the csrf_token
 * (double-submit: the csrf_token cookie's value). A GET of that address, or a POST without the token, ends
 * nothing. The interface is English unless the account says otherwise. Cookies: reddit_session (the session) on
 * .reddit.com; token_v2 (an API token every visitor gets), loid (browser id) and csrf_token are not signs of a
 * session.
 */

interface RedditTexts extends KitTexts {
  expandUserMenu: string;
  viewProfile: string;
  editAvatar: string;
  darkMode: string;
  create: string;
  homeFeed: string;
  popular: string;
}

const en: RedditTexts = {
  ...baseTexts.en,
  siteName: 'Reddit',
  signInTitle: 'Log In',
  identifierLabel: 'Email or username',
  passwordLabel: 'Password',
  signInButton: 'Log In',
  wrongPassword: 'Invalid username or password.',
  unknownAccount: 'Invalid username or password.',
  badToken: 'Something went wrong. Please try again.',
  accountTitle: 'Settings',
  signOut: 'Log Out',
  notFound: 'Sorry, nobody on Reddit goes by that name.',
  expandUserMenu: 'Expand user menu',
  viewProfile: 'View Profile',
  editAvatar: 'Edit Avatar',
  darkMode: 'Dark Mode',
  create: 'Create',
  homeFeed: 'Home',
  popular: 'Popular',
};

export const redditUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan_kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna_nowak' },
];

const STYLE = `
body { margin: 0; font: 14px "IBM Plex Sans", -apple-system, Arial, sans-serif; color: #0f1a1c; }
reddit-header-large { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; border-bottom: 1px solid #e5ebee; }
reddit-header-large a { color: #0f1a1c; text-decoration: none; }
reddit-header-large .logo { color: #ff4500; font-weight: bold; font-size: 22px; }
.header-actions { margin-left: auto; display: flex; gap: 8px; align-items: center; }
#expand-user-drawer-button { width: 40px; height: 40px; border-radius: 50%; border: 0; background: #ff4500; color: #fff; cursor: pointer; }
#user-drawer-content { width: 256px; background: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 0; }
#user-drawer-content a, #user-drawer-content button { display: block; width: 100%; box-sizing: border-box; text-align: left; padding: 10px 16px; color: #0f1a1c; text-decoration: none; background: none; border: 0; font-size: 14px; }
#user-drawer-content .handle { display: block; color: #576f76; font-size: 12px; }
main { padding: 24px; }
.kit-sign-in { width: 400px; margin: 40px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 56px; margin: 4px 0 16px; padding: 0 16px; border-radius: 20px; border: 0; background: #eaedef; }
.kit-sign-in button { width: 100%; height: 48px; border-radius: 24px; border: 0; background: #d93a00; color: #fff; font-weight: 600; }
.kit-error { color: #d93a00; margin-bottom: 12px; }
`;

const handleOf = (v: Visit<RedditTexts>) => v.session?.user.handle ?? '';

export function createRedditSite() {
  return defineFixtureSite<RedditTexts>({
    name: 'reddit',
    hosts: { main: 'www.reddit.com', redirectToMain: ['reddit.com'] },
    languages: { en },
    defaultLanguage: 'en',
    languageFrom: 'fixed',
    users: redditUsers,
    cookies: {
      session: 'reddit_session',
      browserId: 'loid',
      auth: [
        { name: 'reddit_session', value: 'session-token', domain: '.reddit.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 180 },
        // The double-submit CSRF cookie: renewed at sign-in (it is the session's token from then on), left at sign-out.
        { name: 'csrf_token', value: 'csrf-token', path: '/', secure: true, sameSite: 'Strict', onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'loid', value: 'random', domain: '.reddit.com', path: '/', secure: true, sameSite: 'None', days: 400 },
        { name: 'token_v2', value: 'random', domain: '.reddit.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 1 },
        { name: 'csrf_token', value: 'random', path: '/', secure: true, sameSite: 'Strict' },
      ],
    },
    signIn: {
      path: '/login/',
      identifier: { name: 'username', id: 'login-username', attrs: 'autocomplete="username" required' },
      password: { name: 'password', id: 'login-password', attrs: 'autocomplete="current-password" required' },
      submit: { attrs: 'class="login button-primary"' },
      csrfField: 'csrf_token',
      afterSignIn: '/',
      returnParam: 'dest',
    },
    home: { paths: ['/'] },
    account: { path: '/settings/account' },
    accountMenu: {
      trigger: '#expand-user-drawer-button',
      open: 'click',
      attrs: 'id="user-drawer-content" role="menu"',
      render: (v, signOut) => `<a role="menuitem" href="/user/${escapeHtml(handleOf(v))}/"><span>${escapeHtml(v.t.viewProfile)}</span><span class="handle">u/${escapeHtml(handleOf(v))}</span></a>
<a role="menuitem" href="/avatar">${escapeHtml(v.t.editAvatar)}</a>
<button type="button" role="menuitem" aria-pressed="false">${escapeHtml(v.t.darkMode)}</button>
<hr>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="logout-list-item"') : ''}`,
    },
    signOut: { kind: 'menu-then-link', method: 'post', path: '/svc/shreddit/account/logout', tokenField: 'csrf_token', redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) =>
        `<reddit-header-large><nav role="navigation"><a class="logo" href="/" aria-label="Home">reddit</a></nav><div class="header-actions">` +
        (v.session
          ? `<a href="/submit" aria-label="${escapeHtml(v.t.create)}">+ ${escapeHtml(v.t.create)}</a>
<button type="button" id="expand-user-drawer-button" aria-label="${escapeHtml(v.t.expandUserMenu)}">${escapeHtml(handleOf(v).slice(0, 1).toUpperCase())}</button>`
          : `<a href="/login/" id="login-button" role="button">${escapeHtml(v.t.signInButton)}</a>`) +
        `</div></reddit-header-large>`,
      home: (v) => `<h1>${escapeHtml(v.session ? v.t.homeFeed : v.t.popular)}</h1><article><h2>r/poland</h2><p>Dzień dobry!</p></article>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>u/${escapeHtml(session.user.handle ?? '')}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // What clients ask to see whether a reddit_session cookie is live: the account as JSON, or no data for a guest.
        path: '/api/me.json',
        method: 'GET',
        handle: (v) => {
          const user = v.session?.user;
          sendJson(v.res, 200, user ? { kind: 't2', data: { name: user.handle ?? '', has_mail: false, is_suspended: false } } : {}, v);
        },
      },
    ],
  });
}
