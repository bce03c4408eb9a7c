import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { initials, meControlButton, OFFICE_SHELL_STYLE } from './office-shell';
import { RememberedAccounts, rememberedScript } from './remembered-accounts';
import { otherSessionsRoutes } from './kit/other-sessions';
import { microsoftOtherSessions } from './other-sessions/index';

/**
 * Outlook.com and the Microsoft account (outlook.live.com, login.live.com): one sign-in on login.live.com (two
 * steps: loginfmt, then passwd, with the PPFT flow token bound to the browser) for every live.com service. In
 * Outlook the "Me control" (#O365_MainLink_Me) builds its account card only when clicked; its "Sign out"
 * (#mectrl_body_signOut) goes to login.live.com/logout.srf, a plain GET that ends the Microsoft account session.
 * outlook.live.com/owa/logoff.owa — what Selenium bots and X-notifier open — redirects there. Pages follow the
 * browser's language. Cookies (LOW, memory): MSPAuth, MSPProf, WLSSC on .live.com and the host-only
 * __Host-MSAAUTH on login.live.com; MUID is every visitor's browser id.
 */

interface MicrosoftTexts extends KitTexts {
  accountManager(name: string): string;
  viewAccount: string;
  myProfile: string;
  newMail: string;
  inbox: string;
  folders: string;
  landingTitle: string;
}

const en: MicrosoftTexts = {
  ...baseTexts.en,
  siteName: 'Outlook',
  signInTitle: 'Sign in',
  identifierLabel: 'Email, phone, or Skype',
  passwordLabel: 'Enter password',
  nextButton: 'Next',
  signInButton: 'Sign in',
  wrongPassword: 'Your account or password is incorrect. If you don’t remember your password, reset it now.',
  unknownAccount: 'That Microsoft account doesn’t exist. Enter a different account or get a new one.',
  badToken: 'We couldn’t sign you in. Please try again.',
  accountTitle: 'Your info',
  signOut: 'Sign out',
  notFound: 'The page you requested isn’t available.',
  accountManager: (name) => `Account manager for ${name}`,
  viewAccount: 'View account',
  myProfile: 'My Microsoft profile',
  newMail: 'New mail',
  inbox: 'Inbox',
  folders: 'Folders',
  landingTitle: 'Outlook – free personal email and calendar from Microsoft',
};

const pl: MicrosoftTexts = {
  ...baseTexts.pl,
  siteName: 'Outlook',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail, telefon lub Skype',
  passwordLabel: 'Wprowadź hasło',
  nextButton: 'Dalej',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Konto lub hasło jest niepoprawne. Jeśli nie pamiętasz hasła, zresetuj je teraz.',
  unknownAccount: 'To konto Microsoft nie istnieje. Wprowadź inne konto lub utwórz nowe.',
  badToken: 'Nie udało się Cię zalogować. Spróbuj ponownie.',
  accountTitle: 'Twoje informacje',
  signOut: 'Wyloguj się',
  notFound: 'Żądana strona jest niedostępna.',
  accountManager: (name) => `Menedżer kont dla: ${name}`,
  viewAccount: 'Wyświetl konto',
  myProfile: 'Mój profil Microsoft',
  newMail: 'Nowa wiadomość',
  inbox: 'Skrzynka odbiorcza',
  folders: 'Foldery',
  landingTitle: 'Outlook – bezpłatna osobista poczta e-mail i kalendarz firmy Microsoft',
};

const de: MicrosoftTexts = {
  ...baseTexts.de,
  siteName: 'Outlook',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail, Telefon oder Skype',
  passwordLabel: 'Kennwort eingeben',
  nextButton: 'Weiter',
  signInButton: 'Anmelden',
  wrongPassword: 'Ihr Konto oder Kennwort ist falsch. Wenn Sie Ihr Kennwort vergessen haben, setzen Sie es jetzt zurück.',
  unknownAccount: 'Dieses Microsoft-Konto ist nicht vorhanden. Geben Sie ein anderes Konto ein, oder erstellen Sie ein neues.',
  badToken: 'Die Anmeldung ist fehlgeschlagen. Versuchen Sie es erneut.',
  accountTitle: 'Ihre Infos',
  signOut: 'Abmelden',
  notFound: 'Die angeforderte Seite ist nicht verfügbar.',
  accountManager: (name) => `Konto-Manager für ${name}`,
  viewAccount: 'Konto anzeigen',
  myProfile: 'Mein Microsoft-Profil',
  newMail: 'Neue E-Mail',
  inbox: 'Posteingang',
  folders: 'Ordner',
  landingTitle: 'Outlook – kostenlose private E-Mail und Kalender von Microsoft',
};

export const microsoftUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const LOGIN = 'login.live.com';
const OUTLOOK = 'outlook.live.com';
const OUTLOOK_LOGOFF = `https://${OUTLOOK}/owa/logoff.owa`;
/** The Microsoft account's sign-out, as Outlook sends the browser to it (ct/rver/id are MSA's usual parameters). */
const logoutSrf = () =>
  `https://${LOGIN}/logout.srf?ct=${Math.floor(Date.now() / 1000)}&rver=7.0.6738.0&lc=1033&id=292841&ru=${encodeURIComponent(`https://${OUTLOOK}/owa/`)}`;

function header(v: Visit<MicrosoftTexts>): string {
  if (!v.session) {
    return `<div id="O365_NavHeader" role="banner"><a href="https://${OUTLOOK}/">Outlook</a>
<a href="https://${LOGIN}/login.srf?wa=wsignin1.0&amp;wreply=${encodeURIComponent(`https://${OUTLOOK}/mail/0/`)}" style="margin-left:auto" id="signin-link">${escapeHtml(v.t.signInTitle)}</a></div>`;
  }
  const name = v.session.user.name;
  return `<div id="O365_NavHeader" role="banner"><a href="https://${OUTLOOK}/mail/0/" id="O365_AppName">Outlook</a>
<div id="O365_HeaderRightRegion" style="margin-left:auto">${meControlButton(name, v.t.accountManager(name))}</div></div>`;
}

/** "Pick an account" and its tile menu's "Forget", per language (PL/DE wording LOW). */
const PICKER = {
  en: { pick: 'Pick an account', more: 'More options', forget: 'Forget' },
  pl: { pick: 'Wybierz konto', more: 'Więcej opcji', forget: 'Zapomnij' },
  de: { pick: 'Konto auswählen', more: 'Weitere Optionen', forget: 'Entfernen' },
} as const;

const FORGET_ACTION = '/forgetaccount.srf';

/**
 * login.live.com's "Pick an account": after a sign-out the account stays as a tile (name, address) above the form.
 * Each tile's "…" (.tile-menu) opens a menu whose "Forget" (#forgetLink) removes it (the work-and-school picker's
 * controls, as a public test script presses them). The list is kept on the server under the browser's MUID.
 */
function picker(v: Visit<MicrosoftTexts>, remembered: RememberedAccounts<MicrosoftTexts>): string {
  const accounts = remembered.entries(v);
  if (accounts.length === 0) return '';
  const t = PICKER[v.lang as keyof typeof PICKER] ?? PICKER.en;
  const tiles = accounts
    .map((user, index) => `<div class="tile-container" role="listitem" data-remembered>
<div class="table" role="button" tabindex="0" data-test-id="${escapeHtml(user.email)}"><div class="name">${escapeHtml(user.name)}</div><div class="email">${escapeHtml(user.email)}</div></div>
<button type="button" class="tile-menu" aria-label="${escapeHtml(t.more)}" aria-haspopup="menu" data-opens="tile-menu-${index}">…</button>
<div id="tile-menu-${index}" role="menu" hidden><a href="#" id="forgetLink" role="menuitem" data-forget="${escapeHtml(user.email)}">${escapeHtml(t.forget)}</a></div></div>`)
    .join('\n');
  return `<div id="tilesHolder"><h1>${escapeHtml(t.pick)}</h1><div role="list">${tiles}</div></div>${rememberedScript(FORGET_ACTION, 150)}`;
}

export function createMicrosoftSite() {
  const remembered = new RememberedAccounts<MicrosoftTexts>({ kind: 'server', browserCookie: 'MUID' }, microsoftUsers);
  const site = defineFixtureSite<MicrosoftTexts>({
    name: 'microsoft',
    hosts: { main: LOGIN, served: [OUTLOOK, 'account.live.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: microsoftUsers,
    cookies: {
      session: 'MSPAuth',
      browserId: 'MUID',
      auth: [
        { name: 'MSPAuth', value: 'session-token', domain: '.live.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'MSPProf', value: 'random', domain: '.live.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'WLSSC', value: 'random', domain: '.live.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 90 },
        // Host-only on login.live.com: set by its sign-in and expired by its logout.srf.
        { name: '__Host-MSAAUTH', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 90 },
      ],
      anonymous: [{ name: 'MUID', value: () => randomHex(32), domain: '.live.com', path: '/', secure: true, sameSite: 'None', days: 390 }],
    },
    signIn: {
      path: '/login.srf',
      action: '/ppsecure/post.srf',
      identifier: { name: 'loginfmt', id: 'i0116', attrs: 'maxlength="113" class="form-control ltr_override" autocomplete="username"' },
      next: { as: 'input', id: 'idSIButton9', attrs: 'class="win-button button_primary high-contrast-overrides button ext-button primary ext-primary"' },
      password: { name: 'passwd', id: 'i0118', attrs: 'class="form-control" autocomplete="current-password"' },
      submit: { as: 'input', id: 'idSIButton9', attrs: 'class="win-button button_primary high-contrast-overrides button ext-button primary ext-primary"' },
      csrfField: 'PPFT',
      afterSignIn: `https://${OUTLOOK}/mail/0/`,
      returnParam: 'wreply',
    },
    home: { host: OUTLOOK, paths: ['/mail/0/', '/mail/'], requiresSession: true },
    account: { path: '/account/profile' },
    accountMenu: {
      trigger: '#O365_MainLink_Me',
      open: 'click',
      attrs: 'id="mectrl_main_body" role="dialog" aria-label="Account manager"',
      render: (v, signOut) => {
        const user = v.session?.user;
        if (!user) return '';
        return `<div class="mectrl_header"><span>Microsoft</span>${
          signOut
            ? signOutControl({ kind: 'link', href: logoutSrf() }, v.t.signOut, 'id="mectrl_body_signOut" class="mectrl_resetStyle mectrl_signout mectrl_truncate" role="link"')
            : ''
        }</div>
<div class="mectrl_accountDetails"><div id="mectrl_currentAccount_picture" class="mectrl_profilepic">${escapeHtml(initials(user.name))}</div>
<div id="mectrl_currentAccount_primary" class="mectrl_name mectrl_truncate">${escapeHtml(user.name)}</div>
<div id="mectrl_currentAccount_secondary" class="mectrl_truncate">${escapeHtml(user.email)}</div>
<a id="mectrl_viewAccount" href="https://account.microsoft.com/" class="mectrl_link">${escapeHtml(v.t.myProfile)}</a></div>`;
      },
    },
    signOut: { kind: 'get-url', path: '/logout.srf', redirectTo: `https://${OUTLOOK}/` },
    render: {
      style: OFFICE_SHELL_STYLE,
      header,
      home: (v) => `<div class="folder-pane" role="tree" aria-label="${escapeHtml(v.t.folders)}"><button type="button">${escapeHtml(v.t.newMail)}</button>
<a href="/mail/0/" role="treeitem" aria-selected="true">${escapeHtml(v.t.inbox)}</a></div>
<div class="message-list" role="listbox" aria-label="${escapeHtml(v.t.inbox)}"><div role="option">Microsoft account team</div></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
      signInAbove: (v) => picker(v, remembered),
    },
    hooks: {
      onSignIn: (v, session) => remembered.remember(v, session.user),
      onReset: () => remembered.clear(),
    },
    routes: [
      remembered.removeRoute(LOGIN, FORGET_ACTION),
      ...otherSessionsRoutes(microsoftOtherSessions),
      {
        // Outlook's own sign-out: it hands over to the Microsoft account's logout.srf.
        host: OUTLOOK,
        path: '/owa/logoff.owa',
        handle: (v) => {
          if (v.controls.signOutRemoved) return false;
          redirect(v.res, logoutSrf(), 302, v);
        },
      },
      {
        host: OUTLOOK,
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) return redirect(v.res, '/mail/0/', 302, v);
          v.sendPage(200, { title: 'Outlook', body: `<h1>${escapeHtml(v.t.landingTitle)}</h1>` });
        },
      },
      { host: OUTLOOK, path: '/owa/', method: 'GET', handle: (v) => redirect(v.res, v.session ? '/mail/0/' : '/', 302, v) },
    ],
  });
  return Object.assign(site, { rememberedAccounts: () => remembered.all() });
}

function randomHex(length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(Math.random() * 16).toString(16).toUpperCase();
  return out;
}
