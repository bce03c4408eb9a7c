import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** X: Settings → Security and account access → Apps and sessions → Sessions → “Log out of all other sessions”. */
export const xRemote = remoteSignOutGuide({
  siteName: 'X',
  startPath: '/settings/sessions',
  pageUrl: ['/settings/sessions'],
  where: {
    en: 'Settings and privacy → “Security and account access” → “Apps and sessions” → “Sessions”',
    pl: 'Ustawienia i prywatność → „Bezpieczeństwo i dostęp do konta” → „Aplikacje i sesje” → „Sesje”',
  },
  whereSources: [S.xTinygrab, S.xLaptopmag],
  whereConfidence: 'MEDIUM',
  mode: 'all',
  press: {
    target: {
      text: {
        en: ['Log out of all other sessions', 'Log out all other sessions', 'Log out of all the sessions'],
        pl: ['Wyloguj się ze wszystkich innych sesji', 'Wyloguj ze wszystkich innych sesji'],
        de: ['Von allen anderen Sitzungen abmelden'],
      },
    },
    instruction: { en: 'Press “Log out of all other sessions”.', pl: 'Naciśnij „Wyloguj się ze wszystkich innych sesji”.' },
    confidence: 'MEDIUM',
    sources: [S.xTinygrab, S.xLaptopmag],
    note: 'Polish and German labels: no source (LOW). The address /settings/sessions is remembered (LOW).',
  },
  confirm: {
    target: { text: { en: ['Log out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Log out”.', pl: 'Potwierdź przyciskiem „Wyloguj się”.' },
    confidence: 'MEDIUM',
    sources: [S.xLaptopmag],
  },
  endsThisSession: false,
  done: { text: { en: ['logged out of all other sessions'], pl: ['wylogowano ze wszystkich innych sesji'] }, within: '[role="status"]', confidence: 'LOW' },
  signedOut: { anyOf: [{ url: ['/i/flow/login', '/login'] }, { present: { css: ['input[autocomplete="username"]', 'input[name="password"]'] } }] },
  manual: {
    en: 'Open x.com → More → Settings and privacy → Security and account access → Apps and sessions → Sessions, then “Log out of all other sessions”.',
    pl: 'Otwórz x.com → Więcej → Ustawienia i prywatność → Bezpieczeństwo i dostęp do konta → Aplikacje i sesje → Sesje, potem „Wyloguj się ze wszystkich innych sesji”.',
  },
  sources: [
    { url: 'https://tinygrab.com/how-to-sign-out-of-twitter-on-all-devices/', note: 'Third-party: Sessions → log out all other sessions; the current one stays.' },
    { url: 'https://www.laptopmag.com/how-to/log-all-devices-out-twitter-account', note: 'Third-party: Sessions → Log out of all the sessions → Log out.' },
  ],
});
