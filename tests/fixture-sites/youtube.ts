import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.youtube.com: the Google account's session as YouTube holds it, on .youtube.com (SID, HSID, SSID, APISID,
 * SAPISID, __Secure-1PSID, __Secure-3PSID, LOGIN_INFO) — google.com's own cookies are the google fixture's. The
 * avatar (button#avatar-btn) opens a menu built by script whose "Sign out" links to the absolute
 * https://www.youtube.com/logout (recipe-evidence.md): a plain GET that ends the
 * YouTube session, expires those cookies and continues to accounts.google.com/Logout, which (in the google
 * fixture) signs this browser out of Google as well — as the real sign-out does.
 *
 * Sign-in: the real form is Google's; its redirect chain passes accounts.youtube.com to set the .youtube.com
 * cookies. accounts.google.com belongs to the google fixture, so this fixture shows a Google-style two-step form
 * on accounts.youtube.com itself (a stand-in, not a real YouTube page). Pages follow the browser's language or
 * ?hl=. VISITOR_INFO1_LIVE, YSC and PREF are every visitor's.
 */

interface YoutubeTexts extends KitTexts {
  accountMenu: string;
  signInLink: string;
  toContinue: string;
  viewChannel: string;
  googleAccount: string;
  switchAccount: string;
  search: string;
  home: string;
  subscriptions: string;
}

const en: YoutubeTexts = {
  ...baseTexts.en,
  siteName: 'YouTube',
  signInTitle: 'Sign in',
  identifierLabel: 'Email or phone',
  passwordLabel: 'Enter your password',
  nextButton: 'Next',
  signInButton: 'Next',
  wrongPassword: 'Wrong password. Try again or click Forgot password to reset it.',
  unknownAccount: 'Couldn’t find your Google Account',
  accountTitle: 'Account',
  signOut: 'Sign out',
  notFound: 'This page isn’t available. Sorry about that.',
  accountMenu: 'Account menu',
  signInLink: 'Sign in',
  toContinue: 'to continue to YouTube',
  viewChannel: 'View your channel',
  googleAccount: 'Google Account',
  switchAccount: 'Switch account',
  search: 'Search',
  home: 'Home',
  subscriptions: 'Subscriptions',
};

const pl: YoutubeTexts = {
  ...baseTexts.pl,
  siteName: 'YouTube',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail lub telefon',
  passwordLabel: 'Wpisz hasło',
  nextButton: 'Dalej',
  signInButton: 'Dalej',
  wrongPassword: 'Nieprawidłowe hasło. Spróbuj ponownie lub kliknij „Nie pamiętasz hasła?”, by je zresetować.',
  unknownAccount: 'Nie możemy znaleźć Twojego konta Google',
  accountTitle: 'Konto',
  signOut: 'Wyloguj się',
  notFound: 'Ta strona jest niedostępna. Przepraszamy.',
  accountMenu: 'Menu konta',
  signInLink: 'Zaloguj się',
  toContinue: 'aby przejść do YouTube',
  viewChannel: 'Wyświetl swój kanał',
  googleAccount: 'Konto Google',
  switchAccount: 'Przełącz konto',
  search: 'Szukaj',
  home: 'Strona główna',
  subscriptions: 'Subskrypcje',
};

const de: YoutubeTexts = {
  ...baseTexts.de,
  siteName: 'YouTube',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail oder Telefonnummer',
  passwordLabel: 'Passwort eingeben',
  nextButton: 'Weiter',
  signInButton: 'Weiter',
  wrongPassword: 'Falsches Passwort. Versuche es noch einmal oder klicke auf „Passwort vergessen?“.',
  unknownAccount: 'Google-Konto wurde nicht gefunden',
  accountTitle: 'Konto',
  signOut: 'Abmelden',
  notFound: 'Diese Seite ist leider nicht verfügbar.',
  accountMenu: 'Kontomenü',
  signInLink: 'Anmelden',
  toContinue: 'weiter zu YouTube',
  viewChannel: 'Deinen Kanal ansehen',
  googleAccount: 'Google-Konto',
  switchAccount: 'Konto wechseln',
  search: 'Suche',
  home: 'Startseite',
  subscriptions: 'Abos',
};

export const youtubeUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jankowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'annanowak' },
];

const WWW = 'www.youtube.com';
const ACCOUNTS = 'accounts.youtube.com';
const SIGN_IN = '/accounts/ServiceLogin';

const STYLE = `
body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #0f0f0f; }
ytd-masthead { display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px; }
ytd-masthead a { color: #0f0f0f; text-decoration: none; }
#logo { font-weight: bold; font-size: 20px; }
#search { flex: 1; max-width: 600px; height: 40px; border: 1px solid #ccc; border-radius: 40px; padding: 0 16px; margin: 0 auto; }
#avatar-btn { width: 32px; height: 32px; border-radius: 50%; border: 0; background: #5c6bc0; color: #fff; cursor: pointer; }
.sign-in-button { border: 1px solid #ddd; border-radius: 18px; padding: 6px 12px; color: #065fd4 !important; }
ytd-multi-page-menu-renderer { display: block; width: 300px; background: #fff; border-radius: 12px; box-shadow: 0 4px 32px rgba(0,0,0,.1); padding: 8px 0; }
ytd-active-account-header-renderer { display: block; padding: 16px; border-bottom: 1px solid #e5e5e5; }
ytd-compact-link-renderer a { display: block; padding: 8px 16px; color: #0f0f0f; text-decoration: none; }
main { padding: 24px; }
.kit-sign-in { width: 400px; margin: 40px auto; border: 1px solid #dadce0; border-radius: 8px; padding: 40px; }
.kit-sign-in input[type=text], .kit-sign-in input[type=password] { display: block; width: 100%; box-sizing: border-box; height: 54px; margin: 4px 0 16px; padding: 0 14px; }
.kit-sign-in button { float: right; background: #1a73e8; color: #fff; border: 0; border-radius: 4px; padding: 9px 24px; }
.kit-error { color: #d93025; }
`;

const signInHref = (v: Visit<YoutubeTexts>) =>
  `https://${ACCOUNTS}${SIGN_IN}?service=youtube&hl=${v.lang}&continue=${encodeURIComponent(`https://${WWW}${v.url.pathname}`)}`;
const handleOf = (v: Visit<YoutubeTexts>) => v.session?.user.handle ?? '';

/** A menu entry as YouTube renders it: a link around a paper item. */
const menuLink = (href: string, label: string, attrs = '') =>
  `<ytd-compact-link-renderer><a id="endpoint" class="yt-simple-endpoint" href="${escapeHtml(href)}" tabindex="-1"${attrs ? ` ${attrs}` : ''}><tp-yt-paper-item role="link"><yt-formatted-string id="label">${escapeHtml(label)}</yt-formatted-string></tp-yt-paper-item></a></ytd-compact-link-renderer>`;

export function createYoutubeSite() {
  const google = { domain: '.youtube.com', path: '/', days: 400 } as const;
  const secure = { ...google, secure: true } as const;
  return defineFixtureSite<YoutubeTexts>({
    name: 'youtube',
    hosts: { main: WWW, served: [ACCOUNTS], redirectToMain: ['youtube.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    languageParam: 'hl',
    users: youtubeUsers,
    cookies: {
      session: 'SID',
      browserId: 'VISITOR_INFO1_LIVE',
      auth: [
        { name: 'SID', value: 'session-token', ...google },
        { name: 'HSID', value: 'random', ...google, httpOnly: true },
        { name: 'SSID', value: 'random', ...secure, httpOnly: true },
        { name: 'APISID', value: 'random', ...google },
        { name: 'SAPISID', value: 'random', ...secure },
        { name: '__Secure-1PSID', value: 'session-token', ...secure, httpOnly: true },
        { name: '__Secure-3PSID', value: 'session-token', ...secure, httpOnly: true, sameSite: 'None' },
        { name: 'LOGIN_INFO', value: 'random', ...secure, httpOnly: true, sameSite: 'None' },
      ],
      anonymous: [
        { name: 'VISITOR_INFO1_LIVE', value: 'random', domain: '.youtube.com', path: '/', secure: true, httpOnly: true, sameSite: 'None', days: 180 },
        { name: 'YSC', value: 'random', domain: '.youtube.com', path: '/', secure: true, httpOnly: true, sameSite: 'None' },
        { name: 'PREF', value: () => 'f6=40000000&tz=Europe.Warsaw', domain: '.youtube.com', path: '/', secure: true, days: 400 },
      ],
    },
    signIn: {
      host: ACCOUNTS,
      path: SIGN_IN,
      identifier: { name: 'identifier', id: 'identifierId', attrs: 'autocomplete="username" spellcheck="false" autocapitalize="none"' },
      next: { id: 'identifierNext' },
      password: { name: 'Passwd', attrs: 'autocomplete="current-password"' },
      submit: { id: 'passwordNext' },
      csrfField: 'gxf',
      afterSignIn: `https://${WWW}/`,
      returnParam: 'continue',
    },
    home: { paths: ['/', '/feed/subscriptions'] },
    account: { path: '/account' },
    accountMenu: {
      trigger: 'button#avatar-btn',
      open: 'click',
      attrs: 'id="contentWrapper" class="style-scope tp-yt-iron-dropdown" role="dialog"',
      render: (v, signOut) => `<ytd-multi-page-menu-renderer>
<ytd-active-account-header-renderer><yt-formatted-string id="account-name">${escapeHtml(v.session?.user.name ?? '')}</yt-formatted-string>
<yt-formatted-string id="channel-handle">@${escapeHtml(handleOf(v))}</yt-formatted-string>
${menuLink(`/@${handleOf(v)}`, v.t.viewChannel, 'aria-describedby="manage-account"')}</ytd-active-account-header-renderer>
<div id="sections">${menuLink('https://myaccount.google.com/', v.t.googleAccount)}
${menuLink(`https://${ACCOUNTS}${SIGN_IN}?service=youtube`, v.t.switchAccount)}
${signOut && signOut.kind === 'link' ? menuLink(new URL(signOut.href, `https://${WWW}`).href, v.t.signOut) : signOut ? signOutControl(signOut, v.t.signOut) : ''}</div>
</ytd-multi-page-menu-renderer>`,
    },
    signOut: {
      kind: 'get-url',
      path: '/logout',
      redirectTo: `https://accounts.google.com/Logout?continue=${encodeURIComponent(`https://${WWW}/`)}&service=youtube`,
    },
    render: {
      style: STYLE,
      header: (v) =>
        `<ytd-masthead id="masthead" role="banner"><a id="logo" href="/" title="${escapeHtml(v.t.home)}">YouTube</a>
<input id="search" name="search_query" placeholder="${escapeHtml(v.t.search)}" aria-label="${escapeHtml(v.t.search)}">` +
        (v.session
          ? `<ytd-topbar-menu-button-renderer><button id="avatar-btn" aria-label="${escapeHtml(v.t.accountMenu)}" aria-haspopup="true">${escapeHtml(
              (v.session.user.name[0] ?? '').toUpperCase(),
            )}</button></ytd-topbar-menu-button-renderer>`
          : `<a class="sign-in-button" href="${escapeHtml(signInHref(v))}" aria-label="${escapeHtml(v.t.signInLink)}">${escapeHtml(v.t.signInLink)}</a>`) +
        `</ytd-masthead>`,
      home: (v) => `<ytd-rich-grid-renderer><h1 hidden>${escapeHtml(v.t.home)}</h1><ytd-rich-item-renderer><a href="/watch?v=dQw4w9WgXcQ">Video</a></ytd-rich-item-renderer></ytd-rich-grid-renderer>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
      signIn: (v, state) => `<div class="kit-sign-in"><div aria-label="Google">Google</div><h1>${escapeHtml(v.t.signInTitle)}</h1><p>${escapeHtml(v.t.toContinue)}</p>
${state.error ? `<div class="kit-error" role="alert">${escapeHtml(state.error)}</div>` : ''}
<form method="post" action="${escapeHtml(state.action)}" novalidate>
${Object.entries(state.hidden).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('')}
${
  state.step === 'password'
    ? `<p>${escapeHtml(state.identifier)}</p><input type="hidden" name="identifier" value="${escapeHtml(state.identifier)}">
<label for="Passwd">${escapeHtml(v.t.passwordLabel)}</label><input type="password" name="Passwd" id="Passwd" autocomplete="current-password">
<button type="submit" id="passwordNext">${escapeHtml(v.t.nextButton)}</button>`
    : `<label for="identifierId">${escapeHtml(v.t.identifierLabel)}</label><input type="text" name="identifier" id="identifierId" value="${escapeHtml(state.identifier)}" autocomplete="username">
<button type="submit" id="identifierNext">${escapeHtml(v.t.nextButton)}</button>`
}
</form></div>`,
    },
  });
}
