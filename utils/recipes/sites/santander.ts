import type { RecipeInput } from '../schema';

/**
 * Santander Bank Polska, online banking „Santander internet” (www.centrum24.pl). Sign-out only: Signoff requests the
 * bank's own sign-out address and reads the dashboard to ask whether someone is signed in; it presses nothing on the
 * bank's pages. No public source names the bank's cookies, so the recipe names none (sessionCookiesUnknown): any
 * cookie of centrum24.pl only makes Signoff ask the bank, and only the bank's answer lists a session or verifies a
 * sign-out. If the address ever stops working, the fallback removes the site's data from this browser and says the
 * bank may still hold the session.
 */
export const santander: RecipeInput = {
  id: 'santander',
  name: 'Santander internet',
  sites: [{ domain: 'centrum24.pl', origin: 'https://www.centrum24.pl', authCookies: [], sessionCookiesUnknown: true }],
  detect: { signedIn: { css: ['div.logout a'] } },
  signOut: [{ kind: 'url', path: '/centrum24-web/logout' }],
  // A read of the dashboard a scraper loads after signing in; nothing is pressed or sent.
  accountCheck: { url: '/centrum24-web/multi', signedIn: { kind: 'marker', text: ['class="logout"'] } },
  provenance: {
    sources: [
      {
        url: 'https://www.centrum24.pl/centrum24-web/logout',
        note: 'Java scrapers of Santander internet (2022–23) keep "https://www.centrum24.pl/centrum24-web/logout" as LOGOUT and GET it as their fallback sign-out when the dashboard\'s own link did not land there; their mock server answers it „Poprawnie wylogowany” (MEDIUM that a plain GET signs out). A C# scraper clicks //div[@class=\'logout\']/a and waits for that address and div.logout-head (MEDIUM for the page\'s own link).',
      },
      {
        url: 'https://www.centrum24.pl/centrum24-web/login',
        note: 'Sign-in: the customer number in field nik (#input_nik, button #okBtn2), then the password in pinFragment:pin (#ordinarypin, „Dalej”), then an SMS or app code (SCA, not modelled); the dashboard is /centrum24-web/multi (Java scraper, Playwright script, Clojure e2e test; HIGH for the fields). No source names a cookie (the scrapers keep whatever the jar gets): none is named here, not guessed.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.centrum24.pl/centrum24-web/multi',
          note: 'The signed-in dashboard holds the sign-out link in <div class="logout"> (C# scraper, MEDIUM); that a guest asking for it is redirected to the sign-in is inferred from a scraper\'s mock server, which answers every unknown request with a redirect to /centrum24-web/login (LOW).',
        },
      ],
    },
  },
};
