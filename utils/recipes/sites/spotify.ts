import type { RecipeInput } from '../schema';

/**
 * Spotify: a plain GET of www.spotify.com/logout/ ends the session for every Spotify host (the login cookie sp_dc
 * lives on .spotify.com). In the web player the profile button's menu holds the same "Log out".
 */
export const spotify: RecipeInput = {
  id: 'spotify',
  name: 'Spotify',
  sites: [
    {
      domain: 'spotify.com',
      origin: 'https://open.spotify.com',
      // sp_t (browser id) and sp_landing are set for every visitor.
      authCookies: ['sp_dc', 'sp_key'],
    },
  ],
  detect: {
    signedIn: { css: ['button[data-testid="user-widget-link"]', '[data-testid="user-widget-avatar"]'] },
  },
  signOut: [
    { kind: 'url', path: 'https://www.spotify.com/logout/' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: ['button[data-testid="user-widget-link"]', '[data-testid="user-widget-avatar"]'] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['[data-testid="user-widget-dropdown-logout"]'],
            text: { en: ['Log out'], pl: ['Wyloguj', 'Wyloguj się'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: 'https://www.spotify.com/account/overview/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.spotify.com/logout/',
        note: 'GET sign-out (extended logout list; a cookie-sharing app blocks open/accounts/www …/logout* to stop users signing out) (site-flows.md §14, MEDIUM).',
      },
      {
        url: 'https://open.spotify.com/',
        note: 'Web-player test ids user-widget-link → user-widget-dropdown-logout used by many public test suites (HIGH). sp_dc is the login cookie (HIGH), sp_key MEDIUM; PL/DE labels LOW.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.spotify.com/account/overview/',
          note: 'The account overview needs a session; guests are sent to accounts.spotify.com/login (inferred, LOW). The web-player token endpoint public clients used is not used here: it changed in 2025.',
        },
      ],
    },
  },
};
