import type { RecipeInput } from '../schema';

/**
 * Dell (www.dell.com). Sign-out: the masthead's account button opens a menu on hover whose "Sign Out" link
 * (`.auth-signout a.logout`) GETs the identity service's session logout URL. Its guides (cancelling a consumer
 * support subscription) are in utils/guides/sites/dell.
 */

export const dell: RecipeInput = {
  id: 'dell',
  name: 'Dell',
  // No source names Dell's login cookie: di_session is a guess (LOW). di_c is the remembered-device token (kept after
  // sign-out) and DellCEMSession every visitor's, so neither can tell a session.
  sites: [{ domain: 'dell.com', origin: 'https://www.dell.com', authCookies: ['di_session'] }],
  detect: {
    // Signed in, the masthead's account block has the class "auth" (its button has no address).
    signedIn: { css: ['.mh-myaccount.auth'] },
    accountName: { target: { css: ['#um-si-label'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { css: ['.mh-myaccount-btn', '#um-si-label'] }, timeoutMs: 3_000 },
        {
          action: 'click',
          target: {
            css: ['.auth-signout a.logout', 'a.logout[href*="/session/logout"]'],
            text: { en: ['Sign Out', 'Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
    // The address on the saved page; whether its id is the same for everyone is unknown, so the menu comes first.
    { kind: 'url', path: '/di/v3/fp/session/logout/2c742395-6cc1-4e68-ba00-fdceae72418b?redirect_uri=' },
  ],
  accountCheck: { url: '/myaccount', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.dell.com/en-us',
        note: 'Saved dell.com page (research): masthead .mh-myaccount, #um-si-label, hover menu with .auth-signout a.logout to /di/v3/fp/session/logout/<id>?redirect_uri= (HIGH for markup, MEDIUM that a plain GET works). Cookie di_c is a remembered-device JWT (research, LOW-MEDIUM); the login cookie di_session is invented (LOW): verification decides.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.dell.com/myaccount',
          note: 'A saved dell.com page links My Account to //www.dell.com/myaccount/<locale> (seed-sites-evidence.md); that it redirects guests to /identity/global/loginorregister is inferred from the masthead’s sign-in link (LOW).',
        },
      ],
    },
  },
};
