import type { RecipeInput } from '../schema';

/**
 * Facebook: the profile button opens a menu whose "Log out" (a span in a role=button item) goes to
 * logout.php?h=<token of this session>. The token is only on the signed-in page, so the recipe drives the menu; a bare
 * logout.php signs nobody out.
 */
export const facebook: RecipeInput = {
  id: 'facebook',
  name: 'Facebook',
  sites: [{ domain: 'facebook.com', origin: 'https://www.facebook.com', authCookies: ['c_user', 'xs'] }],
  detect: {
    signedIn: {
      css: ['div[aria-label="Your profile"]', 'div[aria-label="Twój profil"]', 'div[aria-label="Dein Profil"]', 'a[href^="/profile.php?id="]'],
    },
    accountName: { target: { css: ['div[role="navigation"] a[href^="/profile.php?id="]'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'click',
          target: {
            css: ['div[aria-label="Your profile"][role="button"]', 'div[aria-label="Twój profil"][role="button"]', 'div[aria-label="Dein Profil"][role="button"]'],
            text: { en: ['Your profile'], pl: ['Twój profil'], de: ['Dein Profil'] },
          },
          timeoutMs: 10_000,
        },
        {
          // "Log out" is a span inside a role=button item of the profile menu, not a logout.php link, and class
          // names are obfuscated: its text is what stays. The page's script then goes to logout.php?h=<token>.
          action: 'click',
          target: { text: { en: ['Log out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/settings', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.facebook.com/logout.php',
        note: 'Needs h=<per-session hash> scraped from the page (Go client regex logout\\.php[^"]*h=); without it no sign-out (site-flows.md §8, MEDIUM-HIGH).',
      },
      {
        url: 'https://github.com/amolpawar0996/Test',
        note: 'Selenium scripts (FBLogout.java and others): account menu div[aria-label="Your profile"] → the span "Log out", not an a[href*="logout.php"] link (recipe-evidence.md: C for the menu text, X for a link selector). PL/DE labels LOW.',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.facebook.com/settings',
          note: 'Settings needs a session; guests are sent to the login page (inferred, LOW). c_user/xs are confirmed auth cookies (Open Cookie Database).',
        },
      ],
    },
  },
};
