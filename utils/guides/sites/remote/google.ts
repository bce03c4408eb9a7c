import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Google: no "sign out everywhere"; each device is signed out from its own page under “Your devices”. */
export const googleRemote = remoteSignOutGuide({
  siteName: 'Google',
  startHost: 'myaccount.google.com',
  startPath: '/device-activity',
  pageUrl: ['/device-activity'],
  where: {
    en: 'your Google Account → “Security” → “Your devices” → “Manage all devices”',
    pl: 'konto Google → „Bezpieczeństwo” → „Twoje urządzenia” → „Zarządzaj wszystkimi urządzeniami”',
  },
  whereSources: [S.googleDevices, S.googleEach],
  whereConfidence: 'MEDIUM',
  mode: 'each',
  choose: {
    detailUrl: ['/device-activity/id/'],
    target: { text: { en: ['Windows', 'Chrome', 'Mac', 'Linux'], pl: ['Windows', 'Chrome', 'Mac', 'Linux'] }, within: 'main' },
    instruction: {
      en: 'Choose the computer you left signed in (not the one marked “This device”).',
      pl: 'Wybierz komputer, na którym zostałeś zalogowany (nie ten oznaczony „To urządzenie”).',
    },
    confidence: 'MEDIUM',
    sources: [S.googleDevices],
    note: 'Which device is the person’s choice: Signoff highlights a computer but never opens one for them. The entries’ wording is not public: matched by common system names.',
  },
  press: {
    target: { text: { en: ['Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: 'main' },
    instruction: { en: 'Press “Sign out” on that device’s page.', pl: 'Naciśnij „Wyloguj się” na stronie tego urządzenia.' },
    confidence: 'MEDIUM',
    sources: [S.googleEach, S.googleDevices],
    note: 'Polish and German labels: no source (Google’s usual wording).',
  },
  confirm: {
    target: { text: { en: ['Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Sign out” in the box that opens.', pl: 'Potwierdź przyciskiem „Wyloguj się” w okienku, które się otworzy.' },
    confidence: 'LOW',
  },
  endsThisSession: false,
  done: { text: { en: ['signed out on that device'], pl: ['wylogowano cię na tym urządzeniu'] }, within: '[role="status"]', confidence: 'LOW' },
  signedOut: { anyOf: [{ url: ['/servicelogin', '/signin/'] }, { present: { css: ['#identifierId', 'input[type="password"]'] } }] },
  manual: {
    en: 'Open myaccount.google.com → Security → Your devices → Manage all devices, choose the device you left signed in and press Sign out.',
    pl: 'Otwórz myaccount.google.com → Bezpieczeństwo → Twoje urządzenia → Zarządzaj wszystkimi urządzeniami, wybierz urządzenie, na którym zostałeś zalogowany, i naciśnij Wyloguj się.',
  },
  sources: [
    { url: 'https://askvity.info/google-account-security/how-do-i-manage-devices-on-my-google-account', note: 'Third-party: Security → Your devices → Manage all devices; select a device and sign out. Google’s own help page was not in the searched corpus.' },
    { url: 'https://tinygrab.com/how-to-log-out-from-all-devices-on-google/', note: 'Third-party: one device at a time (“Sign out” per device).' },
  ],
});
