import type { RecipeInput } from '../schema';

const ME_CONTROL = ['#O365_MainLink_Me', '#O365_MainLink_MePhoto', '#mectrl_main_trigger', '#meControl'];

/**
 * Microsoft 365 with a work or school account, as Outlook on the web holds it (outlook.office.com): OWA's own
 * session is the OpenIdConnect.token.v1 cookie. A plain GET of /owa/logoff.owa ends it and hands over to Microsoft
 * Entra's sign-out on login.microsoftonline.com. The Office shell's "Me control" holds the same "Sign out". The
 * consumer Microsoft account (live.com) is the `microsoft` recipe's; the Entra sign-in itself (ESTSAUTH cookies on
 * login.microsoftonline.com) is not tracked here: no page there is known to tell a signed-in person from a guest.
 */
export const microsoft365: RecipeInput = {
  id: 'microsoft-365',
  name: 'Microsoft 365 (work or school)',
  sites: [
    {
      domain: 'office.com',
      origin: 'https://outlook.office.com',
      // X-OWA-CANARY is OWA's anti-forgery token (whether the sign-out expires it is not known); ClientId is every visitor's.
      authCookies: ['OpenIdConnect.token.v1'],
    },
  ],
  detect: {
    signedIn: { css: ME_CONTROL },
    // The Me control's label names the account: "Account manager for Jan Kowalski" (the Office shell's wording; PL LOW).
    accountName: {
      target: { css: ['#O365_MainLink_Me[aria-label]'] },
      from: 'aria-label',
      greetings: ['Account manager for', 'Menedżer kont dla:', 'Konto-Manager für'],
    },
  },
  signOut: [
    { kind: 'url', path: '/owa/logoff.owa' },
    {
      kind: 'steps',
      startPath: '/mail/',
      steps: [
        {
          action: 'click',
          target: { css: ME_CONTROL, text: { en: ['Account manager'], pl: ['Menedżer kont'], de: ['Konto-Manager'] } },
          timeoutMs: 10_000,
        },
        {
          // The account card is rendered lazily.
          action: 'click',
          target: { css: ['#mectrl_body_signOut'], text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 10_000,
        },
      ],
    },
  ],
  // The sign-out continues to Entra's sign-out page (a person may land there too).
  relatedDomains: ['microsoftonline.com'],
  accountCheck: { url: '/mail/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://outlook.office.com/owa/logoff.owa',
        note: 'GET sign-out: a logout list names it "Office 365 Webmail" [get], and a desktop portal app signs work mail out with it (personal mail with login.live.com/logout.srf, Teams with login.microsoftonline.com/common/oauth2/v2.0/logout) (MEDIUM-HIGH). That it continues to Entra\'s sign-out is Exchange\'s usual flow (LOW, modelled).',
      },
      {
        url: 'https://outlook.office.com/mail/',
        note: 'Cookies: OWA clients for "School/Work (outlook.office.com)" ask for the OpenIdConnect.token.v1 cookie (personal: __Host-MSAAUTHP) and send X-OWA-CANARY as a header; saved cookie strings show ClientId, OIDC, X-OWA-CANARY, OpenIdConnect.token.v1 together (several tools, HIGH for the names; attributes LOW).',
      },
      {
        url: 'https://learn.microsoft.com/en-gb/entra/identity/authentication/concept-authentication-web-browser-cookies',
        note: 'Entra\'s own cookie list: ESTSAUTH (transient) and ESTSAUTHPERSISTENT hold the sign-in session on login.microsoftonline.com, SignInStateCookie lists the services to sign out (HIGH). Not tracked: no account check is known there. Me control #O365_MainLink_Me → #mectrl_body_signOut is the Office shell the microsoft recipe documents (HIGH); PL/DE labels LOW.',
      },
    ],
    checked: '2026-12-07',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://outlook.office.com/mail/',
          note: 'The work mailbox a portal app opens; it needs a session, and a guest is sent to login.microsoftonline.com to sign in (inferred from the tools that reopen it after logoff.owa, not shown: LOW).',
        },
      ],
    },
  },
};
