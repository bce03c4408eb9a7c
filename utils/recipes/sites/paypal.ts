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
      // login_email (the remembered address) stays after sign-out; nsid and x-pp-s (a JSON timestamp set on anonymous
      // pages and guest checkout, recipe-evidence.md) are every visitor's: none of them is a session.
      authCookies: ['id_token'],
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
  accountCheck: { url: '/myaccount/summary', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.paypal.com/signout',
        note: 'GET sign-out opened by integrations ("Using a shared computer? … Sign out of PayPal") and the sandbox guide (site-flows.md §18, HIGH).',
      },
      {
        url: 'https://www.sandbox.paypal.com/signout',
        note: 'A saved PayPal header shows the link as #header-logout_mobile, so #header-logout on desktop (MEDIUM). Cookie names id_token / login_email, the greetings and PL/DE labels are LOW (not found in any source).',
      },
      {
        url: 'https://www.paypal.com/welcome/signup',
        note: 'x-pp-s is not a session cookie: a base64 JSON timestamp {"t":…,"l":"0","m":"0"} set on anonymous sign-up pages and guest checkout (public cookie jars, recipe-evidence.md: X), so it was removed. id_token: weak C (seen in signed-in flows, absent from an anonymous jar).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://www.paypal.com/myaccount/summary',
          note: 'The account summary; signed out, PayPal redirects to /signin (public scripts check for the "Log In" link after /signout and return to /myaccount/summary after login, MEDIUM).',
        },
      ],
    },
  },
};
