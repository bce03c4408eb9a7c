import type { RecipeInput } from '../schema';

const PROFILE_BUTTON = ['[data-testid="profile-button"]', '[data-testid="accounts-profile-button"]'];

/**
 * ChatGPT (chatgpt.com): a Next.js app on NextAuth. Opening /auth/logout signs the browser out; the profile button
 * at the bottom of the sidebar opens the menu whose last item is "Log out". The session is the NextAuth cookie
 * __Secure-next-auth.session-token (split into .0 and .1 when it grows too long); /api/auth/session answers the
 * account as JSON, or {} for a guest.
 */
export const chatgpt: RecipeInput = {
  id: 'chatgpt',
  name: 'ChatGPT',
  sites: [
    {
      domain: 'chatgpt.com',
      origin: 'https://chatgpt.com',
      // oai-did (a device id) and the NextAuth CSRF cookie are every visitor's.
      authCookies: ['__Secure-next-auth.session-token', '__Secure-next-auth.session-token.0', '__Secure-next-auth.session-token.1'],
    },
  ],
  detect: { signedIn: { css: PROFILE_BUTTON } },
  signOut: [
    { kind: 'url', path: '/auth/logout' },
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'click', target: { css: PROFILE_BUTTON }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: { text: { en: ['Log out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 8_000,
        },
      ],
    },
  ],
  accountCheck: {
    url: '/api/auth/session',
    signedIn: { kind: 'json', path: 'accessToken' },
    accountName: { kind: 'json', path: 'user.email' },
  },
  provenance: {
    sources: [
      {
        url: 'https://chatgpt.com/auth/logout',
        note: 'GET sign-out: automation scripts navigate to it to log out before signing in as someone else (a Puppeteer script checking the signed-in e-mail, a Playwright account tool, app constants CHATGPT_LOGOUT_URL; the community superlogout list). MEDIUM: several independent users, no official page.',
      },
      {
        url: 'https://chatgpt.com/',
        note: 'Profile button [data-testid="profile-button"] / [data-testid="accounts-profile-button"] present only when signed in; guests see [data-testid="login-button"] (a Puppeteer script, MEDIUM). The menu item is found by its "Log out" label: LOW (UI text, no source names a selector for it); PL/DE labels LOW.',
      },
      {
        url: 'https://chatgpt.com/api/auth/session',
        note: 'Cookies: __Secure-next-auth.session-token (HttpOnly, Secure, SameSite=Lax, on .chatgpt.com), chunked as .0/.1 when large — cookie-export tools and cookie-jar tests for chatgpt.com look for exactly these names (HIGH); oai-did is a device id sent by API clients, not a session (MEDIUM); NextAuth keeps its CSRF token in a signed HttpOnly host-only cookie (next-auth.js.org/v3/getting-started/rest-api, HIGH for NextAuth, MEDIUM that ChatGPT keeps the default).',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'high',
      sources: [
        {
          url: 'https://next-auth.js.org/v3/getting-started/rest-api',
          note: 'Browser extensions and scripts GET chatgpt.com/api/auth/session with the browser\'s cookies and read accessToken (signed in) and user.email / user.name; NextAuth documents that it "returns client-safe session object - or an empty object if there is no session".',
        },
      ],
    },
  },
};
