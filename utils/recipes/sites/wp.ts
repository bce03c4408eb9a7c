import type { RecipeInput } from '../schema';

const ACCOUNT_BUTTON = '[data-testid="account-button"]';

/**
 * WP Poczta: the account button in the mail header → „Wyloguj”, a GET of profil.wp.pl/wyloguj.html, which ends the
 * login of every WP service (one set of cookies on .wp.pl). The address alone is the fallback.
 */
export const wp: RecipeInput = {
  id: 'wp',
  name: 'WP Poczta',
  sites: [
    {
      domain: 'wp.pl',
      origin: 'https://poczta.wp.pl',
      // statid and WPtcs2 are every visitor's. The login cookie names are LOW (no source names them).
      authCookies: ['wpsso', 'wplogin'],
    },
  ],
  detect: {
    signedIn: { css: [ACCOUNT_BUTTON] },
    accountName: { target: { css: ['[data-testid="account-email"]'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/k/',
      steps: [
        { action: 'click', target: { css: [ACCOUNT_BUTTON], text: { pl: ['Menu konta'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['a[href="https://profil.wp.pl/wyloguj.html"]', 'a[href*="profil.wp.pl/wyloguj"]', 'a[data-testid="logout"]'],
            text: { pl: ['Wyloguj', 'Wyloguj się'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
    { kind: 'url', path: 'https://profil.wp.pl/wyloguj.html' },
  ],
  accountCheck: { url: 'https://profil.wp.pl/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://profil.wp.pl/wyloguj.html',
        note: 'GET sign-out in the extended sign-out list (site-flows.md §12, LOW-MEDIUM); sign-in SPA on 1login.wp.pl with #login.',
      },
      {
        url: 'https://poczta.wp.pl/',
        note: 'Mail-header account menu, its data-testid selectors and the cookie names wpsso/wplogin are LOW (modelled, not from a source).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://profil.wp.pl/',
          note: 'WP’s profile pages (the sign-out list names profil.wp.pl/wyloguj.html; JustDeleteMe names 1login.wp.pl/profil/dane); that guests are sent to 1login is inferred (LOW).',
        },
      ],
    },
  },
};
