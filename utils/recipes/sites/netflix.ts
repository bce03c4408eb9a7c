import type { RecipeInput } from '../schema';

/**
 * Netflix: a plain GET of /SignOut?lnkctr=mL ends the session ("Leaving So Soon?"). The same link closes the
 * profile drop-down, which opens when the pointer rests on the profile icon.
 */
export const netflix: RecipeInput = {
  id: 'netflix',
  name: 'Netflix',
  sites: [
    {
      domain: 'netflix.com',
      origin: 'https://www.netflix.com',
      // nfvdid is the device id every visitor gets and keeps after signing out.
      authCookies: ['NetflixId', 'SecureNetflixId'],
    },
  ],
  detect: {
    signedIn: { css: ['.account-dropdown-button', '.account-menu-item'] },
    // The home page greets the profile: "Continue Watching for Jan".
    accountName: {
      target: { css: ['[data-list-context="continueWatching"] .row-header-title'] },
      greetings: ['Continue Watching for', 'Oglądaj dalej jako', 'Weiterschauen für'],
    },
  },
  signOut: [
    { kind: 'url', path: '/SignOut?lnkctr=mL' },
    {
      kind: 'steps',
      startPath: '/browse',
      steps: [
        {
          action: 'hover',
          target: {
            css: ['.account-dropdown-button > a', '.account-menu-item'],
            // The icon's label: "Jan – Account & Settings".
            text: { en: ['Account & Settings'], pl: ['konto i ustawienia'], de: ['Konto und Einstellungen'] },
          },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: {
            css: ['a[href^="/SignOut"]', 'a.signout-link'],
            text: { en: ['Sign out of Netflix'], pl: ['Wyloguj się z serwisu Netflix'], de: ['Von Netflix abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/YourAccount', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.netflix.com/SignOut?lnkctr=mL',
        note: 'GET sign-out: ChromiumOS tast test signOutURL, many bots, Netflix help-centre header link "Sign out of Netflix" (site-flows.md §9, HIGH).',
      },
      {
        url: 'https://help.netflix.com/',
        note: 'NetflixId / SecureNetflixId as the session cookies, nfvdid device id (MEDIUM). Hover drop-down markup, PL/DE labels and the "Continue Watching for" greetings are LOW.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://www.netflix.com/YourAccount',
          note: 'Account page; signed out, Netflix redirects to /login (account checkers and a ChromiumOS test go through it, MEDIUM).',
        },
      ],
    },
  },
};
