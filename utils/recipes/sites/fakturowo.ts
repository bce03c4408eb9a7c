import type { RecipeInput } from '../schema';

/**
 * fakturowo.pl (Polish only). Sign-out: the "Wyloguj" link (its address is a LOW-confidence guess, /wyloguj).
 * Its guide (deleting the account) is in utils/guides/sites/fakturowo.ts.
 */

export const fakturowo: RecipeInput = {
  id: 'fakturowo',
  name: 'Fakturowo.pl',
  sites: [{ domain: 'fakturowo.pl', origin: 'https://www.fakturowo.pl', authCookies: ['PHPSESSID'] }],
  // Signed in, the header shows the account's e-mail address on the menu button.
  detect: { signedIn: { css: ['#menu-uzytkownik', 'a[href*="wyloguj"]'] }, accountName: { target: { css: ['#menu-uzytkownik'] } } },
  signOut: [
    {
      kind: 'steps',
      startPath: '/konto',
      steps: [
        { action: 'click', target: { css: ['#menu-uzytkownik'] }, timeoutMs: 3_000, optional: true },
        { action: 'click', target: { css: ['a[href*="/wyloguj"]'], text: { pl: ['Wyloguj', 'Wyloguj się'] } }, timeoutMs: 8_000 },
      ],
    },
    { kind: 'url', path: '/wyloguj' },
  ],
  accountCheck: { url: '/konto', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.fakturowo.pl/logowanie',
        note: 'Sign-in form #email, #password (a scraper, MEDIUM). Sign-out address /wyloguj and cookie PHPSESSID are guesses (LOW): verification decides.',
      },
      {
        url: 'https://www.fakturowo.pl/pomoc/przelaczanie-pomiedzy-kontami',
        note: 'Accounts that granted each other access switch without a password (HIGH, site-flows.md §3); that „Wyloguj” ends the whole login, every switched-to account included, is modelled (LOW) and checked server-side in the e2e spec.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.fakturowo.pl/konto',
          note: 'The help pages name /konto as the account page (seed-sites-evidence.md, C); that guests are sent to /logowanie is inferred (LOW). PHPSESSID is issued before sign-in on most PHP sites, so only this check can tell a session.',
        },
      ],
    },
  },
};
