import type { RecipeInput } from '../schema';

/**
 * Microsoft account / Outlook.com: a plain GET of outlook.live.com/owa/logoff.owa hands over to
 * login.live.com/logout.srf, which ends the Microsoft account session. In Outlook the same sign-out sits in the
 * "Me control" (#O365_MainLink_Me), whose account card is only built once it is clicked.
 */
export const microsoft: RecipeInput = {
  id: 'microsoft',
  name: 'Microsoft',
  sites: [
    {
      domain: 'live.com',
      origin: 'https://outlook.live.com',
      // MUID is a browser id every visitor gets.
      authCookies: ['MSPAuth', 'MSPProf', 'WLSSC', '__Host-MSAAUTH'],
    },
  ],
  detect: {
    signedIn: { css: ['#O365_MainLink_Me', '#O365_MainLink_MePhoto', '#mectrl_main_trigger', '#meControl'] },
    // The Me control's label names the account: "Account manager for Jan Kowalski" (PL/DE wording LOW). The forget
    // flow needs it to find the account's tile.
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
      startPath: '/mail/0/',
      steps: [
        {
          action: 'click',
          target: {
            css: ['#O365_MainLink_Me', '#O365_MainLink_MePhoto', '#mectrl_main_trigger', '#meControl'],
            // The button's label: "Account manager for Jan Kowalski".
            text: { en: ['Account manager'], pl: ['Menedżer kont'], de: ['Konto-Manager'] },
          },
          timeoutMs: 10_000,
        },
        {
          // The account card is rendered lazily: the first opening can take a couple of seconds.
          action: 'click',
          target: { css: ['#mectrl_body_signOut'], text: { en: ['Sign out'], pl: ['Wyloguj się'], de: ['Abmelden'] } },
          timeoutMs: 10_000,
        },
      ],
    },
  ],
  flows: {
    // "Pick an account" on login.live.com keeps the account after a sign-out. Each tile has a "…" menu whose
    // "Forget" (#forgetLink) removes it (known from the work-and-school picker, which shares the sign-in pages; LOW for
    // login.live.com): open the menu of the tile that names the account only, then succeed when no tile names it.
    forgetRemembered: {
      startPath: 'https://login.live.com/login.srf',
      steps: [
        { action: 'waitFor', target: { css: ['input[name="loginfmt"]', '.tile-menu', 'form'] }, timeoutMs: 8_000 },
        { action: 'click', forAccount: true, optional: true, target: { css: ['.tile-menu'] }, timeoutMs: 5_000 },
        {
          action: 'click',
          optional: true,
          target: { css: ['#forgetLink'], text: { en: ['Forget'], pl: ['Zapomnij'], de: ['Entfernen'] } },
          timeoutMs: 3_000,
        },
        { action: 'waitFor', forAccount: true, state: 'absent', target: { css: ['body'] }, timeoutMs: 8_000 },
      ],
    },
  },
  // Work and school accounts (login.microsoftonline.com, ESTSAUTH cookies) are another sign-in, not covered here;
  // nothing in this recipe navigates there, so it lists no related domain.
  accountCheck: { url: 'https://outlook.live.com/mail/0/', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://outlook.live.com/owa/logoff.owa',
        note: 'X-notifier\'s Outlook script and dozens of Selenium bots open it to sign out (HIGH that it is a GET page; MEDIUM that it ends the account session via login.live.com/logout.srf) (site-flows.md §5).',
      },
      {
        url: 'https://login.live.com/logout.srf',
        note: 'Me control #O365_MainLink_Me → #mectrl_body_signOut, rendered lazily (several automation sources, HIGH). MSA cookie names MSPAuth, MSPProf, WLSSC, __Host-MSAAUTH are LOW (memory); PL/DE labels LOW.',
      },
    ],
    checked: '2026-11-21',
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'low',
        sources: [
          {
            url: 'https://github.com/Capgemini/powerapps-specflow-bindings',
            note: 'Its login steps open the sign-in page and, for each remembered tile, click .tile-menu then #forgetLink ("Pick an account" of login.microsoftonline.com, which Microsoft\'s consumer sign-in shares page ids with: #i0116, #idSIButton9). For login.live.com itself: inferred, LOW.',
          },
        ],
      },
      {
        part: 'remove',
        confidence: 'medium',
        sources: [
          {
            url: 'https://github.com/microsoft/EasyRepro/pull/1143',
            note: 'The same script\'s note: EasyRepro did not handle the "Pick an account" dialog; the workaround presses the tile\'s menu (.tile-menu), then "Forget" (#forgetLink). One script: MEDIUM for the controls, the PL/DE labels LOW.',
          },
        ],
      },
      {
        part: 'storage',
        confidence: 'low',
        sources: [{ url: 'https://login.live.com/login.srf', note: 'Where the tiles are kept (a cookie of login.live.com or the server) is not documented; the fixture keeps them per browser on the server.' }],
      },
    ],
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://outlook.live.com/mail/0/',
          note: 'The mailbox needs a session; guests are sent to the Outlook landing / login.live.com (inferred from mail notifiers that reopen it after logoff.owa, LOW).',
        },
      ],
    },
  },
};
