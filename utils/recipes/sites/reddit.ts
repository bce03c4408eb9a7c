import type { RecipeInput } from '../schema';

/**
 * Reddit: the avatar opens the user drawer; its "Log Out" POSTs /svc/shreddit/account/logout with the CSRF token.
 * Without the token nothing happens, so there is no URL method: the recipe drives the drawer.
 */
export const reddit: RecipeInput = {
  id: 'reddit',
  name: 'Reddit',
  sites: [
    {
      domain: 'reddit.com',
      origin: 'https://www.reddit.com',
      // token_v2 is an API token logged-out visitors get too; loid and csrf_token likewise.
      authCookies: ['reddit_session'],
    },
  ],
  detect: {
    signedIn: { css: ['#expand-user-drawer-button', 'button[aria-label="Expand user menu"]'] },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'click',
          target: {
            css: ['#expand-user-drawer-button', 'button[aria-label="Expand user menu"]'],
            text: { en: ['Expand user menu'], pl: ['Rozwiń menu użytkownika'], de: ['Benutzermenü erweitern'] },
          },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: {
            css: ['#logout-list-item', 'form[action="/svc/shreddit/account/logout"] [type="submit"]'],
            text: { en: ['Log Out', 'Log out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: {
    url: '/api/me.json',
    signedIn: { kind: 'json', path: 'data.name' },
    accountName: { kind: 'json', path: 'data.name' },
  },
  provenance: {
    sources: [
      {
        url: 'https://www.reddit.com/svc/shreddit/account/logout',
        note: 'The new web app signs out with a POST here (extended logout list); old Reddit POSTed /logout with the uh modhash — a CSRF token either way (site-flows.md §17, LOW-MEDIUM).',
      },
      {
        url: 'https://www.reddit.com/',
        note: 'Cookies reddit_session and token_v2 (MEDIUM, memory; token_v2 is also issued to guests). The drawer button id and "Log Out" item are LOW, as are the PL/DE labels.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'high',
      sources: [
        {
          url: 'https://www.reddit.com/api/me.json',
          note: 'Clients send the browser’s reddit_session cookie to /api/me.json to see whether it is live: signed in, data.name is the user name; a guest gets no data.name (several independent clients: an Android webview check, an iOS client’s session probe, a Rust client plan, older mail notifiers).',
        },
      ],
    },
  },
};
