import type { RecipeInput } from '../schema';

const SETTINGS_ICON = ['Settings', 'Ustawienia', 'Einstellungen'];

/**
 * Instagram: "More" (the settings icon at the foot of the side navigation) → "Log out", whose page script POSTs
 * /accounts/logout/ajax/ with an x-csrftoken header. Signoff sends no such request itself (it would need the page's
 * token): the recipe drives the menu and lets the page do it. A plain GET signs nobody out.
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
          // A menu item (no form, no link): the page's own script sends the POST with the x-csrftoken header.
          target: { text: { en: ['Log out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
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
        note: 'Sign-out is a POST to /accounts/logout/ajax/ with an x-csrftoken header (client code sends user_id=ds_user_id), behind the "More" menu; no form[action="/accounts/logout/"] is known (recipe-evidence.md: N for a form). Older apps opened it with a GET, rated LOW today — so the menu is driven.',
      },
      {
        url: 'https://www.instagram.com/',
        note: 'Cookies sessionid, ds_user_id, csrftoken, mid (MEDIUM). "More" → "Log out" and the settings icon label are LOW, as are the PL/DE labels; the text fallbacks carry them.',
      },
    ],
    checked: '2026-12-06',
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
