import type { RecipeInput } from '../schema';

/**
 * YouTube: the Google account's session as YouTube holds it, in its own cookies on .youtube.com. A plain GET of
 * www.youtube.com/logout ends it and continues to accounts.google.com/Logout, which signs the browser out of
 * Google too (google.com's own session is the google recipe's: it is tracked and verified there, not here). The
 * avatar's menu holds the same "Sign out".
 */
/** Both ways end at accounts.google.com/Logout, which signs every Google account in this browser out. */
const ENDS_ALL_GOOGLE_ACCOUNTS = { of: 'Google' };

export const youtube: RecipeInput = {
  id: 'youtube',
  name: 'YouTube',
  sites: [
    {
      domain: 'youtube.com',
      origin: 'https://www.youtube.com',
      // LOGIN_INFO is left out: whether YouTube removes it at sign-out is not known. VISITOR_INFO1_LIVE, YSC and
      // PREF are every visitor's.
      authCookies: ['SID', '__Secure-1PSID', '__Secure-3PSID', 'HSID', 'SSID', 'APISID', 'SAPISID'],
    },
  ],
  detect: {
    signedIn: { css: ['button#avatar-btn', 'ytd-topbar-menu-button-renderer #avatar-btn'] },
  },
  signOut: [
    { kind: 'url', path: '/logout', endsAllAccounts: ENDS_ALL_GOOGLE_ACCOUNTS },
    {
      kind: 'steps',
      startPath: '/',
      endsAllAccounts: ENDS_ALL_GOOGLE_ACCOUNTS,
      steps: [
        {
          action: 'click',
          target: { css: ['button#avatar-btn', '#avatar-btn'], text: { en: ['Account menu'], pl: ['Menu konta'], de: ['Kontomenü'] } },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: {
            // The menu's link is absolute (https://www.youtube.com/logout), so an a[href="/logout"] never matches.
            css: ['ytd-compact-link-renderer a[href="https://www.youtube.com/logout"]', 'a[href="https://www.youtube.com/logout"]', 'a[href="/logout"]'],
            text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  // The sign-out passes through accounts.google.com/Logout (and a person may land there).
  relatedDomains: ['google.com'],
  accountCheck: { url: '/account', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.youtube.com/logout',
        note: 'Logout URL in public extension and bot maps; an agent tool signs YouTube out through accounts.google.com/Logout (site-flows.md §4 and design notes, MEDIUM).',
      },
      {
        url: 'https://accounts.google.com/Logout',
        note: 'Avatar button#avatar-btn → "Sign out", whose link is the absolute https://www.youtube.com/logout (recipe-evidence.md: an a[href="/logout"] selector does not match it; MEDIUM). GET /logout C. The SID cookie family on .youtube.com is HIGH; PL/DE labels LOW.',
      },
    ],
    checked: '2026-12-06',
    endsAllAccounts: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://accounts.google.com/Logout',
          note: 'YouTube’s /logout continues to accounts.google.com/Logout (see above, MEDIUM), which signs every Google account in the browser out (the google recipe’s evidence, HIGH).',
        },
      ],
    },
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://www.youtube.com/account',
          note: 'YouTube’s account settings; signed out it redirects to accounts.google.com/ServiceLogin?service=youtube (the sign-in link YouTube itself uses, MEDIUM).',
        },
      ],
    },
  },
};
