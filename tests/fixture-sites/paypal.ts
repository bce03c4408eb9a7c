import { baseTexts, defineFixtureSite, escapeHtml, redirect, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.paypal.com: a plain GET of /signout ends the session — the link PayPal itself shows as "Log Out"
 * (#header-logout) in the header of every signed-in page, and again in the profile menu (#header-logout_mobile on
 * narrow screens). Sign-in is two steps (email, then password) with a hidden _csrf field bound to the browser.
 * The summary page greets the person by first name according to the time of day. Pages follow the browser's
 * language. id_token is the session (weak evidence: seen in signed-in flows, absent from an anonymous cookie jar);
 * x-pp-s is every visitor's — a base64 JSON timestamp PayPal sets on anonymous pages and guest checkout
 * (recipe-evidence.md); login_email (the remembered address) stays after sign-out; nsid is every visitor's.
 */

interface PaypalTexts extends KitTexts {
  greeting(hour: number, firstName: string): string;
  home: string;
  sendAndRequest: string;
  wallet: string;
  activity: string;
  settings: string;
  profileMenu: string;
  balance: string;
  landingTitle: string;
}

const en: PaypalTexts = {
  ...baseTexts.en,
  siteName: 'PayPal',
  signInTitle: 'Log in to your PayPal account',
  identifierLabel: 'Email or mobile number',
  passwordLabel: 'Password',
  nextButton: 'Next',
  signInButton: 'Log In',
  wrongPassword: 'Some of your info isn’t correct. Please try again.',
  unknownAccount: 'Some of your info isn’t correct. Please try again.',
  accountTitle: 'Account settings',
  signOut: 'Log Out',
  notFound: 'Sorry, this page isn’t available.',
  greeting: (hour, name) => `${hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening'}, ${name}`,
  home: 'Home',
  sendAndRequest: 'Send and Request',
  wallet: 'Wallet',
  activity: 'Activity',
  settings: 'Settings',
  profileMenu: 'Profile',
  balance: 'PayPal balance',
  landingTitle: 'Pay, send and save smarter',
};

const pl: PaypalTexts = {
  ...baseTexts.pl,
  siteName: 'PayPal',
  signInTitle: 'Zaloguj się na konto PayPal',
  identifierLabel: 'Adres e-mail lub numer telefonu komórkowego',
  passwordLabel: 'Hasło',
  nextButton: 'Dalej',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Niektóre z Twoich danych są nieprawidłowe. Spróbuj ponownie.',
  unknownAccount: 'Niektóre z Twoich danych są nieprawidłowe. Spróbuj ponownie.',
  accountTitle: 'Ustawienia konta',
  signOut: 'Wyloguj',
  notFound: 'Niestety ta strona jest niedostępna.',
  greeting: (hour, name) => `${hour < 18 ? 'Dzień dobry' : 'Dobry wieczór'}, ${name}`,
  home: 'Strona główna',
  sendAndRequest: 'Wyślij i poproś o płatność',
  wallet: 'Portfel',
  activity: 'Aktywność',
  settings: 'Ustawienia',
  profileMenu: 'Profil',
  balance: 'Saldo PayPal',
  landingTitle: 'Płać, wysyłaj i oszczędzaj',
};

const de: PaypalTexts = {
  ...baseTexts.de,
  siteName: 'PayPal',
  signInTitle: 'Bei PayPal einloggen',
  identifierLabel: 'E-Mail-Adresse oder Handynummer',
  passwordLabel: 'Passwort',
  nextButton: 'Weiter',
  signInButton: 'Einloggen',
  wrongPassword: 'Einige Ihrer Angaben sind nicht korrekt. Bitte versuchen Sie es erneut.',
  unknownAccount: 'Einige Ihrer Angaben sind nicht korrekt. Bitte versuchen Sie es erneut.',
  accountTitle: 'Kontoeinstellungen',
  signOut: 'Ausloggen',
  notFound: 'Diese Seite ist leider nicht verfügbar.',
  greeting: (hour, name) => `${hour < 12 ? 'Guten Morgen' : hour < 18 ? 'Guten Tag' : 'Guten Abend'}, ${name}`,
  home: 'Startseite',
  sendAndRequest: 'Senden und Anfordern',
  wallet: 'Wallet',
  activity: 'Aktivitäten',
  settings: 'Einstellungen',
  profileMenu: 'Profil',
  balance: 'PayPal-Guthaben',
  landingTitle: 'Einfach bezahlen, senden und sparen',
};

export const paypalUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 16px "PayPal Sans", Helvetica, Arial, sans-serif; background: #f5f7fa; color: #001435; }
#header { display: flex; align-items: center; gap: 24px; height: 64px; padding: 0 32px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
#header a, #header button { color: #001435; text-decoration: none; font-weight: 500; background: none; border: 0; font-size: 15px; cursor: pointer; }
#header .header-right { margin-left: auto; display: flex; gap: 20px; align-items: center; }
#header-logout { text-transform: uppercase; font-size: 13px !important; }
.profile-menu { width: 240px; background: #fff; border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 8px 0; }
.profile-menu a { display: block; padding: 10px 16px; color: #001435; text-decoration: none; }
main { padding: 32px; }
.greeting { font-size: 28px; font-weight: 500; }
.kit-sign-in { width: 380px; margin: 48px auto; background: #fff; border-radius: 12px; padding: 32px; }
.kit-sign-in input[type=text], .kit-sign-in input[type=password] { display: block; width: 100%; box-sizing: border-box; height: 64px; margin: 4px 0 16px; padding: 0 12px; border: 1px solid #929496; border-radius: 6px; }
.kit-sign-in button { width: 100%; height: 48px; border-radius: 24px; border: 0; background: #0070e0; color: #fff; font-size: 16px; font-weight: bold; }
.kit-error { color: #d20000; margin-bottom: 12px; }
`;

const firstName = (v: Visit<PaypalTexts>) => v.session?.user.name.split(' ')[0] ?? '';

export function createPaypalSite() {
  return defineFixtureSite<PaypalTexts>({
    name: 'paypal',
    hosts: { main: 'www.paypal.com', redirectToMain: ['paypal.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: paypalUsers,
    cookies: {
      session: 'id_token',
      browserId: 'nsid',
      auth: [
        { name: 'id_token', value: 'session-token', domain: '.paypal.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', days: 30 },
        // The address the sign-in form offers next time: PayPal keeps it (it proves nothing about a session).
        { name: 'login_email', value: (s) => encodeURIComponent(s.user.email), domain: '.paypal.com', path: '/', secure: true, sameSite: 'Lax', days: 365, onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'nsid', value: 'random', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'x-pp-s', value: () => Buffer.from(JSON.stringify({ t: Date.now(), l: '0', m: '0' })).toString('base64'), domain: '.paypal.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'enforce_policy', value: () => 'ccpa', domain: '.paypal.com', path: '/', secure: true, sameSite: 'None', days: 365 },
      ],
    },
    signIn: {
      path: '/signin',
      identifier: { name: 'login_email', id: 'email', attrs: 'autocomplete="username" autocapitalize="off" spellcheck="false"' },
      next: { id: 'btnNext', name: 'btnNext', attrs: 'class="button actionContinue scTrack:unifiedlogin-login-click-next"' },
      password: { name: 'login_password', id: 'password', attrs: 'autocomplete="current-password"' },
      submit: { id: 'btnLogin', name: 'btnLogin', attrs: 'class="button actionContinue scTrack:unifiedlogin-login-submit"' },
      csrfField: '_csrf',
      afterSignIn: '/myaccount/summary',
      returnParam: 'returnUri',
    },
    home: { paths: ['/myaccount/summary'], requiresSession: true },
    account: { path: '/myaccount/settings/' },
    accountMenu: {
      trigger: 'button#header-profile',
      open: 'click',
      attrs: 'class="profile-menu" role="menu" id="header-profile-menu"',
      render: (v, signOut) => `<a role="menuitem" href="/myaccount/settings/">${escapeHtml(v.t.settings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem" id="header-logout_mobile"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/signout', redirectTo: '/signin' },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<nav id="header" role="navigation"><a href="/myaccount/summary" aria-label="PayPal" class="header-logo">PayPal</a>
<a href="/myaccount/summary">${escapeHtml(v.t.home)}</a><a href="/myaccount/transfer">${escapeHtml(v.t.sendAndRequest)}</a>
<a href="/myaccount/money">${escapeHtml(v.t.wallet)}</a><a href="/myaccount/activities/">${escapeHtml(v.t.activity)}</a>
<div class="header-right"><button type="button" id="header-profile" aria-label="${escapeHtml(v.t.profileMenu)}">${escapeHtml(v.session.user.name)}</button>
<a href="/myaccount/settings/" id="header-settings" aria-label="${escapeHtml(v.t.settings)}">⚙</a>
${v.controls.signOutRemoved ? '' : `<a href="/signout" id="header-logout" data-pa-click="header-logout">${escapeHtml(v.t.signOut)}</a>`}</div></nav>`
          : `<nav id="header" role="navigation"><a href="/" aria-label="PayPal" class="header-logo">PayPal</a>
<div class="header-right"><a href="/signin" id="signup-button-login">${escapeHtml(v.t.signInButton)}</a></div></nav>`,
      home: (v) => `<h1 class="greeting" data-testid="greeting">${escapeHtml(v.t.greeting(new Date().getHours(), firstName(v)))}</h1>
<section aria-label="${escapeHtml(v.t.balance)}"><h2>${escapeHtml(v.t.balance)}</h2><p>0,00 PLN</p></section>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
    routes: [
      {
        path: '/',
        method: 'GET',
        handle: (v) => {
          if (v.session) return redirect(v.res, '/myaccount/summary', 302, v);
          v.sendPage(200, { title: 'PayPal', body: `<h1>${escapeHtml(v.t.landingTitle)}</h1><a href="/signin" role="button">${escapeHtml(v.t.signInButton)}</a>` });
        },
      },
    ],
  });
}
