import type { RecipeInput } from '../schema';

const SETTINGS_ICON = ['Settings', 'Ustawienia', 'Einstellungen'];

/**
 * Instagram: "More" (the settings icon at the foot of the side navigation) → "Log out", which POSTs
 * /accounts/logout/ with the session's CSRF token. A plain GET of that address signs nobody out, so there is no
 * URL method: the recipe drives the menu.
 */
export const instagram: RecipeInput = {
  id: 'instagram',
  name: 'Instagram',
  sites: [
    {
      domain: 'instagram.com',
      origin: 'https://www.instagram.com',
      // csrftoken, mid and ig_did exist for guests too (csrftoken even stays after sign-out): not signs of a session.
      authCookies: ['sessionid', 'ds_user_id'],
    },
  ],
  detect: {
    signedIn: { css: ['a[href="/direct/inbox/"]', ...SETTINGS_ICON.map((label) => `a[href="#"] svg[aria-label="${label}"]`)] },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'click',
          target: {
            css: SETTINGS_ICON.map((label) => `a[role="link"][href="#"]:has(svg[aria-label="${label}"])`),
            text: { en: ['More'], pl: ['Więcej'], de: ['Mehr'] },
          },
          timeoutMs: 10_000,
        },
        {
          action: 'click',
          target: {
            css: ['form[action="/accounts/logout/"] [type="submit"]'],
            text: { en: ['Log out'], pl: ['Wyloguj się'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: { url: '/accounts/edit/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.instagram.com/accounts/logout/',
        note: 'API clients POST it with the CSRF token; older apps opened it with a GET, which site-flows.md §16 rates LOW today — so the menu is driven.',
      },
      {
        url: 'https://www.instagram.com/',
        note: 'Cookies sessionid, ds_user_id, csrftoken, mid (MEDIUM). "More" → "Log out" and the settings icon label are LOW, as are the PL/DE labels; the text fallbacks carry them.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.instagram.com/accounts/edit/',
          note: 'The profile editor needs a session; guests are sent to /accounts/login/?next=… (inferred from public login automation, LOW).',
        },
      ],
    },
  },
};
