import { AccountChooser, type ChooserTexts } from './google-account-chooser';
import { baseTexts, defineFixtureSite, escapeHtml, redirect, type KitSite, type KitTexts, type KitUser, type Visit } from './kit/index';
import { otherSessionsRoutes } from './kit/other-sessions';
import { googleOtherSessions } from './other-sessions/index';

/**
 * Google (accounts., myaccount., mail., www.google.com): one sign-in for all of them, with the session cookies on
 * .google.com (SID, HSID, SSID, APISID, SAPISID, __Secure-1PSID, __Secure-3PSID, …) and LSID on accounts. A plain
 * GET of https://accounts.google.com/Logout signs out every Google account in this browser and shows the account
 * chooser — which still lists them as "Signed out" until each is removed (see google-account-chooser.ts).
 * The avatar (a[href^="https://accounts.google.com/SignOutOptions?"]) opens an account card with "Sign out of all
 * accounts". Pages follow the browser's language, or ?hl=.
 */

interface GoogleTexts extends KitTexts, ChooserTexts {
  accountLabel(name: string, email: string): string;
  hi(firstName: string): string;
  manageAccount: string;
  addAccount: string;
  welcome(name: string): string;
  welcomeText: string;
  inbox: string;
  searchLabel: string;
}

const en: GoogleTexts = {
  ...baseTexts.en,
  siteName: 'Google',
  signInTitle: 'Sign in',
  identifierLabel: 'Email or phone',
  passwordLabel: 'Enter your password',
  nextButton: 'Next',
  signInButton: 'Next',
  wrongPassword: 'Wrong password. Try again or click Forgot password to reset it.',
  unknownAccount: 'Couldn’t find your Google Account',
  accountTitle: 'Google Account',
  signOut: 'Sign out of all accounts',
  notFound: 'The requested URL was not found on this server.',
  accountLabel: (name, email) => `Google Account: ${name} (${email})`,
  hi: (name) => `Hi, ${name}!`,
  manageAccount: 'Manage your Google Account',
  addAccount: 'Add another account',
  welcome: (name) => `Welcome, ${name}`,
  welcomeText: 'Manage your info, privacy, and security to make Google work better for you.',
  inbox: 'Inbox',
  searchLabel: 'Search',
  chooseAccount: 'Choose an account',
  toContinue: 'to continue to Google',
  signedOut: 'Signed out',
  signedIn: 'Signed in',
  useAnother: 'Use another account',
  removeAccount: 'Remove an account',
  removeHeading: 'Remove an account',
  done: 'Done',
  confirmRemove: 'Remove account?',
  confirmRemoveText: 'will be removed from this device. You can add it back any time.',
  yesRemove: 'Yes, remove',
  cancel: 'Cancel',
};

const pl: GoogleTexts = {
  ...baseTexts.pl,
  siteName: 'Google',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Adres e-mail lub telefon',
  passwordLabel: 'Wpisz hasło',
  nextButton: 'Dalej',
  signInButton: 'Dalej',
  wrongPassword: 'Nieprawidłowe hasło. Spróbuj ponownie lub kliknij „Nie pamiętasz hasła?”, by je zresetować.',
  unknownAccount: 'Nie możemy znaleźć Twojego konta Google',
  accountTitle: 'Konto Google',
  signOut: 'Wyloguj się ze wszystkich kont',
  notFound: 'Nie znaleziono żądanego adresu URL na tym serwerze.',
  accountLabel: (name, email) => `Konto Google: ${name} (${email})`,
  hi: (name) => `Cześć, ${name}!`,
  manageAccount: 'Zarządzaj kontem Google',
  addAccount: 'Dodaj kolejne konto',
  welcome: (name) => `Witaj, ${name}`,
  welcomeText: 'Zarządzaj swoimi informacjami, prywatnością i bezpieczeństwem, by lepiej korzystać z Google.',
  inbox: 'Odebrane',
  searchLabel: 'Szukaj',
  chooseAccount: 'Wybierz konto',
  toContinue: 'aby przejść do Google',
  signedOut: 'Wylogowano',
  signedIn: 'Zalogowano',
  useAnother: 'Użyj innego konta',
  removeAccount: 'Usuń konto',
  removeHeading: 'Usuń konto',
  done: 'Gotowe',
  confirmRemove: 'Usunąć konto?',
  confirmRemoveText: 'zostanie usunięte z tego urządzenia. W każdej chwili możesz je dodać ponownie.',
  yesRemove: 'Tak, usuń',
  cancel: 'Anuluj',
};

const de: GoogleTexts = {
  ...baseTexts.de,
  siteName: 'Google',
  signInTitle: 'Anmelden',
  identifierLabel: 'E-Mail oder Telefonnummer',
  passwordLabel: 'Passwort eingeben',
  nextButton: 'Weiter',
  signInButton: 'Weiter',
  wrongPassword: 'Falsches Passwort. Versuche es noch einmal oder klicke auf „Passwort vergessen?“.',
  unknownAccount: 'Google-Konto wurde nicht gefunden',
  accountTitle: 'Google-Konto',
  signOut: 'Von allen Konten abmelden',
  notFound: 'Die angeforderte URL wurde auf diesem Server nicht gefunden.',
  accountLabel: (name, email) => `Google-Konto: ${name} (${email})`,
  hi: (name) => `Hallo ${name}!`,
  manageAccount: 'Google-Konto verwalten',
  addAccount: 'Weiteres Konto hinzufügen',
  welcome: (name) => `Willkommen, ${name}`,
  welcomeText: 'Verwalte deine Informationen, deine Privatsphäre und deine Sicherheit.',
  inbox: 'Posteingang',
  searchLabel: 'Suche',
  chooseAccount: 'Konto auswählen',
  toContinue: 'weiter zu Google',
  signedOut: 'Abgemeldet',
  signedIn: 'Angemeldet',
  useAnother: 'Anderes Konto verwenden',
  removeAccount: 'Konto entfernen',
  removeHeading: 'Konto entfernen',
  done: 'Fertig',
  confirmRemove: 'Konto entfernen?',
  confirmRemoveText: 'wird von diesem Gerät entfernt. Du kannst es jederzeit wieder hinzufügen.',
  yesRemove: 'Ja, entfernen',
  cancel: 'Abbrechen',
};

export const googleUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const ACCOUNTS = 'accounts.google.com';

const STYLE = `
body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #202124; }
.gb { display: flex; justify-content: flex-end; align-items: center; gap: 16px; padding: 8px 16px; }
.gb a { color: #202124; text-decoration: none; }
.gb_avatar { display: inline-block; width: 32px; height: 32px; border-radius: 50%; background: #7986cb; }
.gb_signin { background: #1a73e8; color: #fff !important; padding: 9px 23px; border-radius: 4px; }
.gb_card { width: 354px; background: #e9eef6; border-radius: 28px; padding: 16px; box-shadow: 0 4px 8px rgba(60,64,67,.3); }
.gb_card a { display: block; padding: 10px; color: #1f1f1f; text-decoration: none; border-radius: 20px; }
main { padding: 24px; }
.kit-sign-in, .chooser { width: 400px; margin: 40px auto; border: 1px solid #dadce0; border-radius: 8px; padding: 40px; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 54px; margin: 4px 0 16px; padding: 0 14px; }
.kit-sign-in button { float: right; background: #1a73e8; color: #fff; border: 0; border-radius: 4px; padding: 9px 24px; }
.kit-error { color: #d93025; }
.accounts { list-style: none; padding: 0; }
.accounts li > * { display: block; padding: 12px 8px; border-bottom: 1px solid #dadce0; cursor: pointer; color: #202124; text-decoration: none; }
.account .email, .account .status { color: #5f6368; font-size: 12px; }
.remove-dialog { position: fixed; inset: 30% 30% auto; background: #fff; padding: 24px; border-radius: 8px; box-shadow: 0 0 0 100vmax rgba(0,0,0,.4); }
`;

const continueTo = (v: Visit<GoogleTexts>) => `https://${v.host}${v.url.pathname}`;
const signInHref = (v: Visit<GoogleTexts>) =>
  `https://${ACCOUNTS}/ServiceLogin?hl=${v.lang}&continue=${encodeURIComponent(continueTo(v))}`;

function header(v: Visit<GoogleTexts>): string {
  const session = v.session;
  const apps = `<a href="https://mail.google.com/mail/">Gmail</a><a href="https://www.google.com/imghp">Images</a>`;
  if (!session) return `<header class="gb">${apps}<a class="gb_signin" href="${escapeHtml(signInHref(v))}">${escapeHtml(v.t.signInTitle)}</a></header>`;
  const options = `https://${ACCOUNTS}/SignOutOptions?hl=${v.lang}&continue=${encodeURIComponent(continueTo(v))}`;
  return `<header class="gb">${apps}<a class="gb_A" href="${escapeHtml(options)}" role="button" tabindex="0" aria-label="${escapeHtml(v.t.accountLabel(session.user.name, session.user.email))}"><span class="gb_avatar"></span></a></header>`;
}

export type GoogleSite = KitSite<GoogleTexts> & {
  /** E-mail addresses the account chooser still offers, on any browser. */
  rememberedAccounts(): string[];
};

export function createGoogleSite(): GoogleSite {
  const chooser: AccountChooser<GoogleTexts> = new AccountChooser<GoogleTexts>(
    ACCOUNTS,
    (v, email) => site.activeSessions().some((s) => s.email === email && s.browserId === v.cookies.get('NID')),
    googleUsers,
  );
  const secure = { domain: '.google.com', path: '/', secure: true } as const;
  const site: KitSite<GoogleTexts> = defineFixtureSite<GoogleTexts>({
    name: 'google',
    hosts: { main: ACCOUNTS, served: ['myaccount.google.com', 'mail.google.com', 'www.google.com', 'google.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    languageParam: 'hl',
    users: googleUsers,
    cookies: {
      session: 'SID',
      browserId: 'NID',
      auth: [
        { name: 'SID', value: 'session-token', domain: '.google.com', path: '/', days: 400 },
        { name: 'HSID', value: 'random', domain: '.google.com', path: '/', httpOnly: true, days: 400 },
        { name: 'SSID', value: 'random', ...secure, httpOnly: true, days: 400 },
        { name: 'APISID', value: 'random', domain: '.google.com', path: '/', days: 400 },
        { name: 'SAPISID', value: 'random', ...secure, days: 400 },
        { name: '__Secure-1PSID', value: 'session-token', ...secure, httpOnly: true, days: 400 },
        { name: '__Secure-3PSID', value: 'session-token', ...secure, httpOnly: true, sameSite: 'None', days: 400 },
        { name: '__Secure-1PAPISID', value: 'random', ...secure, days: 400 },
        { name: '__Secure-3PAPISID', value: 'random', ...secure, sameSite: 'None', days: 400 },
        // Host-only on accounts.google.com, where sign-in and /Logout both answer.
        { name: 'LSID', value: 'random', path: '/', secure: true, httpOnly: true, sameSite: 'None', days: 400 },
      ],
      anonymous: [{ name: 'NID', value: 'random', ...secure, httpOnly: true, sameSite: 'None', days: 180 }],
    },
    signIn: {
      path: '/ServiceLogin',
      alsoAt: ['/AddSession', '/v3/signin/identifier'],
      identifier: { name: 'identifier', id: 'identifierId', attrs: 'autocomplete="username" spellcheck="false" autocapitalize="none"' },
      next: { id: 'identifierNext' },
      password: { name: 'Passwd', attrs: 'autocomplete="current-password"' },
      submit: { id: 'passwordNext' },
      csrfField: 'gxf',
      afterSignIn: 'https://myaccount.google.com/',
      returnParam: 'continue',
    },
    home: { host: 'www.google.com', paths: ['/', '/webhp'] },
    account: { host: 'myaccount.google.com', path: '/' },
    accountMenu: {
      trigger: `a[href^="https://${ACCOUNTS}/SignOutOptions?"]`,
      open: 'click',
      attrs: 'class="gb_card" role="dialog" aria-label="Account Information"',
      render: (v, signOut) => {
        const user = v.session?.user;
        if (!user) return '';
        const back = encodeURIComponent(continueTo(v));
        return `<div class="gb_email">${escapeHtml(user.email)}</div>
<div class="gb_hi">${escapeHtml(v.t.hi(user.name.split(' ')[0] ?? user.name))}</div>
<a href="https://myaccount.google.com/?hl=${v.lang}">${escapeHtml(v.t.manageAccount)}</a>
<a href="https://${ACCOUNTS}/AddSession?hl=${v.lang}&amp;continue=${back}">${escapeHtml(v.t.addAccount)}</a>
${signOut ? `<a href="https://${ACCOUNTS}/Logout?hl=${v.lang}&amp;continue=${back}" role="button">${escapeHtml(v.t.signOut)}</a>` : ''}`;
      },
    },
    signOut: { kind: 'get-url', host: ACCOUNTS, path: '/Logout', redirectTo: '/AccountChooser', endsAllAccounts: true },
    render: {
      style: STYLE,
      header,
      home: (v) => `<h1 class="logo" aria-label="Google">Google</h1>
<form action="/search" role="search"><input name="q" aria-label="${escapeHtml(v.t.searchLabel)}"></form>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.welcome(session.user.name))}</h1><p>${escapeHtml(v.t.welcomeText)}</p>`,
    },
    routes: [
      ...otherSessionsRoutes(googleOtherSessions),
      ...chooser.routes(`https://${ACCOUNTS}/ServiceLogin`),
      {
        host: 'google.com',
        path: /.*/,
        handle: (v) => redirect(v.res, `https://www.google.com${v.url.pathname}${v.url.search}`, 301),
      },
      { host: 'mail.google.com', path: '/', handle: (v) => redirect(v.res, '/mail/u/0/', 302, v) },
      {
        host: 'mail.google.com',
        path: /^\/mail(\/u\/\d+)?\/?$/,
        handle: (v) => {
          if (!v.session) {
            const back = encodeURIComponent('https://mail.google.com/mail/');
            redirect(v.res, `https://${ACCOUNTS}/ServiceLogin?service=mail&continue=${back}`, 302, v);
            return;
          }
          v.sendPage(200, {
            title: `${v.t.inbox} - ${v.session.user.email} - Gmail`,
            body: `<div role="navigation"><a href="/mail/u/0/#inbox" aria-label="${escapeHtml(v.t.inbox)}">${escapeHtml(v.t.inbox)}</a></div>
<div role="main"><table role="grid"><tr><td>Google</td><td>Security alert</td></tr></table></div>`,
          });
        },
      },
      {
        host: ACCOUNTS,
        path: '/SignOutOptions',
        method: 'GET',
        handle: (v) => {
          if (!v.session) return redirect(v.res, '/AccountChooser', 302, v);
          const link = v.controls.signOutRemoved ? '' : `<a href="/Logout?hl=${v.lang}" role="button">${escapeHtml(v.t.signOut)}</a>`;
          v.sendPage(200, {
            title: v.t.signOut,
            header: false,
            body: `<div class="chooser"><p>${escapeHtml(v.session.user.email)}</p>${link}</div>`,
          });
        },
      },
    ],
    hooks: {
      onSignIn: (v, session) => chooser.remember(v, session.user.email),
      onReset: () => chooser.clear(),
    },
  });
  return Object.assign(site, { rememberedAccounts: () => chooser.accounts() });
}
