import type { RecipeInput } from '../schema';

const USER_MENU = 'button[data-testid="header-user-menu-button"]';
const CONFIRM_FORM = 'form[action="/logout"]';
const SIGNED_OUT = '[data-testid="header--login-button"]';

/**
 * Vinted: avatar menu → „Wyloguj się” (/logout). Whether /logout signs out on a GET or asks first is unknown
 * (LOW), so the route handles both: after the link it waits for either the confirmation form or the signed-out
 * header, and presses the form's button only when the form is there.
 */
export const vinted: RecipeInput = {
  id: 'vinted',
  name: 'Vinted',
  sites: [
    {
      domain: 'vinted.pl',
      origin: 'https://www.vinted.pl',
      // These names carry the login, but an anonymous visit sets them too (a public-scope guest token without an
      // account id, recipe-evidence.md): they only trigger the account check, which alone decides. anon_id and the
      // Rails session cookie are every visitor's.
      authCookies: ['refresh_token_web', 'access_token_web'],
      guestsGetAuthCookies: true,
    },
  ],
  detect: { signedIn: { css: [USER_MENU] } },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: [USER_MENU], text: { pl: ['Menu użytkownika'] } }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { css: ['a[data-testid="header-menu-logout"]', 'a[href="/logout"]'], text: { pl: ['Wyloguj się', 'Wyloguj'] } },
          timeoutMs: 8_000,
        },
        // A landing step: the link loads /logout — a confirmation, or already the signed-out page.
        { action: 'waitFor', target: { css: [CONFIRM_FORM, SIGNED_OUT] }, timeoutMs: 10_000 },
        confirmStep(true),
      ],
    },
    { kind: 'steps', startPath: '/logout', steps: [confirmStep(false)] },
  ],
  accountCheck: { url: '/settings/profile', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.vinted.pl/logout',
        note: 'Listed as a plain GET sign-out in the extended sign-out list only (site-flows.md, public lists §2, LOW). Modelled as a confirmation page with a CSRF form; the recipe copes with both.',
      },
      {
        url: 'https://www.vinted.pl/',
        note: 'Avatar menu and data-testid selectors are LOW (not in sources).',
      },
      {
        url: 'https://www.vinted.pl/how_it_works',
        note: 'An anonymous GET sets refresh_token_web and access_token_web ("search session with no privileges"); the guest access_token_web JWT has "scope":"public" and no account_id, a signed-in refresh_token_web carries account_id (recipe-evidence.md: X for these names as a session signal).',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.vinted.pl/settings/profile',
          note: 'Profile settings need a session (inferred, LOW). Guests get refresh_token_web/access_token_web too (recipe-evidence.md: the guest JWT has "scope":"public" and no account_id), so only this check can tell a session.',
        },
      ],
    },
  },
};

function confirmStep(optional: boolean) {
  return {
    action: 'click' as const,
    target: { css: [`${CONFIRM_FORM} [type="submit"]`], text: { pl: ['Wyloguj się', 'Wyloguj'] }, within: CONFIRM_FORM },
    timeoutMs: optional ? 3_000 : 8_000,
    optional,
  };
}
