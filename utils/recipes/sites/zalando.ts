import type { RecipeInput } from '../schema';

/**
 * Zalando (www.zalando.pl). A plain GET of /logout/ signs out (a public test suite opens it and then sees
 * „Zaloguj się”). Which element shows a signed-in page is not known from public sources: no page signal, the account
 * check decides. Other countries' shops (zalando.de, zalando.co.uk …) are separate sites, not covered yet.
 */
export const zalando: RecipeInput = {
  id: 'zalando',
  name: 'Zalando',
  sites: [
    {
      domain: 'zalando.pl',
      origin: 'https://www.zalando.pl',
      // The web session after the sign-in at accounts.zalando.com; Zalando-Client-Id and frsx (the XSRF token) come
      // with the first visit and are every visitor's.
      authCookies: ['zsso', 'zsso-p'],
    },
  ],
  signOut: [{ kind: 'url', path: '/logout/' }],
  accountCheck: { url: '/myaccount/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://github.com/adriannamarita/WSB_Projekt_zaliczeniowy/blob/278328c15452e325510d32071f07dd47275d0852/library/testLibrary.robot',
        note: 'A Selenium test suite of zalando.pl: after signing in ("Twoje konto"), hovering #header-user-account-icon shows „Nie <imię>? Wyloguj się”; it then opens https://www.zalando.pl/logout/ and the account icon offers „Zaloguj się” again (HIGH that a GET of /logout/ signs out). The new sign-in page asks for the e-mail (#lookup-email) first, then the password (#login-password) (MEDIUM).',
      },
      {
        url: 'https://www.zalando.pl/logout/',
        note: 'Also listed as a GET sign-out for Zalando in a public list of sign-out addresses (MEDIUM).',
      },
      {
        url: 'https://github.com/bombel1337/zalando-solutions/blob/e7da5cef31ee2fa529855059b5fab8652f2ad259/zalando/session.go',
        note: 'A client keeps "zsso" and "zsso-p" as "the typical Zalando session cookies" and checks them for www.zalando.pl and accounts.zalando.com (MEDIUM for the names); a bot\'s notes add that the sign-in ends at /sso/callback, which sets zsso, and that GET /login sets csrf-token and Zalando-Client-Id (every visitor\'s, so not auth). Domain, lifetime and flags are not in any source (LOW, modelled).',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://github.com/AndreaCaval/cava-script-public/blob/HEAD/scripts/zalando-login.js',
          note: 'A script signs in with /myaccount/ as the page to return to, so /myaccount/ is the account page (MEDIUM); that a guest is sent to the sign-in from it is inferred (LOW).',
        },
      ],
    },
  },
};
