import type { GuideInput } from '../../guides/schema';
import type { RecipeInput } from '../schema';

/**
 * Dell (www.dell.com). Sign-out: the masthead's account button opens a menu on hover whose "Sign Out" link
 * (`.auth-signout a.logout`) GETs the identity service's session logout URL. Guides: cancelling a consumer support
 * subscription (Dell KB 000126747), by both routes the KB gives.
 */

/** Dell's sign-in form, the Digital Locker's "Sign In" button, or the masthead's "Sign In" label. */
const DELL_SIGNED_OUT: GuideInput['signedOut'] = {
  anyOf: [
    { present: { css: ['#frmSignIn', 'input[name="EmailAddress"]', '#ddl-sign-in'] } },
    { text: { en: ['Sign In'], pl: ['Zaloguj się', 'Logowanie'] }, within: '#um-si-label' },
  ],
};

/** The details page both routes end on (service, Service Tag, billing plan). */
const DETAILS_PAGE = { css: ['[data-subscription-details]'] };
const CANCEL_BUTTON = {
  within: '[data-subscription-details]',
  css: ['#subscription-cancel', 'button[value="cancel"]'],
  text: { en: ['Cancel', 'Cancel Subscription'], pl: ['Anuluj', 'Anuluj subskrypcję'] },
};

/** How a cancellation ends: confirmed on the page, or — with no Cancel button — why not (KB 000126747). */
const DELL_ENDINGS: GuideInput['endings'] = [
  {
    id: 'cancelled',
    outcome: 'completed',
    when: {
      anyOf: [
        { present: { css: ['#subscription-cancel-confirmation'] } },
        { text: { en: ['Your subscription has been cancelled'], pl: ['Subskrypcja została anulowana'] } },
      ],
    },
    message: {
      en: 'Dell confirmed on the page that the subscription is cancelled.',
      pl: 'Dell potwierdził na stronie, że subskrypcja została anulowana.',
    },
    confirmation: ['#subscription-cancel-confirmation', '.dds__message-bar'],
  },
  {
    id: 'already-cancelled',
    outcome: 'stopped',
    when: {
      allOf: [
        { present: DETAILS_PAGE },
        { absent: CANCEL_BUTTON },
        { anyOf: [{ present: { css: ['[data-subscription-details][data-status="cancelled"]'] } }, { text: { en: ['Cancelled'], pl: ['Anulowana'] }, within: '[data-subscription-details]' }] },
      ],
    },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button, and the subscription’s status says Cancelled: it was most likely cancelled already. Nothing more to do.',
      pl: 'Nie ma przycisku Anuluj, a status subskrypcji to Anulowana: najpewniej została już anulowana. Nie trzeba nic więcej robić.',
    },
  },
  {
    id: 'prosupport',
    outcome: 'stopped',
    when: { allOf: [{ present: DETAILS_PAGE }, { absent: CANCEL_BUTTON }, { text: { en: ['ProSupport'] }, within: '[data-subscription-details]' }] },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button: this is a ProSupport plan, and ProSupport, ProSupport Plus and ProSupport Flex cannot be cancelled online. Contact Dell customer care (order support) to cancel it.',
      pl: 'Nie ma przycisku Anuluj: to plan ProSupport, a planów ProSupport, ProSupport Plus i ProSupport Flex nie można anulować online. Aby go anulować, skontaktuj się z działem obsługi klienta Dell (pomoc dotycząca zamówień).',
    },
  },
  {
    id: 'not-eligible',
    outcome: 'stopped',
    when: { allOf: [{ present: DETAILS_PAGE }, { absent: CANCEL_BUTTON }] },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button, so Dell does not let this subscription be cancelled online: it is not eligible, or it was cancelled already. ProSupport plans are cancelled through Dell customer care.',
      pl: 'Nie ma przycisku Anuluj, więc Dell nie pozwala anulować tej subskrypcji online: nie kwalifikuje się albo została już anulowana. Plany ProSupport anuluje się przez dział obsługi klienta Dell.',
    },
  },
];

const CANCEL_STEP: GuideInput['steps'][number] = {
  id: 'cancel',
  kind: 'final',
  instruction: {
    en: 'Check the service, Service Tag and billing plan, then press “Cancel” if this is the subscription to end.',
    pl: 'Sprawdź usługę, kod Service Tag i plan fakturowania, a potem naciśnij „Anuluj”, jeśli to ta subskrypcja.',
  },
  at: { present: DETAILS_PAGE },
  target: CANCEL_BUTTON,
  manual: {
    en: 'On the subscription details page, press “Cancel”. The button is shown only if the subscription can be cancelled online.',
    pl: 'Na stronie szczegółów subskrypcji naciśnij „Anuluj”. Przycisk jest widoczny tylko wtedy, gdy subskrypcję można anulować online.',
  },
};

const ACTION_BUTTON_TEXT = { en: ['Action', 'Actions'], pl: ['Działania', 'Akcja'] };
const MANAGE_TEXT = { en: ['Manage Subscriptions', 'Manage Subscription'], pl: ['Zarządzaj subskrypcjami'] };

const cancelViaDigitalLocker: GuideInput = {
  id: 'cancel-support-digital-locker',
  kind: 'cancel-subscription',
  title: { en: 'Cancel a Dell support subscription (Digital Locker)', pl: 'Anuluj subskrypcję wsparcia Dell (Digital Locker)' },
  description: {
    en: 'Dell Digital Locker → Subscriptions → Action → Manage Subscriptions → Service Tag → Cancel. For Premium Support, Premium Support Plus and APEX Device Manage; ProSupport plans are cancelled through Dell customer care.',
    pl: 'Dell Digital Locker → Subskrypcje → Działania → Zarządzaj subskrypcjami → Service Tag → Anuluj. Dla Premium Support, Premium Support Plus i APEX Device Manage; plany ProSupport anuluje się przez dział obsługi klienta Dell.',
  },
  menuLabel: { en: 'Cancel support subscription (Digital Locker)…', pl: 'Anuluj subskrypcję wsparcia (Digital Locker)…' },
  what: { en: 'Dell consumer support subscription', pl: 'Subskrypcja wsparcia Dell dla klientów indywidualnych' },
  startPath: '/support/software-and-subscriptions',
  signedOut: DELL_SIGNED_OUT,
  steps: [
    {
      id: 'open-locker',
      kind: 'safe',
      instruction: { en: 'Open Dell Digital Locker.', pl: 'Otwórz Dell Digital Locker.' },
      done: { url: ['/software-and-subscriptions'] },
      target: { css: ['a[href*="/software-and-subscriptions"]'] },
      doItForMe: { action: 'navigate', path: '/support/software-and-subscriptions' },
      manual: {
        en: 'Open dell.com/support/software-and-subscriptions and sign in with the e-mail you bought the product with.',
        pl: 'Otwórz dell.com/support/software-and-subscriptions i zaloguj się adresem e-mail użytym przy zakupie.',
      },
    },
    {
      id: 'subscriptions-tab',
      kind: 'safe',
      instruction: { en: 'Open the “Subscriptions” tab.', pl: 'Otwórz kartę „Subskrypcje”.' },
      at: { url: ['/software-and-subscriptions'] },
      done: { present: { css: ['[data-ddl-panel="subscriptions"]'] } },
      target: { css: ['[role="tab"][data-tab="subscriptions"]'], text: { en: ['Subscriptions'], pl: ['Subskrypcje'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'On the Digital Locker dashboard, click “Subscriptions”.', pl: 'Na pulpicie Digital Locker kliknij „Subskrypcje”.' },
    },
    {
      id: 'action',
      kind: 'safe',
      instruction: {
        en: 'On the consumer subscription (Premium Support…), press “Action”.',
        pl: 'Przy subskrypcji dla klientów indywidualnych (Premium Support…) naciśnij „Działania”.',
      },
      at: { present: { css: ['[data-ddl-panel="subscriptions"]'] } },
      done: { present: { css: ['[data-subscription-type="consumer"] .ddl-manage'] } },
      target: { css: ['[data-subscription-type="consumer"] .ddl-action'], text: ACTION_BUTTON_TEXT },
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the list, find the consumer subscription service and click its action button.',
        pl: 'Na liście znajdź usługę subskrypcji dla klientów indywidualnych i kliknij jej przycisk akcji.',
      },
    },
    {
      id: 'manage',
      kind: 'safe',
      instruction: { en: 'Choose “Manage Subscriptions”.', pl: 'Wybierz „Zarządzaj subskrypcjami”.' },
      at: { present: { css: ['[data-subscription-type="consumer"] .ddl-manage'] } },
      target: { css: ['[data-subscription-type="consumer"] .ddl-manage'], text: MANAGE_TEXT },
      doItForMe: { action: 'click' },
      manual: { en: 'In the action menu, click “Manage Subscriptions”.', pl: 'W menu akcji kliknij „Zarządzaj subskrypcjami”.' },
    },
    {
      id: 'service-tag',
      kind: 'safe',
      instruction: {
        en: 'Scroll down to the Service Tag and click its number.',
        pl: 'Przewiń w dół do kodu Service Tag i kliknij jego numer.',
      },
      at: { present: { css: ['a.ddl-service-tag', 'a[href*="/service-tag/"]'] } },
      target: { css: ['a.ddl-service-tag', 'a[href*="/service-tag/"]'] },
      doItForMe: { action: 'click' },
      manual: {
        en: 'At the bottom of the subscription’s page, click the Service Tag number.',
        pl: 'Na dole strony subskrypcji kliknij numer Service Tag.',
      },
    },
    CANCEL_STEP,
  ],
  endings: DELL_ENDINGS,
};

const cancelViaDellAccount: GuideInput = {
  id: 'cancel-support-dell-account',
  kind: 'cancel-subscription',
  title: { en: 'Cancel a Dell support subscription (Dell account)', pl: 'Anuluj subskrypcję wsparcia Dell (konto Dell)' },
  description: {
    en: 'Dell account → Subscriptions → Manage Subscriptions → View → Action → Manage Subscriptions → Update/Cancel → Cancel. ProSupport plans are cancelled through Dell customer care.',
    pl: 'Konto Dell → Subskrypcje → Zarządzaj subskrypcjami → Wyświetl → Działania → Zarządzaj subskrypcjami → Aktualizuj/Anuluj → Anuluj. Plany ProSupport anuluje się przez dział obsługi klienta Dell.',
  },
  menuLabel: { en: 'Cancel support subscription (Dell account)…', pl: 'Anuluj subskrypcję wsparcia (konto Dell)…' },
  what: { en: 'Dell consumer support subscription', pl: 'Subskrypcja wsparcia Dell dla klientów indywidualnych' },
  startPath: '/myaccount',
  signedOut: DELL_SIGNED_OUT,
  steps: [
    {
      id: 'open-account',
      kind: 'safe',
      instruction: { en: 'Open your Dell account.', pl: 'Otwórz swoje konto Dell.' },
      done: { url: ['/myaccount'] },
      target: { css: ['a[href="/myaccount"]'] },
      doItForMe: { action: 'navigate', path: '/myaccount' },
      manual: { en: 'Open dell.com/myaccount and sign in.', pl: 'Otwórz dell.com/myaccount i zaloguj się.' },
    },
    {
      id: 'subscriptions',
      kind: 'safe',
      instruction: { en: 'In the left panel, click “Subscriptions”.', pl: 'W lewym panelu kliknij „Subskrypcje”.' },
      at: { present: { css: ['#myaccount-nav'] } },
      done: { url: ['/myaccount/subscriptions'] },
      target: { css: ['#myaccount-nav a[data-nav="subscriptions"]', 'a[href$="/myaccount/subscriptions"]'], text: { en: ['Subscriptions'], pl: ['Subskrypcje'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'On your account’s dashboard, click “Subscriptions” on the left.', pl: 'Na pulpicie konta kliknij „Subskrypcje” po lewej stronie.' },
    },
    {
      id: 'manage-subscriptions',
      kind: 'safe',
      instruction: { en: 'Click “Manage Subscriptions”.', pl: 'Kliknij „Zarządzaj subskrypcjami”.' },
      at: { present: { css: ['#ma-manage-subscriptions'] } },
      done: { present: { css: ['#ma-view-subscriptions'] } },
      target: { css: ['#ma-manage-subscriptions'], text: MANAGE_TEXT },
      doItForMe: { action: 'click' },
      manual: { en: 'Click “Manage Subscriptions”.', pl: 'Kliknij „Zarządzaj subskrypcjami”.' },
    },
    {
      id: 'view',
      kind: 'safe',
      instruction: { en: 'Click “View”.', pl: 'Kliknij „Wyświetl”.' },
      at: { present: { css: ['#ma-view-subscriptions'] } },
      target: { css: ['#ma-view-subscriptions'], text: { en: ['View'], pl: ['Wyświetl'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'Under “Manage Subscriptions”, click “View”.', pl: 'W sekcji „Zarządzaj subskrypcjami” kliknij „Wyświetl”.' },
    },
    {
      id: 'action',
      kind: 'safe',
      instruction: {
        en: 'On the consumer subscription, press “Action” (or click “Consumer Subscription Services”).',
        pl: 'Przy subskrypcji dla klientów indywidualnych naciśnij „Działania” (albo kliknij „Consumer Subscription Services”).',
      },
      at: { present: { css: ['[data-ma-panel="subscriptions"]'] } },
      done: { present: { css: ['[data-subscription-type="consumer"] .ma-manage'] } },
      target: { css: ['[data-subscription-type="consumer"] .ma-action'], text: ACTION_BUTTON_TEXT },
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the list of hardware and software subscriptions, open the consumer subscription’s action button, or click “Consumer Subscription Services”.',
        pl: 'Na liście subskrypcji sprzętu i oprogramowania otwórz przycisk akcji subskrypcji dla klientów indywidualnych albo kliknij „Consumer Subscription Services”.',
      },
    },
    {
      id: 'manage',
      kind: 'safe',
      instruction: { en: 'Choose “Manage Subscriptions”.', pl: 'Wybierz „Zarządzaj subskrypcjami”.' },
      at: { present: { css: ['[data-subscription-type="consumer"] .ma-manage'] } },
      target: { css: ['[data-subscription-type="consumer"] .ma-manage'], text: MANAGE_TEXT },
      doItForMe: { action: 'click' },
      manual: { en: 'In the action menu, click “Manage Subscriptions”.', pl: 'W menu akcji kliknij „Zarządzaj subskrypcjami”.' },
    },
    {
      id: 'update-cancel',
      kind: 'safe',
      instruction: { en: 'Click “Update/Cancel”.', pl: 'Kliknij „Aktualizuj/Anuluj”.' },
      at: { present: { css: ['#ma-update-cancel'] } },
      target: { css: ['#ma-update-cancel'], text: { en: ['Update/Cancel'], pl: ['Aktualizuj/Anuluj'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'On the subscription’s page, click “Update/Cancel”.', pl: 'Na stronie subskrypcji kliknij „Aktualizuj/Anuluj”.' },
    },
    CANCEL_STEP,
  ],
  endings: DELL_ENDINGS,
};

export const dell: RecipeInput = {
  id: 'dell',
  name: 'Dell',
  // No source names Dell's login cookie: di_session is a guess (LOW). di_c is the remembered-device token (kept after
  // sign-out) and DellCEMSession every visitor's, so neither can tell a session.
  sites: [{ domain: 'dell.com', origin: 'https://www.dell.com', authCookies: ['di_session'] }],
  detect: {
    // Signed in, the masthead's account button leads to My Account and shows the first name.
    signedIn: { css: ['.mh-myaccount a.mh-myaccount-btn[href="/myaccount"]'] },
    accountName: { target: { css: ['#um-si-label'] } },
  },
  signOut: [
    {
      kind: 'steps',
      startPath: '/',
      steps: [
        { action: 'hover', target: { css: ['.mh-myaccount-btn', '#um-si-label'] }, timeoutMs: 3_000 },
        {
          action: 'click',
          target: {
            css: ['.auth-signout a.logout', 'a.logout[href*="/session/logout"]'],
            text: { en: ['Sign Out', 'Sign out'], pl: ['Wyloguj się', 'Wyloguj'], de: ['Abmelden'] },
          },
          timeoutMs: 8_000,
        },
      ],
    },
    // The address on the saved page; whether its id is the same for everyone is unknown, so the menu comes first.
    { kind: 'url', path: '/di/v3/fp/session/logout/2c742395-6cc1-4e68-ba00-fdceae72418b?redirect_uri=' },
  ],
  guides: [cancelViaDigitalLocker, cancelViaDellAccount],
  accountCheck: { url: '/myaccount', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://www.dell.com/support/kbdoc/en-us/000126747/how-to-cancel-consumer-subscription-service-warranty',
        note: 'KB 000126747 (the seed, Polish): both cancellation routes; Cancel shown only when eligible; ProSupport through customer care. Page selectors are not known: by label and structure.',
      },
      {
        url: 'https://www.dell.com/en-us',
        note: 'Saved dell.com page (research): masthead .mh-myaccount, #um-si-label, hover menu with .auth-signout a.logout to /di/v3/fp/session/logout/<id>?redirect_uri= (HIGH for markup, MEDIUM that a plain GET works). Cookie di_c is a remembered-device JWT (research, LOW-MEDIUM); the login cookie di_session is invented (LOW): verification decides.',
      },
    ],
    checked: '2026-11-21',
    accountCheck: {
      confidence: 'low',
      sources: [
        {
          url: 'https://www.dell.com/myaccount',
          note: 'A saved dell.com page links My Account to //www.dell.com/myaccount/<locale> (seed-sites-evidence.md); that it redirects guests to /identity/global/loginorregister is inferred from the masthead’s sign-in link (LOW).',
        },
      ],
    },
  },
};
