import type { RecipeInput } from '../schema';

/**
 * PKO Bank Polski, online banking iPKO (www.ipko.pl). Not modelled: public clients sign in and out only by JSON calls
 * to /ipko3/* carrying a session id from the sign-in answer; no source names a cookie, a page that tells a signed-in
 * person from a guest, or a sign-out address a browser could open. Signoff knows the bank's domain alone: a row says it
 * cannot tell whether anyone is signed in, the generic finder looks for the bank's own „Wyloguj”, and the labelled
 * fallback removes the site from this browser. Sign-out only, never anything else.
 */
export const pko: RecipeInput = {
  id: 'pko',
  name: 'iPKO (PKO Bank Polski)',
  sites: [
    {
      domain: 'ipko.pl',
      origin: 'https://www.ipko.pl',
      authCookies: [],
      notModelled: {
        reason: 'Sign-in and sign-out are JSON POSTs to /ipko3/login and /ipko3/logout with a session id from the sign-in answer; no public source names a cookie, an account page or a sign-out a browser can open.',
      },
    },
  ],
  // The finder looks on the bank's own start page; where its „Wyloguj” sits no source shows.
  signOut: [{ kind: 'generic', startPath: '/' }],
  provenance: {
    sources: [
      {
        url: 'https://www.ipko.pl/',
        note: 'The iPKO sign-in is on www.ipko.pl: banking-link lists and a Java client open "https://www.ipko.pl/" for PKO (HIGH for the domain and the address).',
      },
      {
        url: 'https://www.ipko.pl/ipko3/logout',
        note: 'Java clients of iPKO (2021–23) POST JSON to /ipko3/login (login, then password), /ipko3/init (accounts) and /ipko3/logout, each with the session id the login answer gave; a C# client POSTs ipko3/logout with the action "CLIENT-LOGOUT" (HIGH that the sign-out is a JSON call, not an address). No source names a cookie or a page that shows whether someone is signed in: nothing of the kind is modelled (LOW for everything else).',
      },
    ],
    checked: '2026-12-07',
  },
};
