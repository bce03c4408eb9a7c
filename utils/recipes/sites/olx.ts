import type { RecipeInput } from '../schema';

const ACCOUNT_LINK = 'a[data-cy="myolx-link"]';

/**
 * OLX: a GET of /account/logout signs out; the same link sits in the menu that hovering „Twoje konto” opens
 * (clicking it only opens the account page).
 */
export const olx: RecipeInput = {
  id: 'olx',
  name: 'OLX',
  sites: [
    {
      domain: 'olx.pl',
      origin: 'https://www.olx.pl',
      // onap and OptanonConsent are every visitor's. The token cookie names are LOW (no source).
      authCookies: ['refresh_token', 'access_token', 'user_id'],
    },
  ],
  detect: { signedIn: { css: [`${ACCOUNT_LINK}[href="/mojolx/"]`, '[data-testid="myolx-link"]'] } },
  signOut: [
    { kind: 'url', path: '/account/logout' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { css: [ACCOUNT_LINK], text: { pl: ['Twoje konto'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['a[data-cy="logout-link"]', 'a[href="/account/logout"]', 'a[href*="/account/logout"]'],
            text: { pl: ['Wyloguj', 'Wyloguj się'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/mojolx/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.olx.pl/account/logout',
        note: 'GET sign-out in the extended sign-out list only (site-flows.md §11, LOW-MEDIUM); verification decides.',
      },
      {
        url: 'https://www.olx.pl/',
        note: '„Twoje konto” hover menu with „Wyloguj”, data-cy selectors and the token cookie names are LOW (not in sources; the old #topLoginLink DOM is outdated).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.olx.pl/mojolx/',
          note: 'No public source for an OLX check (LOW): modelled as the account area sending guests to sign-in. The cookie names have no public evidence, so the check decides.',
        },
      ],
    },
  },
};
