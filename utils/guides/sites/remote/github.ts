import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** GitHub (English only): Settings → Sessions → a web session's “See more” → “Revoke session”. */
export const githubRemote = remoteSignOutGuide({
  siteName: 'GitHub',
  startPath: '/settings/sessions',
  pageUrl: ['/settings/sessions'],
  where: { en: 'Settings → “Sessions” (in “Access”) → “Web sessions”', pl: 'Settings → „Sessions” (w sekcji „Access”) → „Web sessions”' },
  whereSources: [S.githubDocs],
  whereConfidence: 'HIGH',
  mode: 'each',
  choose: {
    detailUrl: ['/settings/sessions/'],
    target: { text: { en: ['See more'] }, within: 'main' },
    instruction: {
      en: 'Under “Web sessions”, press “See more” beside the session you do not recognise (not “Your current session”).',
      pl: 'W sekcji „Web sessions” naciśnij „See more” przy sesji, której nie rozpoznajesz (nie „Your current session”).',
    },
    confidence: 'HIGH',
    sources: [S.githubDocs],
    note: 'Which session is the person’s choice: Signoff highlights one but never opens it for them.',
  },
  press: {
    target: { text: { en: ['Revoke session'] }, within: 'main' },
    instruction: { en: 'Press “Revoke session”.', pl: 'Naciśnij „Revoke session” (unieważnij sesję).' },
    confidence: 'HIGH',
    sources: [S.githubDocs],
  },
  endsThisSession: false,
  done: { text: { en: ['session revoked', 'revoked the session', 'revoked session'] }, within: '[role="status"], .flash', confidence: 'LOW', note: 'GitHub shows a flash message; its words are not public.' },
  signedOut: { anyOf: [{ url: ['/login'] }, { present: { css: ['#login_field'] } }] },
  manual: {
    en: 'Open github.com/settings/sessions, press “See more” beside the session you do not recognise, then “Revoke session”.',
    pl: 'Otwórz github.com/settings/sessions, naciśnij „See more” przy nieznanej sesji, a potem „Revoke session”.',
  },
  sources: [{ url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/viewing-and-managing-your-sessions', note: 'GitHub docs: Sessions, Web sessions, See more, Revoke session.' }],
});
