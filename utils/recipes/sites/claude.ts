import type { RecipeInput } from '../schema';

/**
 * Claude (claude.ai): a single-page app. /logout is one of its pages, whose script POSTs /api/auth/logout (JSON) to
 * end the session and then goes to /login; a plain GET of the API does not sign out. The session is the sessionKey
 * cookie; the cookies the app leaves after signing out (lastActiveOrg, anthropic-device-id, activitySessionId,
 * __ssid, __cf_bm) are not signs of a session.
 */
export const claude: RecipeInput = {
  id: 'claude',
  name: 'Claude',
  sites: [{ domain: 'claude.ai', origin: 'https://claude.ai', authCookies: ['sessionKey'] }],
  detect: { signedIn: { css: ['button[data-testid="user-menu-button"]'] } },
  signOut: [
    // The worker's plain GET runs no script and ends nothing; the job then opens the page, whose script signs out.
    { kind: 'url', path: '/logout' },
    {
      kind: 'steps',
      startPath: '/new',
      steps: [
        { action: 'click', target: { css: ['button[data-testid="user-menu-button"]'] }, timeoutMs: 10_000 },
        { action: 'click', target: { text: { en: ['Log out'], pl: ['Wyloguj się'], de: ['Abmelden'] } }, timeoutMs: 8_000 },
      ],
    },
  ],
  accountCheck: {
    url: '/api/organizations',
    signedIn: { kind: 'json', path: '0.uuid' },
    signedOut: { redirect: true, statuses: [401, 403], markers: [] },
  },
  provenance: {
    sources: [
      {
        url: 'https://github.com/WebKit/WebKit/blob/main/Source/WebCore/page/Quirks.cpp',
        note: 'WebKit\'s site quirk for claude.ai: signing out is a fetch to claude.ai/api/auth/logout; afterwards __ssid, __cf_bm, anthropic-device-id, lastActiveOrg and activitySessionId survive (so none is an auth cookie); an invalid session gets 403 "account_session_invalid" and the app goes to /logout (HIGH).',
      },
      {
        url: 'https://claude.ai/logout',
        note: 'Desktop and CLI tools open claude.ai/logout to end the browser\'s session ("closes the session for real, server-side, deleting cookies"); a client notes "api/auth/logout is the SPA\'s real logout mutation (GET /logout is a client-side route)" and POSTs it as JSON {} (MEDIUM). A GET of the API signing out: no evidence, not relied on.',
      },
      {
        url: 'https://claude.ai/new',
        note: 'sessionKey is the session cookie API clients copy from the browser (many clients, HIGH). The user menu button[data-testid="user-menu-button"]: one chat exporter excludes it on claude.ai (LOW); the "Log out" label and PL/DE labels are LOW (UI text, no source).',
      },
    ],
    checked: '2026-12-06',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://claude.ai/api/organizations',
          note: 'API clients GET it with the sessionKey cookie: a JSON array of organizations with uuid and name; 401 for an invalid or expired sessionKey, 403 for an expired session (third-party API notes, MEDIUM).',
        },
      ],
    },
  },
};
