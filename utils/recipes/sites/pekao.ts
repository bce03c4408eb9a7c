import type { RecipeInput } from '../schema';

/**
 * Bank Pekao, online banking Pekao24 (www.pekao24.pl). Not modelled: the site is an app whose sign-in a crawler drives
 * through the page (customer number, „Dalej”, masked password, „Zaloguj”); no source names a cookie, a page that tells
 * a signed-in person from a guest, or a sign-out a browser could open. Signoff knows the domain alone: a row says it cannot tell whether anyone is signed in, the generic
 * finder looks for the bank's own „Wyloguj”, and the labelled fallback removes the site from this browser.
 */
export const pekao: RecipeInput = {
  id: 'pekao',
  name: 'Pekao24 (Bank Pekao)',
  sites: [
    {
      domain: 'pekao24.pl',
      origin: 'https://www.pekao24.pl',
      authCookies: [],
      notModelled: {
        reason: 'Sign-in runs in the page\'s app (customer number, then a masked password); no public source names a cookie, an account page or a sign-out a browser can open.',
      },
    },
  ],
  // The finder looks on the bank's start page, where the app runs after the sign-in; where its „Wyloguj” sits no source shows.
  signOut: [{ kind: 'generic', startPath: '/' }],
  provenance: {
    sources: [
      {
        url: 'https://www.pekao24.pl/logowanie',
        note: 'A Selenium crawler (darkonion/Selenium-pekao-crawler) signs in here: #customer, „Dalej”, the active masked password fields, „Zaloguj”, then waits for the dashboard (pekao-main-product-transactions) on the same app; user scripts (cvgore/pekao24-passmanager-fixer) match www.pekao24.pl/logowanie and pekao-* elements (HIGH for the domain and the sign-in address).',
      },
      {
        url: 'https://github.com/SmorcIRL/pekao24-masked-fill',
        note: 'A password-fill extension asks for https://*.pekao24.pl/* only: the banking runs on that domain (MEDIUM). No source names a cookie, an account page or a sign-out: none is modelled (LOW for everything else).',
      },
    ],
    checked: '2026-12-07',
  },
};
