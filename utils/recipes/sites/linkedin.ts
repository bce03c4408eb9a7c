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
  flows: {
    // "Keep me logged in" greets the member on the sign-in page ("Welcome back", name and photo). LinkedIn's help:
    // on /uas/login, the icon next to the profile picture → "Forget this account". The icon's markup is unknown: press
    // only a menu button in the entry that names the account, then succeed when the page no longer names it.
    forgetRemembered: {
      startPath: '/uas/login',
      steps: [
        { action: 'waitFor', target: { css: ['form[action*="login"]', 'input[name="session_key"]', 'input[name="session_password"]'] }, timeoutMs: 8_000 },
        {
          action: 'click',
          forAccount: true,
          optional: true,
          target: { css: ['button[aria-haspopup]', 'button[aria-expanded]'] },
          timeoutMs: 3_000,
        },
        {
          action: 'click',
          optional: true,
          target: { text: { en: ['Forget this account', 'Forget'], pl: ['Zapomnij to konto', 'Zapomnij'], de: ['Dieses Konto vergessen', 'Vergessen'] } },
          timeoutMs: 3_000,
        },
        { action: 'waitFor', forAccount: true, state: 'absent', target: { css: ['body'] }, timeoutMs: 8_000 },
      ],
    },
  },
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
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'medium',
        sources: [
          {
            url: 'https://www.linkedin.com/help/linkedin/answer/a1342645',
            note: 'LinkedIn Help, "Keep me logged in" (read in a public mirror): remembered on up to five devices; "Remember and sign out" when signing out; signing out may sign the member back in automatically on that device.',
          },
        ],
      },
      {
        part: 'remove',
        confidence: 'medium',
        sources: [
          {
            url: 'https://www.linkedin.com/help/linkedin/answer/a1342645',
            note: 'Same article: "Navigate to https://www.linkedin.com/uas/login. Click the icon next to your profile picture. Click Forget this account." The icon\'s markup is not documented (the flow asks the page); PL/DE labels LOW.',
          },
        ],
      },
      {
        part: 'storage',
        confidence: 'low',
        sources: [
          {
            url: 'https://www.linkedin.com/uas/login',
            note: 'A remember-me cookie li_rm is named among LinkedIn\'s cookies in one public cookie tool\'s README (LinkedIn\'s own cookie table not read here: LOW). The help article\'s "Devices that remember your password" can remove them from the account side.',
          },
        ],
      },
    ],
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
