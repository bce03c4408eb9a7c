import type { RecipeInput } from '../schema';

/** LinkedIn: a plain GET of /m/logout/ ends the session and lands on /login; the "Me" menu holds the same link. */
export const linkedin: RecipeInput = {
  id: 'linkedin',
  name: 'LinkedIn',
  sites: [
    {
      domain: 'linkedin.com',
      origin: 'https://www.linkedin.com',
      // JSESSIONID ("ajax:…") and bcookie are given to guests too, so only li_at/liap tell a session.
      authCookies: ['li_at', 'liap'],
    },
  ],
  detect: {
    signedIn: { css: ['button.global-nav__primary-link-me-menu-trigger', '.global-nav__me-photo'] },
    accountName: { target: { css: ['.feed-identity-module__actor-meta .t-bold'] } },
  },
  signOut: [
    { kind: 'url', path: '/m/logout/' },
    {
      kind: 'steps',
      startPath: '/feed/',
      steps: [
        {
          action: 'click',
          target: { css: ['button.global-nav__primary-link-me-menu-trigger'], text: { en: ['Me'], pl: ['Ja'], de: ['Sie'] } },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: { css: ['a[href="/m/logout/"]', 'a[href*="/m/logout"]'], text: { en: ['Sign Out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/feed/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.linkedin.com/m/logout/',
        note: 'GET sign-out used by many Selenium bots, which then wait for the URL to contain "login" (site-flows.md §15, HIGH).',
      },
      {
        url: 'https://www.linkedin.com/login',
        note: 'Form fields session_key / session_password, loginCsrfParam. Me-menu selectors and PL/DE labels LOW.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://www.linkedin.com/feed/',
          note: 'Signed out, LinkedIn redirects member pages to /login?session_redirect=… ("logged out does NOT look like an error", an agent tool’s LinkedIn notes; bots wait for the URL to contain "login", site-flows.md §15).',
        },
      ],
    },
  },
};
