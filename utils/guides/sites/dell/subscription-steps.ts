import type { Condition, GuideInput } from '../../schema';

/**
 * What both Dell guides share: the pages they recognise, the ways a cancellation ends, and the steps from the account
 * (or the Digital Locker's address, which lands in it) to the Cancel button. Dell KB 000126747; issue 21,
 * research/seed-sites-evidence.md.
 */

export const SOURCE = {
  kb: 'https://www.dell.com/support/kbdoc/en-us/000126747/how-to-cancel-consumer-subscription-service-warranty (English labels: Subscriptions, Manage Subscriptions, View, Action, Consumer Subscription Services, Update/Cancel, Cancel; ProSupport not online)',
  kbPl: 'KB 000126747 in Polish (the seed; Dell marks it as possibly machine-translated, screenshots in English): Subskrypcje, Zarządzaj subskrypcjami, Wyświetl, Działania, Aktualizuj/Anuluj, Anuluj',
  lockerMoved: 'Dell: “Your Dell MyAccount now provides the functions formerly found within the Dell Digital Locker”; newer KB 000126747 versions list only the Dell-account route',
  myAccountNaming: 'dell.com MyAccount markup in public automation: #ma__card-managesubscription, data-test-id="ma__nav__…", /myaccount/<locale>/home/software-and-subscriptions',
  masthead: 'saved dell.com en-us page: .mh-myaccount (class auth when signed in), #um-si-label, My Account //www.dell.com/myaccount/<locale>',
  signInForms: 'Dell sign-in forms in public scripts: #frmSignIn / input[name="EmailAddress"] (older), #SignInModel_EmailAddress, #userPwd_UserInputSecret, #btnSignIn (newer)',
} as const;

/** A sign-in form (older or newer), or the masthead without its signed-in class. */
export const DELL_SIGNED_OUT: Condition = {
  anyOf: [
    { present: { css: ['#frmSignIn', 'input[name="EmailAddress"]', '#SignInModel_EmailAddress', '#userPwd_UserInputSecret'] } },
    { allOf: [{ present: { css: ['.mh-myaccount'] } }, { absent: { css: ['.mh-myaccount.auth'] } }] },
  ],
};

export const SUBSCRIPTIONS_AREA: Condition = { url: ['/software-and-subscriptions'] };
export const ACCOUNT_AREA: Condition = { url: ['/myaccount'] };

const SUBSCRIPTIONS_LINK = {
  css: ['a[href*="/home/software-and-subscriptions"]', '[data-test-id^="ma__nav__"][href*="subscription"]'],
  text: { en: ['Subscriptions', 'Software & Subscriptions'], pl: ['Subskrypcje'], de: ['Abonnements'] },
};
const MANAGE_TEXT = { en: ['Manage Subscriptions', 'Manage Subscription'], pl: ['Zarządzaj subskrypcjami'], de: ['Abonnements verwalten'] };
const MANAGE_CARD = { css: ['#ma__card-managesubscription'], text: MANAGE_TEXT };
const VIEW = { css: ['#ma__card-managesubscription a[href]'], text: { en: ['View'], pl: ['Wyświetl'], de: ['Anzeigen'] } };
const CONSUMER_LINK = { text: { en: ['Consumer Subscription Services'] } };
const ACTION_BUTTON = { text: { en: ['Action', 'Actions'], pl: ['Działania', 'Akcja'], de: ['Aktion', 'Aktionen'] } };
const MENU = '[role="menu"]:not([hidden])';
const MANAGE_IN_MENU = { within: MENU, text: MANAGE_TEXT };
const UPDATE_CANCEL = { text: { en: ['Update/Cancel', 'Update / Cancel'], pl: ['Aktualizuj/Anuluj'], de: ['Aktualisieren/Kündigen'] } };
/** The seed's Digital Locker dashboard: its "Subscriptions" tab (by label, inside the tab list). */
const LOCKER_TAB = { within: '[role="tablist"]', text: { en: ['Subscriptions'], pl: ['Subskrypcje'], de: ['Abonnements'] } };
/** The Digital Locker's Service Tag link (the seed's route; its markup is not public). */
const SERVICE_TAG_LINK = { css: ['a[href*="service-tag" i]', 'a[href*="servicetag" i]'] };

/** The details page both routes end on: service, Service Tag and billing plan (KB 000126747, step 6/7). */
const DETAILS_PAGE: Condition = {
  allOf: [
    { text: { en: ['Service Tag'], pl: ['Service Tag'] } },
    { text: { en: ['Billing plan', 'Billing Plan'], pl: ['Plan fakturowania'], de: ['Abrechnungsplan'] } },
    { absent: UPDATE_CANCEL },
    { absent: SERVICE_TAG_LINK },
  ],
};
const CANCEL_BUTTON = {
  within: 'main',
  text: { en: ['Cancel', 'Cancel Subscription'], pl: ['Anuluj', 'Anuluj subskrypcję'], de: ['Kündigen'] },
};

/** How a cancellation ends: confirmed on the page, or — with no Cancel button — why not (KB 000126747). */
export const DELL_ENDINGS: GuideInput['endings'] = [
  {
    id: 'cancelled',
    outcome: 'completed',
    when: {
      text: {
        en: ['Your subscription has been cancelled', 'Your subscription has been canceled'],
        pl: ['Subskrypcja została anulowana'],
        de: ['Ihr Abonnement wurde gekündigt'],
      },
    },
    message: {
      en: 'Dell confirmed on the page that the subscription is cancelled.',
      pl: 'Dell potwierdził na stronie, że subskrypcja została anulowana.',
    },
    confirmation: ['[role="status"]', '.dds__message-bar', 'main h1'],
  },
  {
    id: 'already-cancelled',
    outcome: 'stopped',
    when: { allOf: [DETAILS_PAGE, { absent: CANCEL_BUTTON }, { text: { en: ['Cancelled', 'Canceled'], pl: ['Anulowana'], de: ['Gekündigt'] }, within: 'main' }] },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button, and the subscription’s status says Cancelled: it was most likely cancelled already. Nothing more to do.',
      pl: 'Nie ma przycisku Anuluj, a status subskrypcji to Anulowana: najpewniej została już anulowana. Nie trzeba nic więcej robić.',
    },
  },
  {
    id: 'prosupport',
    outcome: 'stopped',
    when: { allOf: [DETAILS_PAGE, { absent: CANCEL_BUTTON }, { text: { en: ['ProSupport'] }, within: 'main' }] },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button: this is a ProSupport plan, and ProSupport, ProSupport Plus and ProSupport Flex cannot be cancelled online. Contact Dell customer care (order support) to cancel it.',
      pl: 'Nie ma przycisku Anuluj: to plan ProSupport, a planów ProSupport, ProSupport Plus i ProSupport Flex nie można anulować online. Aby go anulować, skontaktuj się z działem obsługi klienta Dell (pomoc dotycząca zamówień).',
    },
  },
  {
    id: 'not-eligible',
    outcome: 'stopped',
    when: { allOf: [DETAILS_PAGE, { absent: CANCEL_BUTTON }] },
    stableMs: 2_500,
    message: {
      en: 'There is no Cancel button, so Dell does not let this subscription be cancelled online: it is not eligible, or it was cancelled already. ProSupport plans are cancelled through Dell customer care.',
      pl: 'Nie ma przycisku Anuluj, więc Dell nie pozwala anulować tej subskrypcji online: nie kwalifikuje się albo została już anulowana. Plany ProSupport anuluje się przez dział obsługi klienta Dell.',
    },
  },
];

type Step = GuideInput['steps'][number];

/** From the account (or the Digital Locker's address, which lands in it) to the Cancel button: one list for both guides. */
export const SUBSCRIPTION_STEPS: Step[] = [
  {
    id: 'subscriptions',
    kind: 'safe',
    instruction: { en: 'In the left panel, click “Subscriptions”.', pl: 'W lewym panelu kliknij „Subskrypcje”.' },
    at: { allOf: [{ anyOf: [ACCOUNT_AREA, SUBSCRIPTIONS_AREA] }, { absent: ACTION_BUTTON }, { absent: MANAGE_CARD }, { absent: CONSUMER_LINK }] },
    done: { anyOf: [{ present: MANAGE_CARD }, { present: ACTION_BUTTON }] },
    target: SUBSCRIPTIONS_LINK,
    alternatives: [
      {
        // The seed's Digital Locker dashboard: a "Subscriptions" tab.
        when: { present: LOCKER_TAB },
        instruction: { en: 'Open the “Subscriptions” tab (Dell Digital Locker).', pl: 'Otwórz kartę „Subskrypcje” (Dell Digital Locker).' },
        target: LOCKER_TAB,
      },
    ],
    doItForMe: { action: 'click' },
    manual: {
      en: 'On your Dell account (MyAccount), click “Subscriptions” on the left, or open dell.com/myaccount and choose it there.',
      pl: 'Na koncie Dell (MyAccount) kliknij „Subskrypcje” po lewej stronie albo otwórz dell.com/myaccount i wybierz je tam.',
    },
    provenance: { evidence: 'source', sources: [SOURCE.myAccountNaming, SOURCE.kb, SOURCE.kbPl], note: 'Polish label only from the machine-translated KB.' },
  },
  {
    id: 'manage-subscriptions',
    kind: 'safe',
    instruction: { en: 'Click “Manage Subscriptions”.', pl: 'Kliknij „Zarządzaj subskrypcjami” (po angielsku „Manage Subscriptions”).' },
    at: { allOf: [SUBSCRIPTIONS_AREA, { present: MANAGE_CARD }] },
    done: { present: VIEW },
    target: MANAGE_CARD,
    doItForMe: { action: 'click' },
    manual: { en: 'On the subscriptions page, click the card “Manage Subscriptions”.', pl: 'Na stronie subskrypcji kliknij kartę zarządzania subskrypcjami.' },
    provenance: { evidence: 'source', sources: [SOURCE.myAccountNaming, SOURCE.kb, SOURCE.kbPl] },
  },
  {
    id: 'view',
    kind: 'safe',
    instruction: { en: 'Click “View”.', pl: 'Kliknij „Wyświetl” (po angielsku „View”).' },
    at: { allOf: [SUBSCRIPTIONS_AREA, { present: VIEW }] },
    target: VIEW,
    doItForMe: { action: 'click' },
    manual: { en: 'Under “Manage Subscriptions”, click “View”.', pl: 'W karcie zarządzania subskrypcjami kliknij przycisk wyświetlania.' },
    provenance: { evidence: 'source', sources: [SOURCE.myAccountNaming, SOURCE.kb, SOURCE.kbPl] },
  },
  {
    id: 'consumer-subscription',
    kind: 'safe',
    instruction: {
      en: 'Click “Consumer Subscription Services” (the consumer support subscription, such as Premium Support).',
      pl: 'Kliknij „Consumer Subscription Services” (subskrypcja wsparcia dla klientów indywidualnych, np. Premium Support).',
    },
    at: { allOf: [SUBSCRIPTIONS_AREA, { anyOf: [{ present: CONSUMER_LINK }, { present: ACTION_BUTTON }] }] },
    done: { present: MANAGE_IN_MENU },
    target: CONSUMER_LINK,
    alternatives: [
      {
        when: { absent: CONSUMER_LINK },
        instruction: {
          en: 'On the consumer subscription (Premium Support…), press “Action”.',
          pl: 'Przy subskrypcji dla klientów indywidualnych (Premium Support…) naciśnij przycisk akcji (po angielsku „Action”).',
        },
        target: ACTION_BUTTON,
      },
    ],
    doItForMe: { action: 'click' },
    manual: {
      en: 'In the list of hardware and software subscriptions, click “Consumer Subscription Services”, or open the consumer subscription’s “Action” button.',
      pl: 'Na liście subskrypcji sprzętu i oprogramowania kliknij „Consumer Subscription Services” albo otwórz przycisk akcji subskrypcji dla klientów indywidualnych.',
    },
    provenance: { evidence: 'source', sources: [SOURCE.kb, SOURCE.kbPl], note: 'Labels only; the list’s markup is not public.' },
  },
  {
    id: 'manage',
    kind: 'safe',
    instruction: { en: 'Choose “Manage Subscriptions”.', pl: 'Wybierz „Zarządzaj subskrypcjami” (po angielsku „Manage Subscriptions”).' },
    at: { present: MANAGE_IN_MENU },
    target: MANAGE_IN_MENU,
    doItForMe: { action: 'click' },
    manual: { en: 'In the action menu, click “Manage Subscriptions”.', pl: 'W menu akcji kliknij pozycję zarządzania subskrypcjami.' },
    provenance: { evidence: 'source', sources: [SOURCE.kb, SOURCE.kbPl] },
  },
  {
    id: 'update-cancel',
    kind: 'safe',
    instruction: { en: 'Click “Update/Cancel”.', pl: 'Kliknij „Aktualizuj/Anuluj” (po angielsku „Update/Cancel”).' },
    at: { anyOf: [{ present: UPDATE_CANCEL }, { present: SERVICE_TAG_LINK }] },
    target: UPDATE_CANCEL,
    alternatives: [
      {
        // The seed's Digital Locker: the subscription's page links its Service Tag instead.
        when: { allOf: [{ absent: UPDATE_CANCEL }, { present: SERVICE_TAG_LINK }] },
        instruction: { en: 'Scroll down to the Service Tag and click its number.', pl: 'Przewiń w dół do kodu Service Tag i kliknij jego numer.' },
        target: SERVICE_TAG_LINK,
      },
    ],
    doItForMe: { action: 'click' },
    manual: {
      en: 'On the subscription’s page, click “Update/Cancel” (in Dell Digital Locker: the Service Tag number at the bottom).',
      pl: 'Na stronie subskrypcji kliknij przycisk aktualizacji i anulowania (w Dell Digital Locker: numer Service Tag na dole strony).',
    },
    provenance: {
      evidence: 'source',
      sources: [SOURCE.kb, SOURCE.kbPl],
      note: 'The Digital Locker’s Service Tag link is found by its address only (no evidence of its markup); the manual text covers it.',
    },
  },
  {
    id: 'cancel',
    kind: 'final',
    instruction: {
      en: 'Check the service, Service Tag and billing plan, then press “Cancel” if this is the subscription to end.',
      pl: 'Sprawdź usługę, kod Service Tag i plan fakturowania, a potem naciśnij przycisk anulowania (po angielsku „Cancel”), jeśli to ta subskrypcja.',
    },
    at: DETAILS_PAGE,
    target: CANCEL_BUTTON,
    manual: {
      en: 'On the subscription details page, press “Cancel”. The button is shown only if the subscription can be cancelled online.',
      pl: 'Na stronie szczegółów subskrypcji naciśnij przycisk anulowania. Przycisk jest widoczny tylko wtedy, gdy subskrypcję można anulować online.',
    },
    provenance: { evidence: 'source', sources: [SOURCE.kb, SOURCE.kbPl] },
  },
];
