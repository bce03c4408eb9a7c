import type { RecipeInput } from '../schema';

const ACCOUNT_TOGGLE = 'a.user-menu__toggle';

/**
 * Ceneo: hovering „Moje konto” opens the account menu; its „Wyloguj się” is a GET of /konto/wyloguj (clicking
 * „Moje konto” itself only opens the account page). The address alone is the fallback.
 */
export const ceneo: RecipeInput = {
  id: 'ceneo',
  name: 'Ceneo',
  sites: [
    {
      domain: 'ceneo.pl',
      origin: 'https://www.ceneo.pl',
      // ASP.NET_SessionId and __RequestVerificationToken are every visitor's. .ASPXAUTH is LOW (modelled).
      authCookies: ['.ASPXAUTH'],
    },
  ],
  detect: {
    signedIn: { css: [ACCOUNT_TOGGLE, '.js_user-menu'] },
    accountName: { target: { css: ['.user-menu__greeting'] }, greetings: ['Cześć', 'Witaj'] },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { css: [ACCOUNT_TOGGLE, '.js_user-menu'], text: { pl: ['Moje konto'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { css: ['a[href="/konto/wyloguj"]', 'a.js_logout', 'a[href*="/konto/wyloguj"]'], text: { pl: ['Wyloguj się', 'Wyloguj'] } },
          timeoutMs: 8_000,
        },
      ],
    },
    { kind: 'url', path: '/konto/wyloguj' },
  ],
  accountCheck: { url: '/konto', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      { url: 'https://www.ceneo.pl/konto/wyloguj', note: 'GET sign-out in the extended sign-out list (site-flows.md, public lists §2, LOW-MEDIUM).' },
      {
        url: 'https://www.ceneo.pl/',
        note: 'Hover menu „Moje konto”, the „Cześć, NAME” greeting, selectors and the cookie names (.ASPXAUTH vs ASP.NET_SessionId) are LOW (modelled on an ASP.NET site).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.ceneo.pl/konto',
          note: 'No public source for a Ceneo account page or check; modelled as an account page that sends guests to sign-in, which is what the account check must then show.',
        },
      ],
    },
  },
};
