import type { RecipeInput } from '../schema';

/**
 * PayPal: a plain GET of /signout ends the session; the header of every signed-in page links to it ("Log Out",
 * #header-logout), and the profile menu does too on narrow screens.
 */
export const paypal: RecipeInput = {
  id: 'paypal',
  name: 'PayPal',
  sites: [
    {
      domain: 'paypal.com',
      origin: 'https://www.paypal.com',
      // login_email (the remembered address) stays after sign-out and nsid is every visitor's: neither is a session.
      authCookies: ['id_token', 'x-pp-s'],
    },
  ],
  detect: {
    signedIn: { css: ['#header-logout', 'a[href="/signout"]', 'a[href="https://www.paypal.com/signout"]'] },
    accountName: {
      target: { css: ['[data-testid="greeting"]', 'h1.greeting'] },
      greetings: [
        'Good morning',
        'Good afternoon',
        'Good evening',
        'Hello',
        'Dzień dobry',
        'Dobry wieczór',
        'Witaj',
        'Guten Morgen',
        'Guten Tag',
        'Guten Abend',
        'Hallo',
      ],
    },
  },
  signOut: [
    { kind: 'url', path: '/signout' },
    {
      kind: 'steps',
      startPath: '/myaccount/summary',
      steps: [
        {
          action: 'click',
          target: {
            css: ['#header-logout', 'a[href="/signout"]', 'a[href="https://www.paypal.com/signout"]'],
            text: { en: ['Log Out', 'Log out'], pl: ['Wyloguj', 'Wyloguj się'], de: ['Ausloggen', 'Abmelden'] },
          },
          timeoutMs: 10_000,
        },
      ],
    },
  ],
  provenance: {
    sources: [
      {
        url: 'https://www.paypal.com/signout',
        note: 'GET sign-out opened by integrations ("Using a shared computer? … Sign out of PayPal") and the sandbox guide (site-flows.md §18, HIGH).',
      },
      {
        url: 'https://www.sandbox.paypal.com/signout',
        note: 'A saved PayPal header shows the link as #header-logout_mobile, so #header-logout on desktop (MEDIUM). Cookie names id_token / x-pp-s / login_email, the greetings and PL/DE labels are LOW (not found in any source).',
      },
    ],
    checked: '2026-11-21',
  },
};
