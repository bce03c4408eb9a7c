import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Spotify: account page → “Security and privacy” → “Sign out everywhere” → “Sign out everywhere”. Every device, this one included. */
export const spotifyRemote = remoteSignOutGuide({
  siteName: 'Spotify',
  startHost: 'www.spotify.com',
  startPath: '/account/overview/',
  pageUrl: ['/account/overview'],
  where: { en: 'your account page → “Security and privacy” → “Sign out everywhere”', pl: 'strona konta → „Bezpieczeństwo i prywatność” → „Wyloguj się wszędzie”' },
  whereSources: [S.spotifyHelp],
  whereConfidence: 'HIGH',
  mode: 'all',
  press: {
    target: { text: { en: ['Sign out everywhere'], pl: ['Wyloguj się wszędzie', 'Wyloguj wszędzie'], de: ['Überall abmelden'] } },
    instruction: { en: 'Under “Security and privacy”, choose “Sign out everywhere”.', pl: 'W sekcji „Bezpieczeństwo i prywatność” wybierz „Wyloguj się wszędzie”.' },
    confidence: 'HIGH',
    sources: [S.spotifyHelp],
    note: 'Polish and German labels: no source (LOW).',
  },
  confirm: {
    pageUrl: ['/account/sign-out-everywhere'],
    target: { text: { en: ['Sign out everywhere'], pl: ['Wyloguj się wszędzie', 'Wyloguj wszędzie'], de: ['Überall abmelden'] }, within: 'main' },
    instruction: {
      en: 'Press “Sign out everywhere” once more. Speakers, consoles and TVs are not included: remove them under your apps page.',
      pl: 'Naciśnij jeszcze raz „Wyloguj się wszędzie”. Głośniki, konsole i telewizory nie są objęte: usuń je na stronie aplikacji.',
    },
    confidence: 'HIGH',
    sources: [S.spotifyHelp],
    note: 'The second page’s address is remembered, not sourced (LOW).',
  },
  endsThisSession: true,
  done: { text: { en: ['signed out everywhere'], pl: ['wylogowano wszędzie'] }, within: '[role="status"]', confidence: 'LOW' },
  signedOut: { anyOf: [{ url: ['/login'] }, { present: { css: ['#login-username', '#login-password'] } }] },
  manual: {
    en: 'Open spotify.com/account, find “Sign out everywhere” under Security and privacy, and press it (twice: the link, then the button).',
    pl: 'Otwórz spotify.com/account, znajdź „Wyloguj się wszędzie” w sekcji Bezpieczeństwo i prywatność i naciśnij (dwa razy: link, potem przycisk).',
  },
  sources: [{ url: 'https://support.spotify.com/ee-en/article/how-to-log-out/', note: 'Spotify help: Log out everywhere — account page → Security and privacy → Sign out everywhere → Sign out everywhere.' }],
});
