import type { RecipeInput } from '../schema';

/**
 * Booking.com (www.booking.com, with secure., account. and admin.booking.com on the same session cookie). A GET of
 * secure.booking.com/logout.html signs out (one public list only, LOW); where the profile menu's own „Sign out”
 * sits is not known, so the generic finder is the fallback from the account page. The partner extranet
 * (admin.booking.com) shares the sign-in, so signing out of one ends the other too.
 */
export const booking: RecipeInput = {
  id: 'booking',
  name: 'Booking.com',
  sites: [
    {
      domain: 'booking.com',
      origin: 'https://www.booking.com',
      // A signed-in bkng_sso_auth is a long token; guests' requests carry it as "e30" (an empty JSON object), like
      // bkng_sso_session: the name proves nothing alone, the account check decides (and verifies the sign-out).
      authCookies: ['bkng_sso_auth'],
      guestsGetAuthCookies: true,
    },
  ],
  detect: { signedIn: { css: ['[data-testid="header-profile"]'] } },
  signOut: [
    { kind: 'url', path: 'https://secure.booking.com/logout.html' },
    { kind: 'generic', startPath: 'https://secure.booking.com/mysettings.html' },
  ],
  accountCheck: {
    url: 'https://secure.booking.com/mysettings.html',
    signedIn: { kind: 'marker', text: ['data-testid="header-profile"'] },
    signedOut: { redirect: true, statuses: [], markers: ['data-testid="header-sign-in-button"'] },
  },
  provenance: {
    sources: [
      {
        url: 'https://secure.booking.com/logout.html',
        note: 'Listed as a plain GET sign-out for Booking in a public, community-extended list of sign-out addresses (research/site-flows.md, public lists §2): LOW, hence the generic finder after it. No source shows the profile menu\'s sign-out item (LOW, modelled).',
      },
      {
        url: 'https://account.booking.com/sign-in',
        note: 'Sign-in asks for the e-mail first (#username, name="username"), then the password (#password): a Cypress page object and Selenium scripts (MEDIUM); the sign-in page\'s op_token decodes to an OAuth return to secure.booking.com/login.html?op=oauth_return (MEDIUM).',
      },
      {
        url: 'https://admin.booking.com',
        note: 'A Playwright sign-in script counts a session only when bkng_sso_auth is at least 50 characters long (HIGH for the name, MEDIUM that shorter guest values exist); saved requests show signed-in values ("CAIQ…") beside bkng_sso_session and bkng_sso_ses, while guests\' requests carry bkng_sso_session=e30 (many scrapers, HIGH) and in one case bkng_sso_auth=e30 (LOW): guestsGetAuthCookies. Domain .booking.com from a cookie export (MEDIUM); HttpOnly and lifetime not known (LOW, modelled).',
      },
      {
        url: 'https://www.booking.com/',
        note: 'Header selectors [data-testid="header-profile"] (signed in) and [data-testid="header-sign-in-button"] (signed out) in a Selenide page object, a page-state detector and a price parser that reads the sign-in button from the server-rendered HTML (HIGH).',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://secure.booking.com/mysettings.html',
          note: 'The account page a CLI reads for the signed-in name and Genius tier, and where a sign-in script waits for [data-testid="header-profile"] (MEDIUM); server-rendered pages carry header-sign-in-button for guests (HIGH); that a guest is redirected to the sign-in is inferred (LOW).',
        },
      ],
    },
  },
};
