import type { RecipeInput } from '../schema';

/**
 * iCloud.com: the session is the X-APPLE-WEBAUTH-TOKEN cookie on .icloud.com, and setup.icloud.com/setup/ws/1/validate
 * answers the account as JSON (dsInfo) or 421 without it. iCloud's own sign-out is its menu's "Sign Out", whose
 * script POSTs setup.icloud.com/setup/ws/1/logout; that cannot be sent as a plain request. Logout lists open
 * www.icloud.com/logout as a GET (weak evidence: the site's answer tells whether it worked); failing that, the
 * generic finder presses the menu's "Sign Out".
 */
export const icloud: RecipeInput = {
  id: 'icloud',
  name: 'iCloud',
  sites: [
    {
      domain: 'icloud.com',
      origin: 'https://www.icloud.com',
      // X-APPLE-WEBAUTH-USER (v=1:s=1:d=<dsid>) names the account; whether every sign-out removes it is not known: left out.
      authCookies: ['X-APPLE-WEBAUTH-TOKEN'],
    },
  ],
  signOut: [
    { kind: 'url', path: '/logout' },
    { kind: 'generic', startPath: '/' },
  ],
  accountCheck: {
    url: 'https://setup.icloud.com/setup/ws/1/validate',
    signedIn: { kind: 'json', path: 'dsInfo.dsid' },
    signedOut: { redirect: true, statuses: [421], markers: [] },
    accountName: { kind: 'json', path: 'dsInfo.primaryEmail' },
  },
  provenance: {
    sources: [
      {
        url: 'https://setup.icloud.com/setup/ws/1/logout',
        note: 'iCloud\'s sign-out: clients (pyicloud\'s endpoint map "logout_no_services", icloud.js tests) POST it with {trustBrowser, allBrowsers:false} (HIGH: not a plain GET). A guide: name/avatar at the top right → "Sign Out" → "Sign Out" or "Trust and Sign Out" (MEDIUM); no selectors known, so the generic finder; PL label LOW.',
      },
      {
        url: 'https://www.icloud.com/logout',
        note: 'Three logout lists open it as a GET (lists of that kind copy each other and are not verified: LOW). The recipe tries it first; the site\'s account check decides whether it worked.',
      },
      {
        url: 'https://www.icloud.com/',
        note: 'Cookies: X-APPLE-WEBAUTH-TOKEN is the session every iCloud client looks for (pyicloud-based tools: "Missing X-APPLE-WEBAUTH-TOKEN cookie"); a Go client test sets it "Domain=.icloud.com; Path=/; Secure; HttpOnly" after accountLogin (HIGH). X-APPLE-WEBAUTH-USER ("v=1:s=1:d=<dsid>") beside it (MEDIUM).',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://setup.icloud.com/setup/ws/1/validate',
          note: 'A Node client GETs /validate for dsInfo (dsid), which "doesn\'t exist until after the login": without the token cookie the service answers 421 "Missing X-APPLE-WEBAUTH-TOKEN cookie" (pyicloud-based error handling). dsInfo.primaryEmail from a client test of accountLogin, whose dsInfo /validate repeats (MEDIUM). pyicloud POSTs it instead; that a GET from an extension (no icloud.com Origin) is answered is not shown.',
        },
      ],
    },
  },
};
