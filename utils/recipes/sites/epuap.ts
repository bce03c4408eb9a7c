import type { RecipeInput } from '../schema';

/**
 * ePUAP (epuap.gov.pl), the public administration's electronic inbox. It runs on IBM WebSphere Portal: the signed-in
 * area is /wps/myportal. No public source shows its sign-out control, its address or its cookies, so: its session
 * cookies are declared unknown and only the account check tells a session; the sign-out is the generic finder's
 * („Wyloguj”) from the signed-in area, verified by the account check, with the labelled fallback behind it.
 *
 * Signing in goes through login.gov.pl (Węzeł Krajowy), as for PUE ZUS and e-Urząd Skarbowy, but each service keeps
 * a session of its own: signing out of ePUAP ends ePUAP's session, not the others' (no public source shows a single
 * sign-out reaching them), so each is signed out on its own.
 */
export const epuap: RecipeInput = {
  id: 'epuap',
  name: 'ePUAP',
  sites: [
    {
      domain: 'epuap.gov.pl',
      origin: 'https://epuap.gov.pl',
      // No source names ePUAP's own session cookies (WebSphere's defaults are LtpaToken2 once signed in and a
      // JSESSIONID for every visitor, but that ePUAP keeps them is a guess): none is named, the account check decides.
      authCookies: [],
      sessionCookiesUnknown: true,
    },
  ],
  signOut: [{ kind: 'generic', startPath: '/wps/myportal/' }],
  accountCheck: { url: '/wps/myportal/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://epuap.gov.pl/wps/myportal/aplikacje/skrzynka',
        note: 'ePUAP\'s signed-in inbox, where a public userscript runs and fetches https://epuap.gov.pl/warehouse/jsf/received.xhtml with the session (HIGH that the signed-in area is /wps/myportal); public pages are /wps/portal/strefa-klienta/… (links in many apps, HIGH) and /wps/wcm/connect/… (WebSphere Content Manager): IBM WebSphere Portal (HIGH).',
      },
      {
        url: 'https://www.ibm.com/support/knowledgecenter/SSHRKX_8.5.0/mp/properties/wkplc_comp-dita.html',
        note: 'WebSphere Portal: /wps/portal is the page visitors see before they log in, /wps/myportal the one after (WpsDefaultHome, WpsPersonalizedHome); after a logout the portal redirects to the public area (Configuration Service, redirect.logout). The LTPA single sign-on cookie LtpaToken2 is issued at authentication and removed by the platform\'s logout (IBM LTPA and Liberty docs). That ePUAP keeps these defaults is not shown, so no name is relied on (sessionCookiesUnknown).',
      },
      {
        url: 'https://login.gov.pl/login/SingleSignOnService',
        note: 'Services send the browser to login.gov.pl (Węzeł Krajowy); „Profil Zaufany” (li#go-pz) leads to pz.gov.pl/dt/login with loginForm:login, loginForm:hasło, loginForm:loginButton, then an SMS code (Selenium scripts, HIGH). A service ends its own login.gov.pl session with a signed SAML LogoutRequest sent server to server to /login-services/singleLogoutService (a PHP client, HIGH); nothing shows it reaching other services.',
      },
      {
        url: 'https://epuap.gov.pl/wps/myportal/',
        note: 'No public source shows ePUAP\'s „Wyloguj” control or its address: the generic finder looks for it from the signed-in area (no steps route, stated, not guessed).',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.ibm.com/docs/en/SSHRKX_8.0.0/admin/srvcfgref_config.html',
          note: '/wps/myportal is WebSphere Portal\'s protected area: a visitor without a session is sent to the sign-in (IBM and Oracle agent docs, MEDIUM for the platform); that ePUAP answers a guest with a redirect there is inferred (LOW). A signed-in answer is only known to be a 2xx page.',
        },
      ],
    },
  },
};
