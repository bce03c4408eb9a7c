import type { RecipeInput } from '../schema';

const LOGOUT = 'https://login.yahoo.com/account/logout';

/** The confirmation page's "Sign out" button: its form POSTs the page's crumb. */
const confirm = {
  action: 'click' as const,
  target: {
    css: ['input[data-logout="yes"]', '.signout', 'form[action$="/account/logout"] [type="submit"]'],
    text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] },
  },
  timeoutMs: 10_000,
};

/**
 * Yahoo: login.yahoo.com/account/logout asks "Are you sure you want to sign out?"; its "Sign out" button posts the
 * page's crumb. Loading the page alone signs nobody out, so the method ends on that button.
 *
 * The Yahoo bar's menu is not used: its "Sign out" (#profile-signout-link) goes to logout?logout_all=1, which signs
 * out every Yahoo account in the browser — more than the one "Sign out" the person pressed. Whether the confirmation
 * page's "Sign out" ends one account or all is not known, so no method declares endsAllAccounts, and the click guard
 * refuses a logout_all link or a "Sign out all" control on the way.
 */
export const yahoo: RecipeInput = {
  id: 'yahoo',
  name: 'Yahoo',
  sites: [
    {
      domain: 'yahoo.com',
      origin: 'https://mail.yahoo.com',
      // A1/A3 are browser ids every visitor gets.
      authCookies: ['T', 'Y'],
    },
  ],
  detect: {
    signedIn: { css: ['#ybarAccountMenuOpener', '#ybarAccountMenu', '#profile-signout-link'] },
    // The account button names the account in its aria-label, "Manage your Yahoo accounts: <name> (<Yahoo ID>)"
    // (a Selenium test's assertion; no .ybar-account-name anywhere). The PL/DE prefixes are LOW (not seen anywhere).
    accountName: {
      target: { css: ['#ybarAccountMenu[aria-label]'] },
      from: 'aria-label',
      greetings: ['Manage your Yahoo accounts:', 'Zarządzaj kontami Yahoo:', 'Yahoo-Konten verwalten:'],
      endsBefore: [' ('],
    },
  },
  signOut: [
    { kind: 'steps', startPath: `${LOGOUT}?logout=1`, steps: [confirm] },
  ],
  flows: {
    // The sign-in page lists the accounts remembered on this browser; "the three dots beside your email, then
    // Remove from this device" (a how-to guide, LOW). Press only the menu of the entry that names the account, then
    // succeed when the page no longer names it.
    forgetRemembered: {
      startPath: 'https://login.yahoo.com/',
      steps: [
        { action: 'waitFor', target: { css: ['form[action*="login"]', '#login-username', 'form'] }, timeoutMs: 8_000 },
        {
          action: 'click',
          forAccount: true,
          optional: true,
          target: { css: ['button[aria-haspopup]', 'button[aria-expanded]'] },
          timeoutMs: 3_000,
        },
        {
          action: 'click',
          optional: true,
          target: {
            text: { en: ['Remove from this device'], pl: ['Usuń z tego urządzenia'], de: ['Von diesem Gerät entfernen'] },
          },
          timeoutMs: 3_000,
        },
        { action: 'waitFor', forAccount: true, state: 'absent', target: { css: ['body'] }, timeoutMs: 8_000 },
      ],
    },
  },
  accountCheck: { url: 'https://login.yahoo.com/account/personalinfo', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://login.yahoo.com/account/logout',
        note: 'Two automation scripts open it and then click the confirmation button (.signout / input[data-logout="yes"]); X-notifier used ?logout=1 (site-flows.md datasets, MEDIUM). The crumb as the form token is LOW.',
      },
      {
        url: 'https://github.com/palekov/EpamATLab/blob/886afd5d364308e9a5ce15178b409f6eb647ed77/WebDriver/src/test/java/WebDriverYahooTest.java',
        note: 'A Selenium test run against signed-in Yahoo Mail (2021, en) asserts button#ybarAccountMenu’s aria-label "Manage your Yahoo accounts: Alexander (palekovnet)" — the name, then the Yahoo ID in brackets (MEDIUM: a test’s expectation, no saved page found) — and signs out through the bar’s a[data-soa="Sign out all"], the item other scripts reach as #profile-signout-link (Ivan643/The-mailbox-testing-yahoo.com- and others): the bar’s menu signs out every account, so the recipe does not use it.',
      },
      {
        url: 'https://github.com/fariba625/SearchEngine/blob/aeeab6e5ec7949fada6386353059b7633293f37a/www.yahoo.com',
        note: 'A saved 2013 signed-out front page: none of the signed-in markers is on it (npm run check:pages). No saved signed-in Yahoo page was found in public sources: the markers are confirmed by test scripts only.',
      },
      {
        url: 'https://login.yahoo.com/',
        note: 'Sign-in fields #login-username, #login-passwd, #login-signin (test scripts, MEDIUM). Cookie names T/Y (auth) and A1/A3 (browser) and PL/DE labels are LOW.',
      },
    ],
    checked: '2026-12-06',
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'low',
        sources: [
          {
            url: 'https://chuka-chuka.com/how-to/3-easy-ways-to-update-your-yahoo-signin-settings-81699',
            note: 'A copy of a wikiHow guide: "Remove your login information by going to the sign in page." No saved page of the list: LOW.',
          },
        ],
      },
      {
        part: 'remove',
        confidence: 'low',
        sources: [
          {
            url: 'https://chuka-chuka.com/how-to/3-easy-ways-to-update-your-yahoo-signin-settings-81699',
            note: 'Same guide: "Click the three dots beside your email, then Remove from this device." Markup unknown (the flow asks the page); PL/DE labels LOW.',
          },
        ],
      },
      {
        part: 'storage',
        confidence: 'low',
        sources: [{ url: 'https://login.yahoo.com/', note: '"Remove from this device": kept for this browser; whether in a cookie or on the server is not documented (the fixture keeps it on the server per browser).' }],
      },
    ],
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://login.yahoo.com/account/personalinfo',
          note: 'Yahoo’s account info page on login.yahoo.com; guests are sent to sign-in (inferred, LOW). T/Y have only one guess list as evidence, so the check decides.',
        },
      ],
    },
  },
};
