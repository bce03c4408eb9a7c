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
 * page's crumb. Loading the page alone signs nobody out, so every method ends on that button.
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
    signedIn: { css: ['#ybarAccountMenuOpener', '#profile-signout-link'] },
    accountName: { target: { css: ['#ybarAccountMenuOpener .ybar-account-name'] } },
  },
  signOut: [
    { kind: 'steps', startPath: `${LOGOUT}?logout=1`, steps: [confirm] },
    {
      // What a person does in Yahoo Mail: the profile menu (it opens on hover) → "Sign out" → confirm.
      kind: 'steps',
      startPath: '/d/folders/1',
      steps: [
        { action: 'hover', target: { css: ['#ybarAccountMenuOpener'] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['#profile-signout-link', `a[href^="${LOGOUT}"]`],
            text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] },
            within: '#ybarAccountMenuBody',
          },
          timeoutMs: 8_000,
        },
        // A landing step: the click above loads the confirmation page.
        { action: 'waitFor', target: { css: ['input[data-logout="yes"]', '.signout'] }, timeoutMs: 10_000 },
        confirm,
      ],
    },
  ],
  accountCheck: { url: 'https://login.yahoo.com/account/personalinfo', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://login.yahoo.com/account/logout',
        note: 'Two automation scripts open it and then click the confirmation button (.signout / input[data-logout="yes"]); X-notifier used ?logout=1 (site-flows.md datasets, MEDIUM). The crumb as the form token is LOW.',
      },
      {
        url: 'https://login.yahoo.com/',
        note: 'Sign-in fields #login-username, #login-passwd, #login-signin (test scripts, MEDIUM). Cookie names T/Y (auth) and A1/A3 (browser), the Yahoo bar ids and PL/DE labels are LOW.',
      },
    ],
    checked: '2026-11-21',
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
