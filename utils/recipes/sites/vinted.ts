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
      // anon_id and the Rails session cookie are every visitor's (LOW: names modelled).
      authCookies: ['refresh_token_web', 'access_token_web'],
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
  provenance: {
    sources: [
      {
        url: 'https://www.vinted.pl/logout',
        note: 'Listed as a plain GET sign-out in the extended sign-out list only (site-flows.md, public lists §2, LOW). Modelled as a confirmation page with a CSRF form; the recipe copes with both.',
      },
      {
        url: 'https://www.vinted.pl/',
        note: 'Avatar menu, data-testid selectors and the cookie names access_token_web/refresh_token_web are LOW (not in sources).',
      },
    ],
    checked: '2026-11-21',
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
