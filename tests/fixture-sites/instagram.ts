import { randomUUID } from 'node:crypto';
import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.instagram.com (a Django site): "More" at the foot of the side navigation opens a menu built by script whose
 * "Log out" is a menu item, not a form: the page's script POSTs /accounts/logout/ajax/ with the x-csrftoken header
 * (the csrftoken cookie's value), as public API clients do (recipe-evidence.md). A GET of /accounts/logout/ — what
 * old apps opened — only sends the browser home, and a POST without the header is refused. Pages follow the browser's language. Cookies: sessionid (the session) and ds_user_id (the account id)
 * on .instagram.com; csrftoken (every visitor's, renewed at sign-in and left behind at sign-out) and mid (device).
 */

interface InstagramTexts extends KitTexts {
  home: string;
  search: string;
  messages: string;
  profile: string;
  more: string;
  settings: string;
  yourActivity: string;
  saved: string;
  switchAppearance: string;
  switchAccounts: string;
  profilePicture(handle: string): string;
  suggestedForYou: string;
}

const en: InstagramTexts = {
  ...baseTexts.en,
  siteName: 'Instagram',
  signInTitle: 'Log in',
  identifierLabel: 'Phone number, username, or email',
  passwordLabel: 'Password',
  signInButton: 'Log in',
  wrongPassword: 'Sorry, your password was incorrect. Please double-check your password.',
  unknownAccount: 'The username you entered doesn’t belong to an account. Please check your username and try again.',
  badToken: 'Sorry, there was a problem with your request.',
  accountTitle: 'Edit profile',
  signOut: 'Log out',
  notFound: 'Sorry, this page isn’t available.',
  home: 'Home',
  search: 'Search',
  messages: 'Messages',
  profile: 'Profile',
  more: 'More',
  settings: 'Settings',
  yourActivity: 'Your activity',
  saved: 'Saved',
  switchAppearance: 'Switch appearance',
  switchAccounts: 'Switch accounts',
  profilePicture: (handle) => `${handle}'s profile picture`,
  suggestedForYou: 'Suggested for you',
};

const pl: InstagramTexts = {
  ...baseTexts.pl,
  siteName: 'Instagram',
  signInTitle: 'Zaloguj się',
  identifierLabel: 'Numer telefonu, nazwa użytkownika lub adres e-mail',
  passwordLabel: 'Hasło',
  signInButton: 'Zaloguj się',
  wrongPassword: 'Niestety Twoje hasło jest nieprawidłowe. Sprawdź je jeszcze raz.',
  unknownAccount: 'Wprowadzona nazwa użytkownika nie należy do żadnego konta. Sprawdź ją i spróbuj ponownie.',
  badToken: 'Niestety wystąpił problem z Twoim żądaniem.',
  accountTitle: 'Edytuj profil',
  signOut: 'Wyloguj się',
  notFound: 'Niestety ta strona jest niedostępna.',
  home: 'Strona główna',
  search: 'Szukaj',
  messages: 'Wiadomości',
  profile: 'Profil',
  more: 'Więcej',
  settings: 'Ustawienia',
  yourActivity: 'Twoja aktywność',
  saved: 'Zapisane',
  switchAppearance: 'Zmień wygląd',
  switchAccounts: 'Przełącz konta',
  profilePicture: (handle) => `Zdjęcie profilowe użytkownika ${handle}`,
  suggestedForYou: 'Propozycje dla Ciebie',
};

const de: InstagramTexts = {
  ...baseTexts.de,
  siteName: 'Instagram',
  signInTitle: 'Anmelden',
  identifierLabel: 'Telefonnummer, Benutzername oder E-Mail-Adresse',
  passwordLabel: 'Passwort',
  signInButton: 'Anmelden',
  wrongPassword: 'Leider ist dein Passwort falsch. Überprüfe dein Passwort bitte noch einmal.',
  unknownAccount: 'Der eingegebene Benutzername gehört zu keinem Konto.',
  badToken: 'Bei deiner Anfrage ist leider ein Problem aufgetreten.',
  accountTitle: 'Profil bearbeiten',
  signOut: 'Abmelden',
  notFound: 'Diese Seite ist leider nicht verfügbar.',
  home: 'Startseite',
  search: 'Suche',
  messages: 'Nachrichten',
  profile: 'Profil',
  more: 'Mehr',
  settings: 'Einstellungen',
  yourActivity: 'Deine Aktivität',
  saved: 'Gespeichert',
  switchAppearance: 'Darstellung ändern',
  switchAccounts: 'Konten wechseln',
  profilePicture: (handle) => `Profilbild von ${handle}`,
  suggestedForYou: 'Vorschläge für dich',
};

export const instagramUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski', handle: 'jan.kowalski', id: '51234567801' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak', handle: 'anna.nowak', id: '51234567802' },
];

const STYLE = `
body { margin: 0; font: 14px -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #000; display: flex; }
.side-nav { width: 244px; min-height: 100vh; box-sizing: border-box; padding: 8px 12px 20px; border-right: 1px solid #dbdbdb; display: flex; flex-direction: column; }
.side-nav a { display: flex; gap: 16px; align-items: center; padding: 12px; color: #000; text-decoration: none; border-radius: 8px; }
.side-nav a:hover { background: rgba(0,0,0,.05); }
.side-nav .logo { font: italic 24px Georgia, serif; padding: 25px 12px 16px; }
.side-nav svg { width: 24px; height: 24px; }
.side-nav img { width: 24px; height: 24px; border-radius: 50%; background: #dbdbdb; }
.more-menu { width: 266px; background: #fff; border-radius: 16px; box-shadow: 0 4px 12px rgba(0,0,0,.15); padding: 8px; }
.more-menu a, .more-menu button { display: block; width: 100%; text-align: left; padding: 16px; color: #000; text-decoration: none; background: none; border: 0; font-size: 14px; border-radius: 8px; }
.more-menu hr { border: 0; border-top: 6px solid #efefef; margin: 8px -8px; }
main { flex: 1; padding: 24px; }
.kit-sign-in { width: 350px; margin: 40px auto; border: 1px solid #dbdbdb; padding: 40px; text-align: center; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 38px; margin: 4px 0 8px; padding: 0 8px; background: #fafafa; border: 1px solid #dbdbdb; border-radius: 3px; }
.kit-sign-in button { width: 100%; height: 32px; margin-top: 8px; border: 0; border-radius: 8px; background: #0095f6; color: #fff; font-weight: 600; }
.kit-error { color: #ed4956; margin: 8px 0; }
`;

const icon = (label: string) => `<svg aria-label="${escapeHtml(label)}" role="img" viewBox="0 0 24 24"><title>${escapeHtml(label)}</title><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;
const handleOf = (v: Visit<InstagramTexts>) => v.session?.user.handle ?? '';

export function createInstagramSite() {
  return defineFixtureSite<InstagramTexts>({
    name: 'instagram',
    hosts: { main: 'www.instagram.com', redirectToMain: ['instagram.com'] },
    languages: { en, pl, de },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: instagramUsers,
    cookies: {
      session: 'sessionid',
      browserId: 'mid',
      auth: [
        { name: 'sessionid', value: 'session-token', domain: '.instagram.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 },
        { name: 'ds_user_id', value: (s) => s.user.id ?? '', domain: '.instagram.com', path: '/', secure: true, sameSite: 'Lax', days: 90 },
        // Django renews the CSRF cookie at sign-in (it is the session's token from then on) and leaves it at sign-out.
        { name: 'csrftoken', value: 'csrf-token', domain: '.instagram.com', path: '/', secure: true, sameSite: 'Lax', days: 365, onSignOut: 'keep' },
      ],
      anonymous: [
        { name: 'csrftoken', value: 'random', domain: '.instagram.com', path: '/', secure: true, sameSite: 'Lax', days: 365 },
        { name: 'mid', value: 'random', domain: '.instagram.com', path: '/', secure: true, sameSite: 'Lax', days: 400 },
        { name: 'ig_did', value: () => randomUUID().toUpperCase(), domain: '.instagram.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 400 },
      ],
    },
    signIn: {
      path: '/accounts/login/',
      action: '/accounts/login/ajax/',
      identifier: { name: 'username', attrs: 'aria-required="true" autocapitalize="off" autocorrect="off" maxlength="75"' },
      password: { name: 'password', attrs: 'aria-required="true" autocapitalize="off" autocorrect="off"' },
      submit: { attrs: 'class="_acan _acap _acas _aj1- _ap30"' },
      csrfField: 'csrfmiddlewaretoken',
      afterSignIn: '/',
      returnParam: 'next',
    },
    home: { paths: ['/'] },
    account: { path: '/accounts/edit/' },
    accountMenu: {
      trigger: (v) => `a[role="link"][href="#"]:has(svg[aria-label="${v.t.settings}"])`,
      open: 'click',
      attrs: 'class="more-menu" role="dialog"',
      render: (v, signOut) => `<a role="link" href="/accounts/edit/">${icon(v.t.settings)} <span>${escapeHtml(v.t.settings)}</span></a>
<a role="link" href="/your_activity/interactions/">${escapeHtml(v.t.yourActivity)}</a>
<a role="link" href="/${escapeHtml(handleOf(v))}/saved/">${escapeHtml(v.t.saved)}</a>
<div role="button" tabindex="0">${escapeHtml(v.t.switchAppearance)}</div>
<hr>
<a role="link" href="/accounts/login/">${escapeHtml(v.t.switchAccounts)}</a>
<hr>
${signOut ? signOutControl(signOut, v.t.signOut) : ''}`,
    },
    // "Log out" is a menu item whose script POSTs /accounts/logout/ajax/ with the x-csrftoken header (the csrftoken
    // cookie's value), as public API clients do; no form, and a GET of /accounts/logout/ ends nothing.
    signOut: {
      kind: 'menu-then-request',
      path: '/accounts/logout/',
      api: '/accounts/logout/ajax/',
      csrfHeader: 'x-csrftoken',
      csrfCookie: 'csrftoken',
      redirectTo: '/accounts/login/',
    },
    render: {
      style: STYLE,
      header: (v) =>
        v.session
          ? `<div class="side-nav" role="navigation"><a class="logo" href="/" role="link">Instagram</a>
<a href="/" role="link">${icon(v.t.home)} <span>${escapeHtml(v.t.home)}</span></a>
<a href="#search" role="link">${icon(v.t.search)} <span>${escapeHtml(v.t.search)}</span></a>
<a href="/direct/inbox/" role="link">${icon(v.t.messages)} <span>${escapeHtml(v.t.messages)}</span></a>
<a href="/${escapeHtml(handleOf(v))}/" role="link"><img alt="${escapeHtml(v.t.profilePicture(handleOf(v)))}" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"> <span>${escapeHtml(v.t.profile)}</span></a>
<a href="#" role="link">${icon(v.t.settings)} <span>${escapeHtml(v.t.more)}</span></a></div>`
          : '',
      home: (v) =>
        v.session
          ? `<section role="feed"><h1 hidden>Instagram</h1></section>
<aside><a href="/${escapeHtml(handleOf(v))}/" role="link">${escapeHtml(handleOf(v))}</a> <span>${escapeHtml(v.session.user.name)}</span>
<h2>${escapeHtml(v.t.suggestedForYou)}</h2></aside>`
          : `<div class="kit-sign-in"><h1>Instagram</h1><a href="/accounts/login/" role="link">${escapeHtml(v.t.signInButton)}</a></div>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.accountTitle)}</h1><p>${escapeHtml(session.user.handle ?? '')}</p><p>${escapeHtml(session.user.name)}</p>`,
    },
  });
}
