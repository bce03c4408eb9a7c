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
