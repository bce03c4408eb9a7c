import type { RecipeInput } from '../schema';

const USER_MENU = 'button[data-role="header-user-menu"]';

/**
 * Allegro: „Moje Allegro” → „Wyloguj”, a plain GET of /wyloguj?origin_url=%2F. A first visit shows the cookie-consent
 * dialog, which keeps the page behind it out of reach until answered, so the menu route dismisses it first (only
 * when it is there). The address itself is the fallback.
 */
export const allegro: RecipeInput = {
  id: 'allegro',
  name: 'Allegro',
  sites: [
    {
      domain: 'allegro.pl',
      origin: 'https://allegro.pl',
      // _cmuid, wdctx, datadome and gdpr_permission_given are every visitor's: only QXLSESSID means signed in.
      authCookies: ['QXLSESSID'],
    },
  ],
  detect: {
    signedIn: { css: ['[data-role="header-username"]'] },
    accountName: { target: { css: ['[data-role="header-username"]'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'click',
          target: {
            css: ['button[data-role="accept-consent"]', 'button[data-testid="accept_home_view_action"]'],
            text: { pl: ['Ok, zgadzam się', 'Zgadzam się', 'Przejdź dalej'] },
            within: '#opbox-gdpr-consents-modal, [aria-modal="true"]',
          },
          optional: true,
          timeoutMs: 3_000,
        },
        { action: 'click', target: { css: [USER_MENU], text: { pl: ['Moje Allegro'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { css: ['a[data-role="logout"]', 'a[href^="/wyloguj"]', 'a[href*="allegro.pl/wyloguj"]'], text: { pl: ['Wyloguj', 'Wyloguj się'] } },
          timeoutMs: 8_000,
        },
      ],
    },
    { kind: 'url', path: '/wyloguj?origin_url=%2F' },
  ],
  accountCheck: { url: '/moje-allegro', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://allegro.pl/wyloguj?origin_url=%2F',
        note: 'GET sign-out in a Playwright bot and an extended sign-out list (2 sources); QXLSESSID is the session per an Allegro-parcels integration and API clients (site-flows.md §10, MEDIUM-HIGH).',
      },
      {
        url: 'https://allegro.pl/logowanie?origin_url=%2F',
        note: 'Consent buttons button[data-role="accept-consent"] / [data-testid="accept_home_view_action"], „Ok, zgadzam się”, modal #opbox-gdpr-consents-modal (same bot, MEDIUM). „Moje Allegro” → „Wyloguj” menu and its data-role selectors LOW.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://allegro.pl/moje-allegro',
          note: '"Moje Allegro" is the account area; guests are sent to /logowanie (site-flows.md §10: "URL contains /logowanie when opening a protected page", LOW). No public client asks it as a check.',
        },
      ],
    },
  },
};
