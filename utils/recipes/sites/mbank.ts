import type { RecipeInput } from '../schema';

/**
 * mBank (online banking, online.mbank.pl). Sign-out only: Signoff requests the bank's own sign-out address and
 * nothing else; it never presses anything on the bank's pages. Where the page's own „Wyloguj” button sits is not
 * known from public sources, so there is no steps route: if the address ever stops working, the fallback removes
 * the session from this browser and says the bank may still hold it.
 */
export const mbank: RecipeInput = {
  id: 'mbank',
  name: 'mBank',
  sites: [
    {
      domain: 'mbank.pl',
      origin: 'https://online.mbank.pl',
      // mBank8 is the browser's device identifier (there before any sign-in) and LoginContext comes with the sign-in
      // page: neither is a session. mBank_tabId comes with the callback that starts the session.
      authCookies: ['mBank_tabId'],
    },
  ],
  detect: { signedIn: { css: ['meta[name="__AjaxRequestVerificationToken"]'] } },
  signOut: [{ kind: 'url', path: '/pl/Account/Logout' }],
  // A read of the signed-in start page (what the client loads after signing in); nothing is pressed or sent.
  accountCheck: { url: '/pl', signedIn: { kind: 'marker', text: ['__AjaxRequestVerificationToken'] } },
  provenance: {
    sources: [
      {
        url: 'https://github.com/bgaluszka/mbank/blob/master/lib/bgaluszka/Mbank/Mbank.php',
        note: 'An open-source client (maintained 2026): logout() is a plain GET of /pl/Account/Logout (HIGH); sign-in starts at /pl/Login, sets LoginContext, then mBank_tabId at the callback that establishes the session (MEDIUM that it marks a session; its attributes LOW); mBank8 is a persistent device identifier on .mbank.pl set before sign-in (HIGH), so not an auth cookie.',
      },
      {
        url: 'https://online.mbank.pl/pl/Login',
        note: 'The sign-in form\'s identifier field is #userID (a userscript, MEDIUM, older). The real sign-in continues with a mobile-app confirmation (SCA), not modelled. No public source shows the page\'s own logout button: no steps route (stated, not guessed).',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://online.mbank.pl/pl',
          note: 'After signing in the client loads /pl and reads <meta name="__AjaxRequestVerificationToken"> (HIGH that a signed-in page has it); that a guest is redirected to the sign-in is inferred (LOW).',
        },
      ],
    },
  },
};
