import type { RecipeInput } from '../schema';

const ACCOUNTS = 'https://accounts.google.com';
const REMOVE_AN_ACCOUNT = { en: ['Remove an account'], pl: ['Usuń konto'], de: ['Konto entfernen'] };
const YES_REMOVE = { en: ['Yes, remove'], pl: ['Tak, usuń'], de: ['Ja, entfernen'] };

/** In the chooser's remove mode: pick an account, confirm, wait for the confirmation to close. */
function removeOne(optional: boolean) {
  const timeoutMs = optional ? 1_500 : 8_000;
  return [
    { action: 'click' as const, target: { css: ['[data-identifier]'] }, timeoutMs, optional },
    { action: 'click' as const, target: { text: YES_REMOVE, within: '[role="dialog"]' }, timeoutMs, optional },
    { action: 'waitFor' as const, target: { css: ['[role="dialog"]'] }, state: 'absent' as const, timeoutMs: 8_000 },
  ];
}

/**
 * Google: a GET of accounts.google.com/Logout signs every Google account in this browser out. The account chooser
 * keeps listing them ("Signed out") afterwards; `forgetRemembered` removes the account from it.
 */
export const google: RecipeInput = {
  id: 'google',
  name: 'Google',
  sites: [
    {
      domain: 'google.com',
      origin: ACCOUNTS,
      authCookies: ['SID', '__Secure-1PSID', '__Secure-3PSID', 'HSID', 'SSID', 'APISID', 'SAPISID', 'LSID'],
    },
  ],
  detect: {
    signedIn: {
      css: [`a[href^="${ACCOUNTS}/SignOutOptions?"]`, 'a[aria-label^="Google Account:"]', 'a[aria-label^="Konto Google:"]', 'a[aria-label^="Google-Konto:"]'],
    },
  },
  signOut: [
    { kind: 'url', path: `${ACCOUNTS}/Logout`, endsAllAccounts: { of: 'Google' } },
    {
      // The avatar's account card, as a person would do it in Gmail: its link is the same /Logout.
      kind: 'steps',
      endsAllAccounts: { of: 'Google' },
      startPath: 'https://mail.google.com/mail/u/0/',
      steps: [
        { action: 'click', target: { css: [`a[href^="${ACCOUNTS}/SignOutOptions?"]`] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: [`a[href^="${ACCOUNTS}/Logout?"]`],
            text: {
              en: ['Sign out of all accounts', 'Sign out'],
              pl: ['Wyloguj się ze wszystkich kont', 'Wyloguj się'],
              de: ['Von allen Konten abmelden', 'Abmelden'],
            },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  flows: {
    forgetRemembered: {
      // After /Logout the chooser still offers the account(s) as "Signed out": remove them one by one. Logout ends
      // every account of the browser, so a second round (optional) takes a second remembered account.
      startPath: `${ACCOUNTS}/AccountChooser`,
      steps: [
        { action: 'click', target: { text: REMOVE_AN_ACCOUNT }, timeoutMs: 10_000 },
        { action: 'waitFor', target: { text: { en: ['Done'], pl: ['Gotowe'], de: ['Fertig'] } }, timeoutMs: 5_000 },
        ...removeOne(false),
        ...removeOne(true),
      ],
    },
  },
  // Gemini has no sign-in of its own: it runs on this one (the popup says so on the Google row).
  sharedSignIn: [{ name: 'Gemini', host: 'gemini.google.com' }],
  accountCheck: {
    url: 'https://accounts.google.com/ListAccounts?gpsia=1&source=ChromiumBrowser&json=standard',
    signedIn: { kind: 'json', path: '1.0.3' },
    // A signed-out account stays listed (the account chooser) with its "signed out" flag at index 14.
    signedOut: { redirect: true, statuses: [], markers: [], json: { path: '1.0.14', equals: 1 } },
    accountName: { kind: 'json', path: '1.0.3' },
  },
  provenance: {
    sources: [
      {
        url: 'https://accounts.google.com/Logout',
        note: 'GET sign-out of all accounts, used by Checker Plus for Gmail, X-notifier and test teardowns (site-flows.md §4, HIGH).',
      },
      {
        url: 'https://support.google.com/accounts/answer/32050',
        note: 'After signing out the account chooser lists the account as "Signed out" until "Remove an account" (LOW: chooser markup modelled, texts from the UI).',
      },
      {
        url: 'https://gemini.google.com/',
        note: 'Gemini runs on the Google sign-in: cookie-export tools count SID / __Secure-1PSID (.google.com) as a Gemini session (MEDIUM), and /Logout ends every Google session of the browser (HIGH, above); Gemini\'s own "Sign out" being Google\'s is LOW (UI, no source).',
      },
    ],
    checked: '2026-11-21',
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'low',
        sources: [{ url: 'https://support.google.com/accounts/answer/32050', note: 'After /Logout accounts.google.com/AccountChooser still lists the account as "Signed out" (site-flows.md §4, LOW).' }],
      },
      {
        part: 'remove',
        confidence: 'low',
        sources: [{ url: 'https://accounts.google.com/AccountChooser', note: '"Remove an account" → the account → "Yes, remove", one account at a time (texts from the UI, not from code; the last step waits for the dialog to close).' }],
      },
      {
        part: 'storage',
        confidence: 'low',
        sources: [{ url: 'https://accounts.google.com/AccountChooser', note: 'The list rides on the ACCOUNT_CHOOSER / LSOLH cookies of accounts.google.com (site-flows.md §4, from memory: LOW).' }],
      },
    ],
    endsAllAccounts: {
      confidence: 'high',
      sources: [
        {
          url: 'https://accounts.google.com/Logout',
          note: 'Signs every Google account in the browser out: the account card names its link "Sign out of all accounts" (PL "Wyloguj się ze wszystkich kont"), and Chromium’s avatar menu opens the Gaia logout tab for its "sign out all accounts" action (chromium profile menu, SourceForRefreshTokenOperation kUserMenu_SignOutAllAccounts; site-flows.md §4, HIGH).',
        },
      ],
    },
    accountCheck: {
      confidence: 'high',
      sources: [
        {
          url: 'https://accounts.google.com/ListAccounts?gpsia=1&source=ChromiumBrowser&json=standard',
          note: 'Chromium asks this with the browser’s cookies to list signed-in Google accounts (Chromium’s gaia ListAccounts parser and tests; recorded browser traffic). Answer ["gaia.l.a.r",[["gaia.l.a",1,name,email,photo,…]]]; ["gaia.l.a.r",[]] when nobody is signed in; index 9 = valid, index 14 = signed out (a public test fixture builds rows that way). Public clients also GET it.',
        },
      ],
    },
  },
};
