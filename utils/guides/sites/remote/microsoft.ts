import { remoteSignOutGuide } from './build';
import { REMOTE_SOURCES as S } from './sources';

/** Microsoft account: “Advanced security options” → “Sign out everywhere” → “Sign out” (takes up to 24 hours). */
export const microsoftRemote = remoteSignOutGuide({
  siteName: 'Microsoft',
  startHost: 'account.live.com',
  startPath: '/proofs/manage/additional',
  pageUrl: ['/proofs/manage/additional'],
  where: {
    en: 'your Microsoft account → “Security” → “Advanced security options” → “Sign out everywhere”',
    pl: 'konto Microsoft → „Zabezpieczenia” → „Zaawansowane opcje zabezpieczeń” → „Wyloguj się wszędzie”',
  },
  whereSources: [S.microsoftEverywhere],
  whereConfidence: 'MEDIUM',
  mode: 'all',
  press: {
    target: { text: { en: ['Sign out everywhere'], pl: ['Wyloguj się wszędzie', 'Wyloguj wszędzie'], de: ['Überall abmelden'] } },
    instruction: {
      en: 'Scroll to “Sign out everywhere” and press its link. Microsoft ends the other sessions within 24 hours (Xbox consoles excepted).',
      pl: 'Przewiń do „Wyloguj się wszędzie” i naciśnij ten link. Microsoft kończy pozostałe sesje w ciągu 24 godzin (poza konsolami Xbox).',
    },
    confidence: 'MEDIUM',
    sources: [S.microsoftEverywhere],
    note: 'The address /proofs/manage/additional is remembered, not sourced (LOW); Polish and German labels: no source (LOW).',
  },
  confirm: {
    target: { text: { en: ['Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] }, within: '[role="dialog"]' },
    instruction: { en: 'Confirm with “Sign out” in the window that opens.', pl: 'Potwierdź przyciskiem „Wyloguj się” w oknie, które się otworzy.' },
    confidence: 'MEDIUM',
    sources: [S.microsoftEverywhere],
  },
  endsThisSession: false,
  done: {
    text: { en: ['signed out everywhere', 'within 24 hours'], pl: ['wylogowano wszędzie', 'w ciągu 24 godzin'] },
    within: '[role="status"]',
    confidence: 'LOW',
  },
  signedOut: { anyOf: [{ url: ['/login.srf', '/ppsecure/'] }, { present: { css: ['#i0116', '#i0118'] } }] },
  manual: {
    en: 'Open account.microsoft.com → Security → Advanced security options, scroll to “Sign out everywhere”, press it and confirm with “Sign out”.',
    pl: 'Otwórz account.microsoft.com → Zabezpieczenia → Zaawansowane opcje zabezpieczeń, przewiń do „Wyloguj się wszędzie”, naciśnij i potwierdź.',
  },
  sources: [{ url: 'https://geekrewind.com/how-to-sign-out-of-your-microsoft-account-on-all-devices/', note: 'Third-party citing Microsoft: Advanced security options → Sign out everywhere → Sign out; within 24 hours, except Xbox.' }],
});
