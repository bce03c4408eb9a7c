import type { RecipeInput } from '../schema';

/**
 * GitHub: GET /logout only shows "Are you sure you want to sign out?"; the sign-out is that page's form POSTing
 * /logout with its hidden authenticity_token. The interface is English only.
 */
const AVATAR_OPENER = [
  'summary[aria-label="View profile and more"]',
  'a[aria-label="View profile and more"]',
  'button[aria-label="Open user account menu"]',
  'button[aria-label="Open user navigation menu"]',
];

/**
 * The confirmation page's button is "Sign out from all accounts": it signs out of every account in GitHub's account
 * switcher in this browser (GitHub Docs). Its per-account "Sign out" would leave the other accounts' session cookies,
 * which verification could not tell from this one's, so the recipe presses the page's button and the popup says so.
 */
const ENDS_ALL_ACCOUNTS = { of: 'GitHub' };

export const github: RecipeInput = {
  id: 'github',
  name: 'GitHub',
  sites: [
    {
      domain: 'github.com',
      origin: 'https://github.com',
      // logged_in is left out on purpose: GitHub keeps it after sign-out with the value "no".
      authCookies: ['user_session', '__Host-user_session_same_site', 'dotcom_user'],
    },
  ],
  detect: {
    // The avatar's opener by layout: a link (2015), a summary (2020–2022), a button (2023–2025).
    signedIn: { css: AVATAR_OPENER },
    // Every saved signed-in page (2015–2025) names the login in <meta name="user-login" content="…">; signed out it
    // is empty. The visible places change by layout (the avatar's alt "@login" until 2022, a side panel after).
    accountName: { target: { css: ['meta[name="user-login"]'] }, from: 'content' },
  },
  signOut: [
    {
      // The confirmation page, straight away: one click on its form's submit button.
      kind: 'steps',
      startPath: '/logout',
      endsAllAccounts: ENDS_ALL_ACCOUNTS,
      steps: [
        {
          action: 'click',
          target: { css: ['form[action="/logout"] [type="submit"]'], text: { en: ['Sign out from all accounts', 'Sign out'] } },
          timeoutMs: 8_000,
        },
      ],
    },
    {
      // What a person does: avatar → "Sign out" → the confirmation page's button.
      kind: 'steps',
      startPath: '/',
      endsAllAccounts: ENDS_ALL_ACCOUNTS,
      steps: [
        {
          action: 'click',
          // Since 2023 the avatar button opens the account side panel (its items load when it opens).
          target: { css: AVATAR_OPENER },
          timeoutMs: 8_000,
        },
        { action: 'click', target: { css: ['a[href="/logout"]', '.dropdown-signout'], text: { en: ['Sign out'] } }, timeoutMs: 5_000 },
        // A landing step: the click above loads a new page, and this waits for it.
        { action: 'waitFor', target: { css: ['form[action="/logout"]'] }, timeoutMs: 10_000 },
        {
          action: 'click',
          // An <input type="submit" value="Sign out from all accounts"> in current versions: its value is its label.
          target: { css: ['form[action="/logout"] [type="submit"]'], text: { en: ['Sign out from all accounts', 'Sign out'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/settings/profile', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://docs.github.com/en/site-policy/privacy-policies/github-general-privacy-statement',
        note: 'GitHub cookie table: user_session, __Host-user_session_same_site (SameSite=Strict), logged_in, dotcom_user, _gh_sess.',
      },
      {
        url: 'https://github.com/lksoon/Getting-CleaningData_Project/blob/939d5a11adeb7d4e31f8ffc2b3eb724db4edfd54/CodeBook.md',
        note: 'A saved signed-in GitHub page (2015, en; a repository page kept under that name): the avatar opener is a[aria-label="View profile and more"] with img alt="@login"; the menu holds form[action="/logout"] and its button "Sign out"; <meta name="user-login" content="login">. Checked with npm run check:pages: HIGH for the meta name.',
      },
      {
        url: 'https://github.com/IvanWZhang/Car_Price_Forecast/blob/0833fae10f4091a8dbae24b6ed79c41c2aa52042/Task01%20%E5%9B%BE%E5%83%8F%E6%8F%92%E5%80%BC%E7%AE%97%E6%B3%95.md',
        note: 'Saved signed-in GitHub pages of 2020 (this file) and 2022 (RkzJacob/ProyectoEntel ENTELAPP/static/AppWeb/js/popper.js @ 20af56272a7e8e5da35b16431e79f685ae6d63fb): summary[aria-label="View profile and more"], "Signed in as" + .css-truncate-target in its menu, form[action="/logout"] with .dropdown-signout; meta user-login.',
      },
      {
        url: 'https://github.com/gogorotv/gogo/blob/46944bfb0a75215be2974645ae7bf9cbf4ed63cf/hjdhnx/libs/gbk2.js',
        note: 'Saved signed-in GitHub pages of 2023 (this file) and 2025 (dlafon31/dlafon31.github.io ws-timeline/public/locales/en/help.md @ 7981015db127c8bc333bda6bae0c11fac64acc95): the opener is button[aria-label="Open user account menu"] (2023) / "Open user navigation menu" (2025); the 2023 side panel holds a[href="/logout"], the 2025 one loads its items when opened; the avatar alt is empty, the login only in meta user-login and the panel. The dashboard name is on no page seen.',
      },
      {
        url: 'https://github.com/logout',
        note: 'GET shows a confirmation page; the sign-out is its POST form with authenticity_token, whose button is <input type="submit" value="Sign out from all accounts"> (Selenium and Playwright page objects, GitHub Docs on switching accounts; recipe-evidence.md: C, MEDIUM: no saved /logout page).',
      },
    ],
    checked: '2026-12-06',
    endsAllAccounts: {
      confidence: 'high',
      sources: [
        {
          url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/switching-between-accounts',
          note: 'GitHub Docs (github/docs content/authentication/keeping-your-account-and-data-secure/switching-between-accounts.md): Sign out → choose which accounts; "Sign out from all accounts" signs out from all accounts and removes them all from the account switcher (HIGH). Public Selenium and Playwright page objects press input[value="Sign out from all accounts"] on /logout.',
        },
      ],
    },
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://github.com/settings/profile',
          note: 'GitHub sends guests from /settings/* to /login?return_to=… (GitHub Docs links to settings pages behind sign-in; public automation waits for the /login redirect, MEDIUM).',
        },
      ],
    },
  },
};
