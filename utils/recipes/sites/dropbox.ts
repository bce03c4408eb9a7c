import type { RecipeInput } from '../schema';

/** Dropbox: a plain GET of /logout ends the session; the avatar's account menu links to it as "Sign out". */
export const dropbox: RecipeInput = {
  id: 'dropbox',
  name: 'Dropbox',
  sites: [
    {
      domain: 'dropbox.com',
      origin: 'https://www.dropbox.com',
      // t (the CSRF cookie), gvc and locale are every visitor's.
      authCookies: ['lid', 'jar'],
    },
  ],
  detect: {
    signedIn: { css: ['button[data-testid="account-menu-button"]'] },
  },
  signOut: [
    { kind: 'url', path: '/logout' },
    {
      kind: 'steps',
      startPath: '/home',
      steps: [
        {
          action: 'click',
          target: {
            css: ['button[data-testid="account-menu-button"]'],
            text: { en: ['Account menu'], pl: ['Menu konta'], de: ['Kontomenü'] },
          },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: { css: ['a[href="/logout"]', 'a[href="https://www.dropbox.com/logout"]'], text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/account/general', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.dropbox.com/logout',
        note: 'GET sign-out: superlogout list, pac4j\'s Dropbox client logout redirect, draw.io and Selenium scripts open it (site-flows.md §20, MEDIUM).',
      },
      {
        url: 'https://www.dropbox.com/login',
        note: 'Cookie names lid / jar (session) and t, gvc (not auth) are LOW (memory, no source found); the account-menu button selector and PL/DE labels are LOW — text fallbacks and the URL method carry them.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.dropbox.com/account/general',
          note: 'Dropbox’s settings page; guests are sent to /login (inferred: no public client uses it as a check, LOW). The cookie names lid/jar have no public evidence, so the check decides.',
        },
      ],
    },
  },
};
