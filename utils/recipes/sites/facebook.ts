import type { RecipeInput } from '../schema';

/**
 * Facebook: the account button opens a menu whose "Log out" (a span in a role=button item) goes to
 * logout.php?h=<token of this session>. The token is only on the signed-in page, so the recipe drives the menu; a bare
 * logout.php signs nobody out.
 *
 * The account button: div[role="button"][aria-label="Account"] (translated: "Konto", "Cuenta") inside the navigation
 * "Account controls and settings"; older pages and Selenium scripts name it "Your profile".
 */
const ACCOUNT_BUTTON = [
  '[role="navigation"] div[role="button"][aria-label="Account"]',
  '[role="navigation"] div[role="button"][aria-label="Konto"]',
  '[role="navigation"] div[role="button"][aria-label="Cuenta"]',
  'div[aria-label="Your profile"][role="button"]',
  'div[aria-label="Twój profil"][role="button"]',
  'div[aria-label="Dein Profil"][role="button"]',
];

/** The close control of a "Recent logins" tile; a Selenium script finds it by its tooltip. */
const REMOVE_FROM_PAGE = {
  en: ['Remove account from this page'],
  pl: ['Usuń konto z tej strony'],
  de: ['Konto von dieser Seite entfernen'],
};

export const facebook: RecipeInput = {
  id: 'facebook',
  name: 'Facebook',
  sites: [{ domain: 'facebook.com', origin: 'https://www.facebook.com', authCookies: ['c_user', 'xs'] }],
  detect: {
    signedIn: {
      // a[href$="/me/"] is language-free and carries the first name; the 2017 layout had the blue bar's profile link.
      // a[href^="/profile.php?id="] is no sign: the feed links other people's profiles that way too.
      css: [
        'a[href$="/me/"]',
        'a[data-testid="blue_bar_profile_link"]',
        ...ACCOUNT_BUTTON,
      ],
    },
    accountName: { target: { css: ['a[href$="/me/"]', 'a[data-testid="blue_bar_profile_link"]'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'click',
          target: { css: ACCOUNT_BUTTON, text: { en: ['Your profile'], pl: ['Twój profil'], de: ['Dein Profil'] } },
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
  flows: {
    // The signed-out home page lists "Recent logins" (photo and name, one tile per account remembered on this
    // browser). Evidence for the tile's markup is thin: press the close control only in the tile that names the
    // account just signed out, then succeed only when the page no longer names it. Not remembered: nothing to press.
    forgetRemembered: {
      startPath: '/',
      steps: [
        { action: 'waitFor', target: { css: ['input[name="email"]', 'form[action*="login"]'] }, timeoutMs: 8_000 },
        {
          action: 'click',
          forAccount: true,
          optional: true,
          target: {
            css: REMOVE_FROM_PAGE.en.concat(REMOVE_FROM_PAGE.pl, REMOVE_FROM_PAGE.de).flatMap((label) => [
              `[data-tooltip-content="${label}"]`,
              `[aria-label="${label}"]`,
            ]),
            text: REMOVE_FROM_PAGE,
          },
          timeoutMs: 8_000,
        },
        { action: 'waitFor', forAccount: true, state: 'absent', target: { css: ['body'] }, timeoutMs: 8_000 },
      ],
    },
  },
  accountCheck: { url: '/settings', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.facebook.com/logout.php',
        note: 'Needs h=<per-session hash> scraped from the page (Go client regex logout\\.php[^"]*h=); without it no sign-out (site-flows.md §8, MEDIUM-HIGH).',
      },
      {
        url: 'https://github.com/beak2825/greasyfork_archives/blob/c5ba49a667e41b395dfd8203481ba7f34ef0e585/js_greasyfork/411333.js',
        note: 'A userscript for today’s layout (v10.0) signs out by submitting the page’s own form[action^="/logout.php?"], so a signed-in page carries that form (MEDIUM). The "Account" button in the navigation "Account controls and settings", a[href$="/me/"] with the first name, others linked as /profile.php?id= and the 2017 blue_bar_profile_link come from pages reported in issue #17 and not re-located; scripts use the same selectors, but no saved signed-in page was found: LOW.',
      },
      {
        url: 'https://github.com/sibabrat/laravel-basics-admin-user-middlware-session-dashboard/blob/7eb4daec0873af77291ad737add6bdfa6a1e7364/resources/views/facebook.blade.php',
        note: 'A saved signed-out home page (2016, en): none of the signed-in markers is on it (npm run check:pages).',
      },
      {
        url: 'https://github.com/amolpawar0996/Test',
        note: 'Selenium scripts (FBLogout.java and others): account menu div[aria-label="Your profile"] → the span "Log out", not an a[href*="logout.php"] link (recipe-evidence.md: C for the menu text, X for a link selector). PL/DE labels LOW.',
      },
    ],
    checked: '2026-12-06',
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'medium',
        sources: [
          {
            url: 'https://github.com/search?q=%22Click+your+picture+or+add+an+account%22&type=code',
            note: 'The signed-out home page\'s "Recent logins" / "Click your picture or add an account." with a photo and name per tile: copied by many public Facebook clones (UI copies, not saved pages: MEDIUM).',
          },
        ],
      },
      {
        part: 'remove',
        confidence: 'low',
        sources: [
          {
            url: 'https://github.com/search?q=%22Remove+account+from+this+page%22&type=code',
            note: 'One Selenium page object: the tile is a[title="<full name>"], its sibling link the close control with data-tooltip-content="Remove account from this page"; clones show the same tooltip on an × shown on hover. Whether a confirmation follows is unknown; the PL/DE labels are LOW (not seen).',
          },
        ],
      },
      {
        part: 'storage',
        confidence: 'medium',
        sources: [
          {
            url: 'https://github.com/search?q=%22dbln%22+facebook+cookie&type=code',
            note: 'Cookie dbln, path /login/device-based/, value URL-encoded JSON {"<account id>":"<nonce>"} (a public cookie dump); two session-tool extensions keep "sb" and "dbln" when clearing cookies "not to lose the list of recently logged in accounts".',
          },
        ],
      },
    ],
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
