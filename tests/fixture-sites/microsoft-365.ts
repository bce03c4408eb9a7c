import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';
import { meControlButton, OFFICE_SHELL_STYLE } from './office-shell';

/**
 * Outlook on the web for work and school accounts (outlook.office.com). OWA keeps its own session in the
 * OpenIdConnect.token.v1 cookie, with the X-OWA-CANARY token beside it (script-readable: OWA's requests send it as a
 * header) and ClientId for every visitor. A GET of /owa/logoff.owa ends the OWA session and hands over to Microsoft
 * Entra's sign-out on login.microsoftonline.com ("You signed out of your account"). The Office shell's "Me control"
 * (#O365_MainLink_Me) builds its account card only when clicked; its "Sign out" (#mectrl_body_signOut) goes the
 * same way. Pages follow the browser's language. The real sign-in runs on login.microsoftonline.com (ESTSAUTH
 * cookies there); a response from there cannot set OWA's cookies, so here the form (its ids i0116/i0118/idSIButton9)
 * sits on outlook.office.com, which the recipe never touches.
 */

interface M365Texts extends KitTexts {
  accountManager(name: string): string;
  viewAccount: string;
  newMail: string;
  inbox: string;
  folders: string;
  signedOutTitle: string;
  signedOutText: string;
}

const en: M365Texts = {
  ...baseTexts.en,
  siteName: 'Outlook',
  signInTitle: 'Sign in',
  identifierLabel: 'Email, phone, or Skype',
  passwordLabel: 'Enter password',
  nextButton: 'Next',
  signInButton: 'Sign in',
  wrongPassword: 'Your account or password is incorrect.',
  unknownAccount: 'This username may be incorrect. Make sure you typed it correctly.',
  accountTitle: 'My account',
  signOut: 'Sign out',
  accountManager: (name) => `Account manager for ${name}`,
  viewAccount: 'View account',
  newMail: 'New mail',
  inbox: 'Inbox',
  folders: 'Folders',
  signedOutTitle: 'You signed out of your account',
  signedOutText: 'It’s a good idea to close all browser windows.',
};

const pl: M365Texts = {
  ...baseTexts.pl,
  siteName: 'Outlook',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail, telefon lub Skype',
  passwordLabel: 'Wprowadź hasło',
  nextButton: 'Dalej',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Konto lub hasło jest niepoprawne.',
  unknownAccount: 'Ta nazwa użytkownika może być nieprawidłowa.',
  accountTitle: 'Moje konto',
  signOut: 'Wyloguj się',
  accountManager: (name) => `Menedżer kont dla: ${name}`,
  viewAccount: 'Wyświetl konto',
  newMail: 'Nowa wiadomość',
  inbox: 'Skrzynka odbiorcza',
  folders: 'Foldery',
  signedOutTitle: 'Wylogowano Cię z konta',
  signedOutText: 'Dobrym pomysłem jest zamknięcie wszystkich okien przeglądarki.',
};

export const microsoft365Users: readonly KitUser[] = [
  { email: 'jan.kowalski@szkola.example', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna.nowak@firma.example', password: 'haslo123', name: 'Anna Nowak' },
];

const OUTLOOK = 'outlook.office.com';
const LOGIN = 'login.microsoftonline.com';
const SIGNED_OUT = `https://${LOGIN}/common/oauth2/v2.0/logoutsession`;

const STYLE = `${OFFICE_SHELL_STYLE}
.signed-out { width: 440px; margin: 48px auto; padding: 44px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
`;

function header(v: Visit<M365Texts>): string {
  if (!v.session) return `<div id="O365_NavHeader" role="banner"><a href="https://${OUTLOOK}/">Outlook</a></div>`;
  const name = v.session.user.name;
  return `<div id="O365_NavHeader" role="banner"><a href="/mail/" id="O365_AppName">Outlook</a>
<div id="O365_HeaderRightRegion" style="margin-left:auto">${meControlButton(name, v.t.accountManager(name))}</div></div>`;
}

export function createMicrosoft365Site() {
  return defineFixtureSite<M365Texts>({
    name: 'microsoft-365',
    hosts: { main: OUTLOOK, served: [LOGIN] },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: microsoft365Users,
    cookies: {
      session: 'OpenIdConnect.token.v1',
      browserId: 'ClientId',
      auth: [
        { name: 'OpenIdConnect.token.v1', value: 'session-token', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'X-OWA-CANARY', value: 'csrf-token', path: '/', secure: true, sameSite: 'None' },
      ],
      anonymous: [{ name: 'ClientId', value: 'random', path: '/', secure: true, sameSite: 'None', days: 365 }],
    },
    signIn: {
      path: '/owa/auth/login',
      identifier: { name: 'loginfmt', id: 'i0116', attrs: 'class="form-control ltr_override" autocomplete="username"' },
      next: { as: 'input', id: 'idSIButton9', attrs: 'class="win-button button_primary button ext-button primary ext-primary"' },
      password: { name: 'passwd', id: 'i0118', attrs: 'class="form-control" autocomplete="current-password"' },
      submit: { as: 'input', id: 'idSIButton9', attrs: 'class="win-button button_primary button ext-button primary ext-primary"' },
      csrfField: 'flowToken',
      afterSignIn: '/mail/',
    },
    home: { paths: ['/mail/'], requiresSession: true },
    account: { path: '/mail/options/accounts' },
    accountMenu: {
      trigger: '#O365_MainLink_Me',
      open: 'click',
      attrs: 'id="mectrl_main_body" role="dialog" aria-label="Account manager"',
      render: (v, signOut) => {
        const user = v.session?.user;
        if (!user) return '';
        return `<div class="mectrl_header"><span>${escapeHtml(user.email.split('@')[1] ?? '')}</span>${
          signOut ? signOutControl(signOut, v.t.signOut, 'id="mectrl_body_signOut" class="mectrl_resetStyle mectrl_signout mectrl_truncate" role="link"') : ''
        }</div>
<div class="mectrl_accountDetails"><div id="mectrl_currentAccount_primary" class="mectrl_name mectrl_truncate">${escapeHtml(user.name)}</div>
<div id="mectrl_currentAccount_secondary" class="mectrl_truncate">${escapeHtml(user.email)}</div>
<a id="mectrl_viewAccount" href="/mail/options/accounts" class="mectrl_link">${escapeHtml(v.t.viewAccount)}</a></div>`;
      },
    },
    signOut: { kind: 'get-url', path: '/owa/logoff.owa', redirectTo: SIGNED_OUT },
    render: {
      style: STYLE,
      header,
      home: (v) => `<div class="folder-pane" role="tree" aria-label="${escapeHtml(v.t.folders)}"><button type="button">${escapeHtml(v.t.newMail)}</button>
<a href="/mail/" role="treeitem" aria-selected="true">${escapeHtml(v.t.inbox)}</a></div>
<div class="message-list" role="listbox" aria-label="${escapeHtml(v.t.inbox)}"><div role="option">IT</div></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        // Entra's page after a sign-out.
        host: LOGIN,
        path: '/common/oauth2/v2.0/logoutsession',
        method: 'GET',
        handle: (v) =>
          v.sendPage(200, {
            title: v.t.signedOutTitle,
            header: false,
            body: `<div class="signed-out"><h1>${escapeHtml(v.t.signedOutTitle)}</h1><p>${escapeHtml(v.t.signedOutText)}</p></div>`,
          }),
      },
      {
        host: OUTLOOK,
        path: '/',
        method: 'GET',
        handle: (v) => (v.session ? redirect(v.res, '/mail/', 302, v) : redirect(v.res, '/owa/auth/login', 302, v)),
      },
    ],
  });
}
