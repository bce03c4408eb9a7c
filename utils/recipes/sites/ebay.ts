import type { RecipeInput } from '../schema';

const ACCOUNT_BUTTON = 'button.gh-flyout__target--left[aria-controls="account-dialog"]';

/**
 * eBay: a plain GET of signin.ebay.com/ws/eBayISAPI.dll?SignIn&lgout=1 signs out (the header's own "Sign out"
 * link is that address plus &sgfl=gh). Without lgout=1 the same address is only the sign-in page.
 */
export const ebay: RecipeInput = {
  id: 'ebay',
  name: 'eBay',
  sites: [
    {
      domain: 'ebay.com',
      origin: 'https://www.ebay.com',
      // ebay, dp1 and nonsession are given to every visitor. No source names the signed-in cookies: LOW guess.
      authCookies: ['ds2', 'shs'],
    },
  ],
  detect: {
    signedIn: { css: [ACCOUNT_BUTTON] },
    accountName: { target: { css: [`${ACCOUNT_BUTTON} .gh-identity__greeting`, ACCOUNT_BUTTON] }, greetings: ['Hi'] },
  },
  signOut: [
    { kind: 'url', path: 'https://signin.ebay.com/ws/eBayISAPI.dll?SignIn&lgout=1' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: [ACCOUNT_BUTTON] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['#account-dialog a[href*="lgout=1"]', 'a[href*="lgout=1"]'],
            text: { en: ['Sign out'], de: ['Ausloggen', 'Abmelden'], pl: ['Wyloguj się'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/mye/myebay/summary', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://signin.ebay.com/ws/eBayISAPI.dll?SignIn&lgout=1',
        note: 'GET sign-out in at least six independent automation sources; the header link adds &sgfl=gh (site-flows.md §19, HIGH).',
      },
      {
        url: 'https://www.ebay.com/',
        note: 'Account menu button.gh-flyout__target--left[aria-controls="account-dialog"] → a[href*="lgout=1"] from an eBay-automation extension\'s tests (MEDIUM). Auth cookie names ds2/shs, the "Hi NAME!" greeting markup and DE/PL labels LOW.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.ebay.com/mye/myebay/summary',
          note: 'My eBay summary sends guests to signin.ebay.com (inferred from public sign-in flows that return to My eBay, LOW). ds2/shs have no public evidence, so the check decides.',
        },
      ],
    },
  },
};
