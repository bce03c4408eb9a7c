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

/**
 * The account switcher ("Choose an account"), as the flyout's "Switch Accounts" link opens it. One path serves every
 * marketplace, so it leaves out the per-marketplace OpenID association handle and return address.
 */
const ACCOUNT_PICKER_PATH =
  '/ap/signin?openid.pape.max_auth_age=0' +
  '&openid.identity=http%3A%2F%2Fspecs.openid.net%2Fauth%2F2.0%2Fidentifier_select&openid.mode=checkid_setup' +
  '&openid.claimed_id=http%3A%2F%2Fspecs.openid.net%2Fauth%2F2.0%2Fidentifier_select' +
  '&openid.ns=http%3A%2F%2Fspecs.openid.net%2Fauth%2F2.0&switch_account=picker&ignoreAuthState=1&_encoding=UTF8';

const PICKER = '#ap-account-switcher-container';

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
    // Language-independent: the account link points at "Your Account" only when signed in. Its href holds on every
    // layout seen; data-nav-ref does not (reported of a 2020 signed-in layout, not re-located).
    signedIn: {
      css: ['#nav-link-accountList[href*="/gp/css/homepage.html"]', '[data-nav-ref="nav_youraccount_btn"]', '#nav-greeting-name'],
    },
    accountName: {
      target: { css: ['#nav-link-accountList-nav-line-1', '#nav-link-yourAccount .nav-line-1', '#nav-greeting-name'] },
      greetings: ['Hello,', 'Cześć,', 'Witamy,', 'Witaj,', 'Hallo,', 'Hola,', 'Bonjour', 'Ciao', 'Hej'],
    },
  },
  signOut: [
    {
      // What a person does. Desktop: hover "Account & Lists", wait for the flyout Amazon renders by script, click
      // "Sign Out". Mobile: there is no flyout (so the hover is optional and short); "Sign out" is a plain link at
      // the bottom of the page, pointing at the same sign-out URL.
      kind: 'steps',
      startPath: '/',
      steps: [
        {
          action: 'hover',
          target: { css: ['#nav-link-accountList', '#nav-link-yourAccount'] },
          timeoutMs: 1_500,
          optional: true,
        },
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
  flows: {
    // Opens "Choose an account"; which account to use is the person's choice. Amazon may show the sign-in form
    // instead when the browser remembers no account (not confirmed), which is as good a place to start.
    switchAccount: {
      startPath: ACCOUNT_PICKER_PATH,
      steps: [{ action: 'waitFor', target: { css: [PICKER, 'form[name="signIn"]'] }, timeoutMs: 10_000 }],
    },
    // The picker's "Add account" leads to the ordinary sign-in form; the credentials are the person's to type.
    addAccount: {
      startPath: ACCOUNT_PICKER_PATH,
      steps: [
        {
          action: 'click',
          target: {
            css: ['#cvf-account-switcher-add-accounts-link'],
            text: { en: ['Add account'], pl: ['Dodaj konto'], de: ['Konto hinzufügen'] },
          },
          timeoutMs: 10_000,
        },
      ],
    },
    // Amazon advises against Switch Accounts on shared computers, and signing out leaves every account in it, one
    // click from being used again without a password. So: picker → "Manage" → "Sign out" beside every account, and
    // succeed only when no account is offered any more.
    forgetRemembered: {
      startPath: ACCOUNT_PICKER_PATH,
      steps: [
        { action: 'waitFor', target: { css: [PICKER] }, timeoutMs: 10_000 },
        {
          // Shown only while the switcher holds an account. Its selector is not known: by its label.
          action: 'click',
          target: {
            text: { en: ['Manage', 'Manage accounts'], pl: ['Zarządzaj', 'Zarządzaj kontami'], de: ['Verwalten', 'Konten verwalten'] },
          },
          timeoutMs: 3_000,
          optional: true,
        },
        {
          // Exact labels only (click-all matches whole texts), and only inside the picker.
          action: 'click',
          all: true,
          target: {
            within: PICKER,
            text: {
              en: ['Sign out', 'Sign Out', 'Remove'],
              pl: ['Wyloguj', 'Wyloguj się', 'Usuń'],
              de: ['Abmelden', 'Entfernen'],
            },
          },
          timeoutMs: 5_000,
        },
        {
          action: 'waitFor',
          state: 'absent',
          target: { css: [`${PICKER} .cvf-account-switcher-claim`, `${PICKER} [data-name="switch_account_request"]`] },
          timeoutMs: 8_000,
        },
      ],
    },
  },
  accountCheck: { url: '/gp/css/homepage.html', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://github.com/alexdlaird/amazon-orders',
        note: 'Saved amazon.com pages: #nav-link-accountList with data-nav-ref, flyout rendered from script with #nav-item-signout; GET sign-out URL.',
      },
      {
        url: 'https://github.com/alexdlaird/amazon-orders/tree/5a8154e3cb21ce58d17b29862bec57d777d825b7/tests/resources',
        note: 'npm run check:pages (HIGH): 4 signed-in amazon.com pages saved 2025 (orders/order-history-2018-0, -2024-0, order-details-111-6778632-7354601, transactions/transactions-in-progress) carry a#nav-link-accountList[href*="/gp/css/homepage.html"], greeting in #nav-link-accountList-nav-line-1; signed-out index.html (@83c4076f) and auth/unauth-index.html (@5d7842cc) carry neither. A 2020 signed-in page saying nav_ya_signin (issue #17) was not re-located: unconfirmed, and the marker does not rely on it.',
      },
      {
        url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R',
        note: 'Switch Accounts help: not advised on shared computers; per browser, up to 10 accounts.',
      },
      {
        url: 'https://gitlab.com/woob/woob',
        note: 'Amazon module: account picker #ap-account-switcher-container, cards posting to /ap/switchaccount, .cvf-account-switcher-claim, #cvf-account-switcher-add-accounts-link (one scraper module, not on a saved page: MEDIUM).',
      },
    ],
    checked: '2026-12-06',
    forgetRemembered: [
      {
        part: 'where',
        confidence: 'medium',
        sources: [{ url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R', note: 'Switch Accounts keeps the accounts in a per-browser picker (#ap-account-switcher-container in the woob Amazon module); not advised on shared computers.' }],
      },
      {
        part: 'remove',
        confidence: 'low',
        sources: [{ url: 'https://github.com/alexdlaird/amazon-orders', note: 'A "Manage" mode and a removed-account state exist (class …-after-account-removed, seed-sites-evidence.md); the labels "Manage"/"Sign out"/"Remove" are not on a saved page: the flow succeeds only when no card is left.' }],
      },
      {
        part: 'storage',
        confidence: 'medium',
        sources: [{ url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R', note: '"browser specific, and limited to a maximum of 10 accounts per browser" (Amazon help): kept for this browser.' }],
      },
    ],
    accountCheck: {
      confidence: 'medium',
      sources: [
        {
          url: 'https://www.amazon.com/gp/css/homepage.html',
          note: 'Saved real pages (alexdlaird/amazon-orders tests/resources, 2025): signed in, the nav links "Your Account" to /gp/css/homepage.html (data-nav-ref nav_youraccount_btn); signed out the same control links to /ap/signin. amazon-orders treats being sent to /ap/signin as "not authenticated".',
        },
      ],
    },
  },
};
