import type { RecipeInput } from '../schema';

/**
 * PUE ZUS / eZUS (www.zus.pl/portal), the social-insurance portal. No public source names its session cookies or
 * shows its sign-out control, so: the cookies are declared unknown and the account check (ePłatnik, /portal/eplMain.npi)
 * alone lists a session and verifies a sign-out; the sign-out is the generic finder's („Wyloguj”) from there, with
 * the labelled fallback behind it. A signed-in person without the payer's ePłatnik may not be listed (the check
 * would not show them signed in): missed, never wrongly called signed out.
 *
 * Signing in goes through login.gov.pl (Węzeł Krajowy), as for ePUAP and e-Urząd Skarbowy, but each service keeps a
 * session of its own: signing out of PUE ends PUE's session, not the others' (no public source shows a single
 * sign-out reaching them), so each is signed out on its own.
 */
export const pueZus: RecipeInput = {
  id: 'pue-zus',
  name: 'PUE ZUS',
  sites: [
    {
      domain: 'zus.pl',
      origin: 'https://www.zus.pl',
      // No source names the portal's session cookies: none is guessed, the account check decides.
      authCookies: [],
      sessionCookiesUnknown: true,
    },
  ],
  signOut: [{ kind: 'generic', startPath: '/portal/eplMain.npi' }],
  accountCheck: { url: '/portal/eplMain.npi', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.zus.pl/portal/logowanie.npi',
        note: 'The PUE/eZUS sign-in page, linked by many guides and apps (HIGH). With „Profil Zaufany” (a Selenium script for ZUS visit booking clicks //strong[text()=\'Profil Zaufany\'], then loginForm:login, loginForm:hasło, loginForm:loginButton) it goes through login.gov.pl and pz.gov.pl (HIGH); a manual sign-in also asks for an SMS code (MEDIUM).',
      },
      {
        url: 'https://www.zus.pl/portal/eplMain.npi',
        note: 'ePłatnik: two guides send a signed-in payer there (Dokumenty → Import KEDU), and a browser extension opens it as the best PUE tab, treating logowanie.npi as not signed in and /portal/obszar-….npi as the signed-in areas (MEDIUM). Signed-in menus carry the class zusnpiMenuPaneIconNode („Rezerwacja wizyty w ZUS”, a Selenium page object, MEDIUM).',
      },
      {
        url: 'https://login.gov.pl/login-services/singleLogoutService',
        note: 'A service ends its own login.gov.pl session with a signed SAML LogoutRequest sent server to server (a PHP client, HIGH); no source shows it reaching other services, so PUE, ePUAP and e-Urząd Skarbowy are each signed out on their own.',
      },
      {
        url: 'https://www.zus.pl/portal/',
        note: 'No public source names the portal\'s session cookies (sessionCookiesUnknown) or shows its „Wyloguj” control or address: the generic finder looks for it from ePłatnik (no steps route, stated, not guessed).',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.zus.pl/portal/eplMain.npi',
          note: 'Opened by a browser extension for a signed-in payer, which otherwise leaves the person on logowanie.npi to sign in (MEDIUM that it needs a session); that a guest is redirected to the sign-in is inferred (LOW), and a signed-in answer is only known to be a 2xx page.',
        },
      ],
    },
  },
};
