import type { RecipeInput } from '../schema';

/**
 * X: account switcher → "Log out @handle" → /logout, whose confirmation sheet POSTs the logout with the ct0 cookie
 * echoed as a CSRF header. Loading /logout alone signs nobody out, so every method ends on the sheet's button.
 */
export const x: RecipeInput = {
  id: 'x',
  name: 'X',
  sites: [
    {
      domain: 'x.com',
      origin: 'https://x.com',
      // ct0 is the CSRF token (guests can hold one) and kdt a remembered device: neither proves a session.
      authCookies: ['auth_token', 'twid'],
    },
  ],
  detect: {
    signedIn: { css: ['[data-testid="SideNav_AccountSwitcher_Button"]', '[data-testid="AppTabBar_Home_Link"]'] },
    accountName: { target: { css: ['[data-testid="SideNav_AccountSwitcher_Button"] div[dir="ltr"] > span'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/home',
      steps: [
        { action: 'click', target: { css: ['[data-testid="SideNav_AccountSwitcher_Button"]'] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['[data-testid="AccountSwitcher_Logout_Button"]', 'a[href="/logout"]'],
            text: { en: ['Log out'], pl: ['Wyloguj'], de: ['Abmelden'] },
          },
          timeoutMs: 5_000,
        },
        // A landing step: the click above loads /logout, and the sheet comes a moment later.
        { action: 'waitFor', target: { css: ['[data-testid="confirmationSheetDialog"]'] }, timeoutMs: 10_000 },
        confirmStep(),
      ],
    },
    { kind: 'steps', startPath: '/logout', steps: [confirmStep()] },
  ],
  relatedDomains: ['twitter.com'],
  accountCheck: { url: '/settings/account', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://x.com/logout',
        note: 'GET shows the confirmation sheet; the logout is an XHR POST with the ct0 CSRF header (site-flows.md §6).',
      },
      {
        url: 'https://github.com/search?q=AccountSwitcher_Logout_Button&type=code',
        note: "X's bundle test ids SideNav_AccountSwitcher_Button, AccountSwitcher_Logout_Button, confirmationSheetConfirm, used by several public bots (HIGH). PL/DE texts LOW.",
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://x.com/settings/account',
          note: 'Settings need a session; guests are sent to the login flow (inferred from public automation, LOW). ct0 is a guest cookie and not used.',
        },
      ],
    },
  },
};

function confirmStep() {
  return {
    action: 'click' as const,
    target: {
      css: ['[data-testid="confirmationSheetConfirm"]'],
      text: { en: ['Log out'], pl: ['Wyloguj'], de: ['Abmelden'] },
      within: '[role="alertdialog"], [data-testid="confirmationSheetDialog"]',
    },
    timeoutMs: 10_000,
  };
}
