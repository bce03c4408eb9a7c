import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Netflix: Account → “Sign out of all devices” → “Sign Out”. Every device, this one included. */
export const netflixRemote = remoteSignOutGuide({
  siteName: 'Netflix',
  startPath: '/account',
  pageUrl: ['/account'],
  where: { en: 'Account → “Settings” → “Sign out of all devices”', pl: 'Konto → „Ustawienia” → „Wyloguj ze wszystkich urządzeń”' },
  whereSources: [S.netflixBusinessInsider, S.netflixTechies, S.netflixSony],
  whereConfidence: 'HIGH',
  mode: 'all',
  press: {
    target: { text: { en: ['Sign out of all devices'], pl: ['Wyloguj ze wszystkich urządzeń', 'Wyloguj się ze wszystkich urządzeń'], de: ['Von allen Geräten abmelden'] } },
    instruction: { en: 'Press “Sign out of all devices”.', pl: 'Naciśnij „Wyloguj ze wszystkich urządzeń”.' },
    confidence: 'HIGH',
    sources: [S.netflixBusinessInsider, S.netflixTechies, S.netflixSony],
    note: 'Polish and German labels: no source (LOW).',
  },
  confirm: {
    pageUrl: ['/managedevices'],
    target: { text: { en: ['Sign Out', 'Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: 'main' },
    instruction: {
      en: 'On the next page, press “Sign Out”. It can take up to eight hours to reach every device.',
      pl: 'Na następnej stronie naciśnij „Wyloguj się”. Dotarcie do wszystkich urządzeń może potrwać do ośmiu godzin.',
    },
    confidence: 'MEDIUM',
    sources: [S.netflixBusinessInsider, S.netflixTechies],
    note: 'The confirmation page’s address (/ManageDevices) is remembered, not sourced: the guide also accepts the button wherever it shows.',
  },
  endsThisSession: true,
  done: {
    text: { en: ['signed out of all devices'], pl: ['wylogowano ze wszystkich urządzeń'] },
    within: '[role="status"]',
    confidence: 'LOW',
    note: 'Sources say Netflix then shows its home page, signed out.',
  },
  signedOut: { anyOf: [{ url: ['/login'] }, { present: { css: ['input[name="password"]'] } }] },
  manual: {
    en: 'Open netflix.com/account, press “Sign out of all devices”, then “Sign Out”.',
    pl: 'Otwórz netflix.com/account, naciśnij „Wyloguj ze wszystkich urządzeń”, a potem „Wyloguj się”.',
  },
  sources: [
    { url: 'https://www.inferse.com/70424/how-to-log-out-of-netflix-from-all-devices-at-once-business-insider/', note: 'Business Insider copy: Account → Settings → Sign out of all devices → Sign Out; up to eight hours; sign in again afterwards.' },
    { url: 'https://www.techiesdiary.com/how-to/sign-out-of-all-your-netflix-connected-devices', note: 'Third-party: the same flow, confirmed with “Sign out”.' },
  ],
});
