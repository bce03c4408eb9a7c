import type { RecipeInput } from '../schema';

const ACCOUNT_BUTTON = 'button.account-info__button';

/** Poczta Interia: a GET of /logowanie/sso/logout signs out; the header's account menu → „Wyloguj” is the fallback. */
export const interia: RecipeInput = {
  id: 'interia',
  name: 'Poczta Interia',
  sites: [
    {
      domain: 'interia.pl',
      origin: 'https://poczta.interia.pl',
      // The login cookie names are LOW (no source names them); pvid is every visitor's.
      authCookies: ['interia_sso', 'interia_user'],
    },
  ],
  detect: {
    signedIn: { css: [ACCOUNT_BUTTON] },
    accountName: { target: { css: ['.account-info__email'] } },
  },
  signOut: [
    { kind: 'url', path: '/logowanie/sso/logout' },
    {
      kind: 'steps',
      startPath: '/next/',
      steps: [
        { action: 'click', target: { css: [ACCOUNT_BUTTON], text: { pl: ['Konto'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { css: ['a[href="/logowanie/sso/logout"]', 'a[href*="/logout"]'], text: { pl: ['Wyloguj', 'Wyloguj się'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/next/ustawienia', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://poczta.interia.pl/logowanie/sso/logout',
        note: 'GET sign-out in the extended sign-out list (site-flows.md §13, LOW-MEDIUM).',
      },
      {
        url: 'https://poczta.interia.pl/logowanie/',
        note: 'Account menu selectors, the /next/ mailbox path and the cookie names interia_sso/interia_user are LOW (modelled).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://poczta.interia.pl/next/ustawienia',
          note: 'Mailbox settings need a session (inferred, LOW): no public source for Interia’s pages; interia_sso/interia_user have none either, so the check decides.',
        },
      ],
    },
  },
};
