import type { RecipeInput } from '../schema';

/** Amazon keeps one realm per marketplace: cookies end in "-main" on .com and "-acb<cc>" elsewhere. */
function marketplace(domain: string, realm: string) {
  return {
    domain,
    origin: `https://www.${domain}`,
    // `session-id` and `ubid-*` exist for anonymous visitors too, so they are no sign of a session.
    authCookies: [`at-${realm}`, `x-${realm}`, `sess-at-${realm}`],
  };
}

export const amazon: RecipeInput = {
  id: 'amazon',
  name: 'Amazon',
  sites: [
    marketplace('amazon.pl', 'acbpl'),
    marketplace('amazon.com', 'main'),
    marketplace('amazon.de', 'acbde'),
    marketplace('amazon.co.uk', 'acbuk'),
    marketplace('amazon.fr', 'acbfr'),
    marketplace('amazon.it', 'acbit'),
    marketplace('amazon.es', 'acbes'),
    marketplace('amazon.nl', 'acbnl'),
    marketplace('amazon.se', 'acbse'),
  ],
  detect: {
    // Language-independent: the account link points at "Your Account" only when signed in.
    signedIn: { css: ['[data-nav-ref="nav_youraccount_btn"]', '#nav-greeting-name'] },
    accountName: {
      target: { css: ['#nav-link-accountList-nav-line-1', '#nav-link-yourAccount .nav-line-1', '#nav-greeting-name'] },
      greetings: ['Hello,', 'Cześć,', 'Witamy,', 'Witaj,', 'Hallo,', 'Hola,', 'Bonjour', 'Ciao', 'Hej'],
    },
  },
  signOut: [
    {
      // What a person does: hover "Account & Lists", wait for the flyout Amazon renders by script, click "Sign Out".
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { css: ['#nav-link-accountList', '#nav-link-yourAccount'] }, timeoutMs: 10_000 },
        {
          action: 'click',
          target: {
            css: ['#nav-item-signout', 'a[href*="/gp/flex/sign-out.html"]'],
            text: {
              en: ['Sign Out', 'Sign out'],
              pl: ['Wyloguj się', 'Wyloguj'],
              de: ['Abmelden'],
              es: ['Cerrar sesión'],
              fr: ['Se déconnecter', 'Déconnexion'],
              it: ['Esci'],
              nl: ['Afmelden', 'Uitloggen'],
            },
          },
          timeoutMs: 8_000,
        },
      ],
    },
    {
      // Amazon accepts a plain GET of the flyout's sign-out link; used when the menu cannot be opened.
      kind: 'url',
      path: '/gp/flex/sign-out.html?path=%2Fgp%2Fyourstore%2Fhome&signIn=1&useRedirectOnSuccess=1&action=sign-out&ref_=nav_AccountFlyout_signout',
    },
  ],
  provenance: {
    sources: [
      {
        url: 'https://github.com/alexdlaird/amazon-orders',
        note: 'Saved amazon.com pages: #nav-link-accountList with data-nav-ref, flyout rendered from script with #nav-item-signout; GET sign-out URL.',
      },
      {
        url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R',
        note: 'Switch Accounts help: not advised on shared computers.',
      },
    ],
    checked: '2026-11-21',
  },
};
