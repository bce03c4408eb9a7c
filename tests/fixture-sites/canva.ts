import { baseTexts, defineFixtureSite, escapeHtml, signOutControl, type KitTexts, type KitUser, type Visit } from './kit/index';

/**
 * www.canva.com: a GET of /logout ends the browser's Canva session (logout lists and automation scripts open it).
 * Canva's own cookie page lists its security and authentication cookies: CDI (1 year), CID, CAZ, CAR, CB, CL, CS,
 * CUI (30 days) among others, without saying which one carries the session: here CAZ carries it and the 30-day
 * group is set at sign-in, CDI for every visitor. Signed in, the home page asks "What will you design today?";
 * a guest's says "Design anything". The avatar at the top right opens the account menu with "Sign out". Canva
 * speaks Polish (canva.com/pl_pl) and English; pages follow the browser.
 */

interface CanvaTexts extends KitTexts {
  signedInHeading: string;
  guestHeading: string;
  accountSettings: string;
  yourAccount: string;
  logIn: string;
}

const en: CanvaTexts = {
  ...baseTexts.en,
  siteName: 'Canva',
  signInTitle: 'Log in or sign up in seconds',
  identifierLabel: 'Email',
  signInButton: 'Continue',
  accountTitle: 'Your account',
  signOut: 'Sign out',
  signedInHeading: 'What will you design today?',
  guestHeading: 'Design anything',
  accountSettings: 'Settings',
  yourAccount: 'Your account',
  logIn: 'Log in',
};

const pl: CanvaTexts = {
  ...baseTexts.pl,
  siteName: 'Canva',
  signInTitle: 'Zaloguj się lub zarejestruj w kilka sekund',
  identifierLabel: 'Adres e-mail',
  signInButton: 'Dalej',
  accountTitle: 'Twoje konto',
  signOut: 'Wyloguj się',
  signedInHeading: 'Co dziś zaprojektujesz?',
  guestHeading: 'Zaprojektuj cokolwiek',
  accountSettings: 'Ustawienia',
  yourAccount: 'Twoje konto',
  logIn: 'Zaloguj się',
};

export const canvaUsers: readonly KitUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan Kowalski' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna Nowak' },
];

const STYLE = `
body { margin: 0; font: 14px "Canva Sans", "Noto Sans", Helvetica, Arial, sans-serif; color: #0e1318; }
header.cv { display: flex; align-items: center; height: 56px; padding: 0 20px; border-bottom: 1px solid #e6e8ea; }
header.cv .logo { font: italic 700 24px Georgia, serif; color: #7d2ae8; text-decoration: none; }
header.cv .right { margin-left: auto; display: flex; gap: 8px; }
header.cv .right a { padding: 8px 14px; border-radius: 8px; background: #8b3dff; color: #fff; text-decoration: none; }
button.avatar { width: 36px; height: 36px; border: 0; border-radius: 50%; background: #00c4cc; color: #fff; font-weight: 700; cursor: pointer; }
.cv-menu { width: 280px; background: #fff; border-radius: 8px; box-shadow: 0 2px 12px rgba(64,87,109,.2); padding: 8px 0; }
.cv-menu .who { padding: 8px 16px; }
.cv-menu .who small { display: block; color: #6b7280; }
.cv-menu a { display: block; padding: 8px 16px; color: #0e1318; text-decoration: none; }
main { padding: 32px; }
main h1 { font-size: 32px; }
.kit-sign-in { width: 360px; margin: 56px auto; }
.kit-sign-in input { display: block; width: 100%; box-sizing: border-box; height: 40px; margin: 4px 0 16px; padding: 0 12px; border: 1px solid #a5adba; border-radius: 8px; }
.kit-sign-in button { width: 100%; height: 40px; border: 0; border-radius: 8px; background: #8b3dff; color: #fff; font-size: 15px; }
.kit-error { color: #e0384c; margin-bottom: 12px; }
`;

const initial = (v: Visit<CanvaTexts>) => (v.session?.user.name ?? '').slice(0, 1).toUpperCase();

/** A 30-day cookie of the security/authentication group, set at sign-in. */
const thirtyDays = (name: string) => ({ name, value: 'random' as const, domain: '.canva.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' as const, days: 30 });

export function createCanvaSite() {
  return defineFixtureSite<CanvaTexts>({
    name: 'canva',
    hosts: { main: 'www.canva.com', redirectToMain: ['canva.com'] },
    languages: { en, pl },
    defaultLanguage: 'en',
    languageFrom: 'accept-language',
    users: canvaUsers,
    cookies: {
      session: 'CAZ',
      browserId: 'CDI',
      auth: [
        { ...thirtyDays('CAZ'), value: 'session-token' },
        ...['CID', 'CAR', 'CB', 'CL', 'CS', 'CUI'].map(thirtyDays),
      ],
      anonymous: [{ name: 'CDI', value: 'random', domain: '.canva.com', path: '/', httpOnly: true, secure: true, sameSite: 'Lax', days: 365 }],
    },
    signIn: {
      path: '/login',
      identifier: { name: 'email', id: 'login-email', attrs: 'type="email" autocomplete="username"' },
      password: { name: 'password', id: 'login-password', attrs: 'autocomplete="current-password"' },
      submit: { attrs: 'class="cv-continue"' },
      csrfField: 'csrf',
      afterSignIn: '/',
    },
    home: { paths: ['/'] },
    account: { path: '/settings/your-account' },
    accountMenu: {
      trigger: 'button.avatar',
      open: 'click',
      attrs: 'class="cv-menu" role="menu"',
      render: (v, signOut) => `<div class="who">${escapeHtml(v.session?.user.name ?? '')}<small>${escapeHtml(v.session?.user.email ?? '')}</small></div>
<a role="menuitem" href="/settings/your-account">${escapeHtml(v.t.accountSettings)}</a>
${signOut ? signOutControl(signOut, v.t.signOut, 'role="menuitem"') : ''}`,
    },
    signOut: { kind: 'get-url', path: '/logout', redirectTo: '/' },
    render: {
      style: STYLE,
      header: (v) =>
        `<header class="cv"><a class="logo" href="/">Canva</a><div class="right">` +
        (v.session
          ? `<button type="button" class="avatar" aria-label="${escapeHtml(v.t.yourAccount)}">${escapeHtml(initial(v))}</button>`
          : `<a href="/login">${escapeHtml(v.t.logIn)}</a>`) +
        `</div></header>`,
      home: (v) => `<h1>${escapeHtml(v.session ? v.t.signedInHeading : v.t.guestHeading)}</h1>`,
      account: (v, session) => `<h1>${escapeHtml(v.t.yourAccount)}</h1><p>${escapeHtml(session.user.name)}</p><p>${escapeHtml(session.user.email)}</p>`,
    },
  });
}
