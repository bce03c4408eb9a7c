import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Facebook: “Where you're logged in” → “Log out of all sessions” → “Log out”. */
export const facebookRemote = remoteSignOutGuide({
  siteName: 'Facebook',
  startPath: '/settings?tab=security',
  pageUrl: ['tab=security'],
  where: {
    en: 'Settings → “Security and login” (today: Accounts Center → “Password and security”) → “Where you’re logged in”',
    pl: 'Ustawienia → „Bezpieczeństwo i logowanie” (dziś: Centrum kont → „Hasło i zabezpieczenia”) → „Gdzie jesteś zalogowany(-a)”',
  },
  whereSources: [S.facebookSessions, S.facebookAccountsCenter],
  whereConfidence: 'MEDIUM',
  mode: 'all',
  press: {
    target: { text: { en: ['Log out of all sessions'], pl: ['Wyloguj się ze wszystkich sesji'], de: ['Von allen Sitzungen abmelden'] } },
    instruction: {
      en: 'Under “Where you’re logged in”, press “Log out of all sessions” (open “See more” first if the list is folded).',
      pl: 'W sekcji „Gdzie jesteś zalogowany(-a)” naciśnij „Wyloguj się ze wszystkich sesji” (najpierw „Zobacz więcej”, jeśli lista jest zwinięta).',
    },
    confidence: 'MEDIUM',
    sources: [S.facebookSessions, S.facebookHindi],
    note: 'Polish and German labels: no source (LOW).',
  },
  confirm: {
    target: { text: { en: ['Log out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Log out” in the box that opens.', pl: 'Potwierdź przyciskiem „Wyloguj się” w okienku, które się otworzy.' },
    confidence: 'MEDIUM',
    sources: [S.facebookSessions, S.facebookHindi],
  },
  endsThisSession: false,
  done: {
    text: { en: ['logged out of your other sessions', 'logged out of all other sessions'], pl: ['wylogowano cię z pozostałych sesji', 'wylogowano z pozostałych sesji'] },
    within: '[role="status"]',
    confidence: 'LOW',
    note: 'One 2022 page says the old page also ended the current session; today’s list shows the other devices. The fixture keeps this session (LOW).',
  },
  signedOut: { anyOf: [{ url: ['/login'] }, { present: { css: ['#email', 'input[name="pass"]'] } }] },
  manual: {
    en: 'Open Facebook’s Settings → Accounts Center → Password and security → Where you’re logged in, then “Log out of all sessions” and confirm with “Log out”.',
    pl: 'Otwórz na Facebooku Ustawienia → Centrum kont → Hasło i zabezpieczenia → Gdzie jesteś zalogowany(-a), potem „Wyloguj się ze wszystkich sesji” i potwierdź.',
  },
  sources: [
    { url: 'https://www.gingersec.com/post/how-to-secure-facebook-by-signing-out-sessions', note: 'Third-party, 2022: Security and Login → Where you’re logged in → See More → Log out of all sessions → Log out.' },
    { url: 'https://serataue.pages.dev/how-to-sign-out-in-facebook', note: 'Third-party: today the list is in Accounts Center → Password and security → Where you’re logged in.' },
  ],
});
