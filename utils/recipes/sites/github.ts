import type { RecipeInput } from '../schema';

/**
 * GitHub: GET /logout only shows "Are you sure you want to sign out?"; the sign-out is that page's form POSTing
 * /logout with its hidden authenticity_token. The interface is English only.
 */
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
    signedIn: {
      css: ['summary[aria-label="View profile and more"]', 'button[aria-label="Open user navigation menu"]', 'button[aria-label="Open user account menu"]'],
    },
    // Only the dashboard shows the login this way; other pages name nobody in a place Signoff reads (issue #17).
    accountName: { target: { css: ['.dashboard-sidebar .css-truncate-target'] } },
  },
  signOut: [
    {
      // The confirmation page, straight away: one click on its form's submit button.
      kind: 'steps',
      startPath: '/logout',
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
      steps: [
        {
          action: 'click',
          // The 2023 header's avatar button opens the account side panel (its items load when it opens).
          target: { css: ['summary[aria-label="View profile and more"]', 'button[aria-label="Open user navigation menu"]', 'button[aria-label="Open user account menu"]'] },
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
        url: 'https://github.com/',
        note: 'Saved signed-in pages of 2023 as reported in this project’s issue #17 (files not re-located when the recipe was corrected, MEDIUM): the account-menu opener is button[aria-label="Open user account menu"], a side panel whose items (Sign out included) load when it opens; the name selector exists only on the dashboard.',
      },
      {
        url: 'https://github.com/logout',
        note: 'GET shows a confirmation page; the sign-out is its POST form with authenticity_token, whose button is <input type="submit" value="Sign out from all accounts"> (Selenium and Playwright page objects, GitHub Docs on switching accounts; recipe-evidence.md: C). Avatar selector LOW.',
      },
    ],
    checked: '2026-12-06',
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
