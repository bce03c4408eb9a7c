import type { RecipeInput } from '../schema';

/**
 * VULCAN's school register through eduVULCAN (eduvulcan.pl), the portal pupils and parents sign in to (Polish only).
 * The older UONET+ addresses (uonetplus.vulcan.net.pl/<symbol>/…) carry each municipality's symbol in every path, so
 * no one address could sign out or ask them: they are not covered. No public source names the portal's session
 * cookie, so the recipe names none (sessionCookiesUnknown) and the portal's answer decides. Where the portal's own
 * „Wyloguj” sits is not known either: the generic finder looks for it, and if it finds none the fallback removes the
 * site's data from this browser and says so. Whether the register app (uczen.eduvulcan.pl) ends its own session
 * with the portal's is not known.
 */
export const vulcan: RecipeInput = {
  id: 'vulcan',
  name: 'eduVULCAN',
  sites: [{ domain: 'eduvulcan.pl', origin: 'https://eduvulcan.pl', authCookies: [], sessionCookiesUnknown: true }],
  detect: { signedIn: { css: ['.connected-account-name', '[title="Przejdź do Dziennika"]'] } },
  signOut: [{ kind: 'generic', startPath: '/' }],
  // A read of the page the clients load right after signing in; nothing is pressed or sent.
  accountCheck: { url: '/api/ap', signedIn: { kind: 'marker', text: ['id="ap"'] } },
  provenance: {
    sources: [
      {
        url: 'https://github.com/wezuwiusz/neowulkanowy-sdk/blob/master/sdk-prometheus/src/main/kotlin/io/github/wulkanowy/sdk/prometheus/login/LoginHelper.kt',
        note: 'Wulkanowy\'s eduVULCAN client: GET /logowanie, read the hidden __RequestVerificationToken, POST /Account/QueryUserInfo (alias: is a captcha needed), then POST /logowanie with Alias, Password, captchaUser and the token; the account page is GET /konto (HIGH for the flow). The captcha (proof of work) is not modelled.',
      },
      {
        url: 'https://eduvulcan.pl/logowanie',
        note: 'A Python client reads a __RequestVerificationToken cookie from the first GET of /logowanie, before any password (HIGH that every visitor holds it); no source names the session cookie set at sign-in (none named here, not guessed). The start page lists the pupils\' profiles (.connected-account-name, links titled „Przejdź do Dziennika”; a read-only client, MEDIUM). No source shows the portal\'s sign-out: generic finder (stated, not guessed).',
      },
      {
        url: 'https://github.com/wulkanowy/fake-log',
        note: 'The older UONET+ (uonetplus.vulcan.net.pl) signs out at /<symbol>/LoginEndpoint.aspx?logout=true and keeps EfebSsoAuthCookie (Domain=.vulcan.net.pl, HttpOnly) after the certificate post (Wulkanowy\'s server model and SDK test pages, HIGH), but every address carries the municipality\'s symbol: not covered by this recipe.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://eduvulcan.pl/api/ap',
          note: 'After signing in, clients GET /api/ap and read the JSON in the value of <input id="ap"> (Alias, GivenName, Surname, Tokens; two clients, HIGH for the marker); a client starts its sign-in at /logowanie?ReturnUrl=%2fapi%2fap, so a guest asking for it is sent to the sign-in (MEDIUM).',
        },
      ],
    },
  },
};
