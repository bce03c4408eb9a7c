import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Dropbox: Settings → Security → “Web browsers” / “Devices” → the × beside a session → “Sign out”. One session at a time. */
export const dropboxRemote = remoteSignOutGuide({
  siteName: 'Dropbox',
  startPath: '/account/security',
  pageUrl: ['/account/security'],
  where: { en: 'avatar → “Settings” → “Security” → “Web browsers” and “Devices”', pl: 'awatar → „Ustawienia” → „Bezpieczeństwo” → „Przeglądarki internetowe” i „Urządzenia”' },
  whereSources: [S.dropboxSettings, S.dropboxCheckup],
  whereConfidence: 'HIGH',
  mode: 'each',
  press: {
    target: { text: { en: ['Sign out of this session', 'Log out of this session', 'Remove'], pl: ['Wyloguj z tej sesji', 'Usuń'], de: ['Von dieser Sitzung abmelden'] } },
    instruction: {
      en: 'Press the × beside the browser or device you left signed in (not “Current session”).',
      pl: 'Naciśnij × obok przeglądarki lub urządzenia, na którym zostałeś zalogowany (nie „Bieżąca sesja”).',
    },
    confidence: 'MEDIUM',
    sources: [S.dropboxCheckup, S.dropboxConfirm],
    note: 'The × has no visible words: its accessible name is not public (LOW), so the guide tries likely names and otherwise points at the list.',
  },
  confirm: {
    target: { text: { en: ['Sign out', 'Log out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Sign out”.', pl: 'Potwierdź przyciskiem „Wyloguj się”.' },
    confidence: 'MEDIUM',
    sources: [S.dropboxConfirm],
  },
  endsThisSession: false,
  done: { text: { en: ['signed out of that session', 'session ended'], pl: ['wylogowano z tej sesji'] }, within: '[role="status"]', confidence: 'LOW' },
  signedOut: { anyOf: [{ url: ['/login'] }, { present: { css: ['input[name="login_password"]', 'input[type="password"]'] } }] },
  manual: {
    en: 'Open dropbox.com → avatar → Settings → Security; under Web browsers and Devices press the × beside the one you left signed in, then Sign out.',
    pl: 'Otwórz dropbox.com → awatar → Ustawienia → Bezpieczeństwo; w sekcjach przeglądarek i urządzeń naciśnij × obok tego, na którym zostałeś zalogowany, potem Wyloguj się.',
  },
  sources: [
    { url: 'https://help.dropbox.com/security/security-checkup', note: 'Dropbox help: the X beside a device or web session logs you out there.' },
    { url: 'https://help.dropbox.com/security/unknown-device-linked', note: 'Dropbox help: avatar → Settings → Security lists the devices.' },
  ],
});
