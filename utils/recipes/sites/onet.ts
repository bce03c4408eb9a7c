import type { RecipeInput } from '../schema';

const ACCOUNT_BUTTON = 'button[data-test-id="account-button"]';

/**
 * Onet Poczta: the group's single sign-on address authorisation.grupaonet.pl/logout.html?state=logout&client_id=…
 * ends the login and hands the browser back to Onet, which removes its cookies. The mail header's account menu →
 * „Wyloguj” is the fallback. grupaonet.pl is only navigated to, never tracked.
 */
export const onet: RecipeInput = {
  id: 'onet',
  name: 'Onet Poczta',
  sites: [
    {
      domain: 'onet.pl',
      origin: 'https://poczta.onet.pl',
      // onet_ubi is every visitor's. The login cookie names are LOW (no source names them).
      authCookies: ['onet_token', 'onet_sid'],
    },
  ],
  detect: {
    signedIn: { css: [ACCOUNT_BUTTON] },
    accountName: { target: { css: [`${ACCOUNT_BUTTON} .account-email`] } },
  },
  signOut: [
    { kind: 'url', path: 'https://authorisation.grupaonet.pl/logout.html?state=logout&client_id=poczta.onet.pl.front.onetapi.pl' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: [ACCOUNT_BUTTON], text: { pl: ['Twoje konto'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['a[data-test-id="logout"]', 'a[href*="konto.onet.pl/logout"]', 'a[href*="grupaonet.pl/logout"]'],
            text: { pl: ['Wyloguj', 'Wyloguj się'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  relatedDomains: ['grupaonet.pl'],
  accountCheck: { url: 'https://konto.onet.pl/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://authorisation.grupaonet.pl/logout.html?state=logout&client_id=poczta.onet.pl.front.onetapi.pl',
        note: 'GET sign-out through the group SSO, in the extended sign-out list (site-flows.md §13, LOW-MEDIUM).',
      },
      {
        url: 'https://poczta.onet.pl/',
        note: 'Header account menu, konto.onet.pl/logout as the hop back from the SSO, and the cookie names onet_token/onet_sid are LOW (modelled).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://konto.onet.pl/',
          note: 'Onet’s account pages live on konto.onet.pl (JustDeleteMe: konto.onet.pl/data.html); that guests are sent to sign-in is inferred (LOW).',
        },
      ],
    },
  },
};
