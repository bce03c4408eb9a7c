import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * Slack in the browser: the client runs on app.slack.com (/client), the workspace on its own host (here
 * acme.slack.com), where the sign-in form (#email, #password, #signin_btn) and the sign-out live. The session is the
 * d cookie (xoxd-…, on .slack.com, ten years) with d-s beside it; lc keeps the language. The avatar at the top right
 * ([data-qa="user-button"], labelled "User menu: <name>") opens a menu built by script whose "Sign out of <workspace>"
 * ends the session and lands on /signout/done ("You've signed out of Slack"). Slack has no Polish interface:
 * English and German here.
 */

interface SlackTexts extends KitTexts {
  userMenu: string;
  profile: string;
  preferences: string;
  signedOutTitle: string;
  signBackIn: string;
  channel: string;
}

const WORKSPACE = 'Acme';

const en: SlackTexts = {
  ...baseTexts.en,
  siteName: 'Slack',
  signInTitle: 'Sign in to Acme',
  identifierLabel: 'Email address',
  signInButton: 'Sign In',
  accountTitle: 'Profile',
  signOut: `Sign out of ${WORKSPACE}`,
  userMenu: 'User menu',
  profile: 'Profile',
  preferences: 'Preferences',
  signedOutTitle: 'You’ve signed out of Slack',
  signBackIn: 'Sign back in',
  channel: 'general',
};

const de: SlackTexts = {
  ...baseTexts.de,
  siteName: 'Slack',
  signInTitle: 'Bei Acme anmelden',
  identifierLabel: 'E-Mail-Adresse',
  signInButton: 'Anmelden',
  accountTitle: 'Profil',
  signOut: `Von ${WORKSPACE} abmelden`,
  userMenu: 'Benutzermenü',
  profile: 'Profil',
  preferences: 'Einstellungen',
  signedOutTitle: 'Du hast dich von Slack abgemeldet',
  signBackIn: 'Wieder anmelden',
  channel: 'allgemein',
};

export const slackUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', id: 'U041KF85GP5' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', id: 'U02ABCD1234' },
];

const STYLE = `
body { margin: 0; font: 15px Lato, "Slack-Lato", "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1d1c1d; }
.p-top_nav { display: flex; align-items: center; height: 40px; padding: 0 12px; background: #3f0e40; color: #fff; }
.p-top_nav__right { margin-left: auto; }
[data-qa="user-button"] { width: 28px; height: 28px; border: 0; border-radius: 6px; background: #e8912d; color: #fff; cursor: pointer; }
.c-menu { width: 280px; background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(29,28,29,.13), 0 4px 12px rgba(0,0,0,.12); padding: 12px 0; }
.c-menu .who { padding: 4px 24px 12px; font-weight: 700; }
.c-menu a { display: block; padding: 6px 24px; color: #1d1c1d; text-decoration: none; }
main { padding: 20px; }
.kit-sign-in { width: 400px; margin: 48px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 44px; margin: 4px 0 20px; padding: 0 12px; border: 1px solid #868686; border-radius: 4px; }
.kit-sign-in button { width: 100%; height: 44px; border: 0; border-radius: 4px; background: #4a154b; color: #fff; font-size: 18px; font-weight: 700; }
.kit-error { color: #e01e5a; margin-bottom: 12px; }
`;

const initial = (v: Visit<SlackTexts>) => (v.session?.user.name ?? '').slice(0, 1).toUpperCase();

export function createSlackSite() {
  return defineFixtureSite<SlackTexts>({
    name: 'slack',
    hosts: { main: 'acme.slack.com', served: ['app.slack.com'] },
    languages: { en, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: slackUsers,
    cookies: {
      session: 'd',
      browserId: 'lc',
      auth: [
        { name: 'd', value: 'session-token', domain: '.slack.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 3650 },
        { name: 'd-s', value: 'random', domain: '.slack.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 3650 },
      ],
      anonymous: [{ name: 'lc', value: 'random', domain: '.slack.com', path: '/', secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/sign_in_with_password',
      identifier: { name: 'email', id: 'email', attrs: 'type="email" data-qa="login_email" autocomplete="username"' },
      password: { name: 'password', id: 'password', attrs: 'data-qa="login_password" autocomplete="current-password"' },
      submit: { id: 'signin_btn', attrs: 'data-qa="signin_button"' },
      csrfField: 'crumb',
      afterSignIn: 'https://app.slack.com/client',
    },
    home: { host: 'app.slack.com', paths: ['/client'], requiresSession: true },
    account: { host: 'app.slack.com', path: '/client/profile' },
    accountMenu: {
      trigger: '[data-qa="user-button"]',
      open: 'click',
      attrs: 'class="c-menu" role="menu"',
      render: (v, signOut) => `<div class="who">${escapeHtml(v.session?.user.name ?? '')}</div>
<a role="menuitem" href="/client/profile">${escapeHtml(v.t.profile)}</a>
<a role="menuitem" href="/client/preferences">${escapeHtml(v.t.preferences)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" data-qa="main-menu-sign-out"') : ''}`,
    },
    signOut: { kind: 'menu-then-link', method: 'get', host: 'acme.slack.com', path: '/signout', redirectTo: '/signout/done' },
    render: {
      style: STYLE,
      header: (v) =>
        `<div class="p-top_nav">` +
        (v.session
          ? `<div class="p-top_nav__right"><button type="button" data-qa="user-button" aria-label="${escapeHtml(`${v.t.userMenu}: ${v.session.user.name}`)}" data-member-id="${escapeHtml(v.session.user.id ?? '')}">${escapeHtml(initial(v))}</button></div>`
          : '') +
        `</div>`,
      home: (v) => `<h1># ${escapeHtml(v.t.channel)}</h1>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        host: 'acme.slack.com',
        path: '/signout/done',
        method: 'GET',
        handle: (v) =>
          v.sendPage(200, {
            title: v.t.signedOutTitle,
            body: `<div id="page_contents"><h1>${escapeHtml(v.t.signedOutTitle)}</h1><a href="/sign_in_with_password">${escapeHtml(v.t.signBackIn)}</a></div>`,
          }),
      },
    ],
  });
}
