import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** LinkedIn: Settings → “Sign in & security” → “Where you're signed in” → end the other sessions. */
export const linkedinRemote = remoteSignOutGuide({
  siteName: 'LinkedIn',
  startPath: '/mypreferences/d/sessions',
  pageUrl: ['/sessions'],
  where: {
    en: 'Settings & Privacy → “Sign in & security” → “Where you’re signed in”',
    pl: 'Ustawienia i prywatność → „Logowanie i bezpieczeństwo” → „Gdzie jesteś zalogowany”',
  },
  whereSources: [S.linkedinRicks, S.linkedinOldPath],
  whereConfidence: 'MEDIUM',
  mode: 'all',
  press: {
    target: {
      text: {
        en: ['Sign out of all sessions', 'End these sessions'],
        pl: ['Wyloguj się ze wszystkich sesji', 'Zakończ te sesje'],
        de: ['Von allen Sitzungen abmelden'],
      },
    },
    instruction: {
      en: 'Press “Sign out of all sessions” (on some pages “End these sessions”).',
      pl: 'Naciśnij „Wyloguj się ze wszystkich sesji” (na niektórych stronach „Zakończ te sesje”).',
    },
    confidence: 'MEDIUM',
    sources: [S.linkedinRicks],
    note: 'A 2024 page names the button “End these sessions”; “Sign out of all sessions” as the issue names it. The address /mypreferences/d/sessions is remembered (LOW); the older /settings/sessions is sourced. Polish labels: no source (LOW).',
  },
  confirm: {
    target: { text: { en: ['Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Sign out”.', pl: 'Potwierdź przyciskiem „Wyloguj się”.' },
    confidence: 'LOW',
  },
  endsThisSession: false,
  done: { text: { en: ['signed out of all other sessions'], pl: ['wylogowano ze wszystkich innych sesji'] }, within: '[role="status"]', confidence: 'LOW' },
  signedOut: { anyOf: [{ url: ['/login', '/uas/login'] }, { present: { css: ['#username', '#password'] } }] },
  manual: {
    en: 'Open LinkedIn → Me → Settings & Privacy → Sign in & security → Where you’re signed in, then sign out of all sessions.',
    pl: 'Otwórz LinkedIn → Ja → Ustawienia i prywatność → Logowanie i bezpieczeństwo → Gdzie jesteś zalogowany i wyloguj wszystkie sesje.',
  },
  sources: [
    { url: 'https://www.ricksdailytips.com/remotely-log-out-of-linkedin-with-all-devices/', note: 'Third-party: Settings and Privacy → Sign in & security → Where you’re signed in → End these sessions.' },
    { url: 'http://elaynewhitfield.com/category/linkedin/', note: 'Third-party, older: linkedin.com/settings/sessions, one session or all.' },
  ],
});
