import type { RecipeInput } from '../schema';

const ME_BUTTON = '.global-nav__me > button.artdeco-dropdown__trigger';

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
    // The Me button: its class global-nav__primary-link-me-menu-trigger is gone from 2022 pages, the dropdown trigger stays.
    signedIn: { css: [ME_BUTTON, 'button.global-nav__primary-link-me-menu-trigger', 'img.global-nav__me-photo'] },
    // The avatar's alt text is the member's full name on every page (the feed's identity card is only on the feed).
    accountName: { target: { css: ['img.global-nav__me-photo[alt]'] }, from: 'alt' },
  },
  signOut: [
    { kind: 'url', path: '/m/logout/' },
    {
      kind: 'steps',
      startPath: '/feed/',
      steps: [
        {
          action: 'click',
          target: { css: [ME_BUTTON, 'button.global-nav__primary-link-me-menu-trigger'], text: { en: ['Me'], pl: ['Ja'], de: ['Sie'] } },
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
        url: 'https://github.com/harith-alsafi/smartapply/blob/95ca60c81a1bf8d63ba7026865d936b797453d42/src/import_json.py',
        note: 'A saved signed-in LinkedIn page (2023, en): .global-nav__me > button.artdeco-dropdown__trigger (still also .global-nav__primary-link-me-menu-trigger) and img.global-nav__me-photo whose alt is the member’s name; the Me menu’s content is rendered by script (empty in the saved DOM). Pages of 2022 without the me-menu-trigger class were reported in issue #17 but not re-located, so unconfirmed; the dropdown-trigger selector holds either way. Checked with npm run check:pages: MEDIUM.',
      },
      {
        url: 'https://www.linkedin.com/login',
        note: 'Form fields session_key / session_password, loginCsrfParam. PL/DE labels LOW.',
      },
    ],
    checked: '2026-12-06',
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
