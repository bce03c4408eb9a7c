import { escapeHtml } from '../types';
import type { OtherSessionsSpec } from '../kit/other-sessions';

/**
 * Each fixture site's "where you're signed in" page (issue #16 §2), as the public sources describe it (the sources are
 * named in utils/guides/sites/remote/, beside the guides that rest on the same evidence). Wording nobody published
 * (the confirmation messages, Polish labels) is the fixture's own; the guides find it by its words at run time.
 */

const CANCEL = { en: 'Cancel', pl: 'Anuluj' };

export const googleOtherSessions: OtherSessionsSpec = {
  host: 'myaccount.google.com',
  path: '/device-activity',
  mode: 'each',
  detailPrefix: '/id/',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: 'https://accounts.google.com/ServiceLogin',
  texts: {
    en: { title: 'Your devices', current: 'This device', press: 'Sign out', confirmTitle: 'Sign out of this device?', confirm: 'Sign out', cancel: CANCEL.en, done: 'You’re signed out on that device', signIn: 'Sign in' },
    pl: { title: 'Twoje urządzenia', current: 'To urządzenie', press: 'Wyloguj się', confirmTitle: 'Wylogować z tego urządzenia?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano Cię na tym urządzeniu', signIn: 'Zaloguj się' },
  },
};

export const facebookOtherSessions: OtherSessionsSpec = {
  path: '/settings',
  query: 'tab=security',
  mode: 'all',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: '/login/',
  texts: {
    en: { title: 'Where you’re logged in', current: 'Active now', press: 'Log out of all sessions', confirmTitle: 'Log out of all sessions?', confirm: 'Log out', cancel: CANCEL.en, done: 'You’ve logged out of your other sessions.', signIn: 'Log in' },
    pl: { title: 'Gdzie jesteś zalogowany(-a)', current: 'Aktywne teraz', press: 'Wyloguj się ze wszystkich sesji', confirmTitle: 'Wylogować ze wszystkich sesji?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano Cię z pozostałych sesji.', signIn: 'Zaloguj się' },
  },
};

export const microsoftOtherSessions: OtherSessionsSpec = {
  host: 'account.live.com',
  path: '/proofs/manage/additional',
  mode: 'all',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: 'https://login.live.com/login.srf',
  texts: {
    en: { title: 'Advanced security options', current: 'This device', press: 'Sign out everywhere', confirmTitle: 'Sign out everywhere?', confirm: 'Sign out', cancel: CANCEL.en, done: 'You’ve been signed out everywhere. It can take up to 24 hours.', signIn: 'Sign in' },
    pl: { title: 'Zaawansowane opcje zabezpieczeń', current: 'To urządzenie', press: 'Wyloguj się wszędzie', confirmTitle: 'Wylogować wszędzie?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano wszędzie. Może to potrwać do 24 godzin.', signIn: 'Zaloguj się' },
  },
};

export const netflixOtherSessions: OtherSessionsSpec = {
  path: '/account',
  mode: 'all',
  confirm: { page: '/ManageDevices' },
  endsThisSession: true,
  signInUrl: '/login',
  texts: {
    en: { title: 'Account', current: 'This device', press: 'Sign out of all devices', confirmTitle: 'Sign out of all devices?', confirm: 'Sign Out', done: 'You’ve been signed out of all devices.', signIn: 'Sign In' },
    pl: { title: 'Konto', current: 'To urządzenie', press: 'Wyloguj ze wszystkich urządzeń', confirmTitle: 'Wylogować ze wszystkich urządzeń?', confirm: 'Wyloguj się', done: 'Wylogowano ze wszystkich urządzeń.', signIn: 'Zaloguj się' },
  },
};

export const linkedinOtherSessions: OtherSessionsSpec = {
  path: '/mypreferences/d/sessions',
  mode: 'all',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: '/login',
  texts: {
    en: { title: 'Where you’re signed in', current: 'Current session', press: 'Sign out of all sessions', confirmTitle: 'Sign out of all sessions?', confirm: 'Sign out', cancel: CANCEL.en, done: 'You’ve signed out of all other sessions.', signIn: 'Sign in' },
    pl: { title: 'Gdzie jesteś zalogowany', current: 'Bieżąca sesja', press: 'Wyloguj się ze wszystkich sesji', confirmTitle: 'Wylogować ze wszystkich sesji?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano ze wszystkich innych sesji.', signIn: 'Zaloguj się' },
  },
};

export const githubOtherSessions: OtherSessionsSpec = {
  path: '/settings/sessions',
  mode: 'each',
  detailPrefix: '/',
  confirm: 'none',
  endsThisSession: false,
  signInUrl: '/login',
  texts: { en: { title: 'Sessions', current: 'Your current session', press: 'Revoke session', open: 'See more', done: 'Revoked session.', signIn: 'Sign in' } },
};

export const xOtherSessions: OtherSessionsSpec = {
  path: '/settings/sessions',
  mode: 'all',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: '/i/flow/login',
  texts: {
    en: { title: 'Sessions', current: 'Current active session', press: 'Log out of all other sessions', confirmTitle: 'Log out of all other sessions?', confirm: 'Log out', cancel: CANCEL.en, done: 'You’ve logged out of all other sessions.', signIn: 'Sign in' },
    pl: { title: 'Sesje', current: 'Bieżąca aktywna sesja', press: 'Wyloguj się ze wszystkich innych sesji', confirmTitle: 'Wylogować ze wszystkich innych sesji?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano ze wszystkich innych sesji.', signIn: 'Zaloguj się' },
  },
};

export const spotifyOtherSessions: OtherSessionsSpec = {
  host: 'www.spotify.com',
  path: '/account/overview/',
  ownPage: true,
  // The overview as spotify.ts renders it (its account page), with "Security and privacy" below.
  before: (v) =>
    `<h1>${escapeHtml(v.t.accountTitle)}</h1><dl><dt>Username</dt><dd>${escapeHtml(v.session?.user.handle ?? '')}</dd><dt>Email</dt><dd>${escapeHtml(v.session?.user.email ?? '')}</dd></dl>`,
  mode: 'all',
  confirm: { page: '/account/sign-out-everywhere/' },
  endsThisSession: true,
  signInUrl: 'https://accounts.spotify.com/login',
  texts: {
    en: { title: 'Security and privacy', current: 'This device', press: 'Sign out everywhere', confirmTitle: 'Sign out everywhere', confirm: 'Sign out everywhere', done: 'You’re signed out everywhere.', signIn: 'Log in' },
    pl: { title: 'Bezpieczeństwo i prywatność', current: 'To urządzenie', press: 'Wyloguj się wszędzie', confirmTitle: 'Wyloguj się wszędzie', confirm: 'Wyloguj się wszędzie', done: 'Wylogowano wszędzie.', signIn: 'Zaloguj się' },
  },
};

export const dropboxOtherSessions: OtherSessionsSpec = {
  path: '/account/security',
  mode: 'each',
  confirm: 'dialog',
  endsThisSession: false,
  signInUrl: '/login',
  texts: {
    en: { title: 'Security', current: 'Current session', press: 'Sign out', pressAriaLabel: 'Sign out of this session', confirmTitle: 'Sign out of this session?', confirm: 'Sign out', cancel: CANCEL.en, done: 'You’ve signed out of that session.', signIn: 'Sign in' },
    pl: { title: 'Bezpieczeństwo', current: 'Bieżąca sesja', press: 'Wyloguj', pressAriaLabel: 'Wyloguj z tej sesji', confirmTitle: 'Wylogować z tej sesji?', confirm: 'Wyloguj się', cancel: CANCEL.pl, done: 'Wylogowano z tej sesji.', signIn: 'Zaloguj się' },
  },
};
