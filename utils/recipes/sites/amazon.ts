import type { Condition, GuideInput } from '../../guides/schema';
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

// ——— Guides: cancelling Prime and closing the account (utils/guides/schema.ts) ———
// What the sites show today, with sources: research/seed-sites-evidence.md (issue 21). The seed (a machine translation
// of a pre-2022 Italian guide) is older than the site: its chain stays recognised as an older variant, and its words
// are never the labels Signoff looks for.

/** The public sources the guides' steps name in their provenance. */
const SOURCE = {
  amazonPl2026: 'amazon.pl page saved 2026 (github.com/ArtemKozlovzky/junior-amazon-pl-scrapper-task, tests/fixtures/amazon_pl/)',
  amazonOrders: 'amazon.com pages saved 2025 (github.com/alexdlaird/amazon-orders, tests/resources/)',
  yourAccountTiles: 'saved Your Account pages: tiles div[data-card-identifier="Prime"|"YourOrders"|"SignInAndSecurity"] inside a.ya-card__whole-card-link',
  flyoutPrime: 'saved pages: the Account & Lists flyout’s “Prime Membership” link /gp/subs/primeclub/account/homepage.html',
  primePageDe2024: 'amazon.de Prime page 2024 as automated by a subscription app: .widgetMCXAccountManagementWidgetSlot, .mcx-nav__toggle, .mcx-menu__list, .mcx-menu-item__heading',
  primeGuidesEn: 'third-party English guides 2022–2026 and Amazon help GTJQ7QZY7QL2HK4Y: Manage membership → Update, cancel and more → End membership → Continue to cancel',
  primeGuidesDe: 'German guides: „Mitgliedschaft verwalten“, „Aktualisieren, kündigen und mehr“, „Mitgliedschaft beenden“, „Jetzt beenden“ / „Zum Verlängerungsdatum beenden“',
  euTwoClicks:
    'https://www.scl.org/news/12641-amazon-prime-changes-its-cancellation-practices-to-comply-with-eu-consumer-rules (European Commission, 1 July 2022: two clicks on every EU Amazon site; UK from August 2022; not the US)',
  finalChoice: 'cancellation bots and a mock of the last page: “End on <date>” / “End now” beside “Keep my membership” and “Remind me later”',
  seedPre2022: 'the seed (a pre-2022 guide): “Do not continue — end Prime benefits”, “End my benefits”, “Cancel subscription” twice',
  mobileGreeting: 'mobile-site login checks (subscription-manager webview): #nav-logobar-greeting in both states, .nav-greeting-recognized and #nav-greeting-name when signed in',
  justDeleteMe: 'https://github.com/jdm-contrib/jdm (Amazon: /privacy/data-deletion, reason, tick box, “Close My Account”, confirmation link)',
  closureGuides: '2023–2026 account-deletion guides: the confirmation link comes by e-mail or text message and is valid 5 days; “Confirm account closure”',
  helpHub: 'saved pages and 2024–2026 guides: help is the hub /hz/contact-us/foresight/hubgateway with chat; amazon.pl’s menu says „Dział Obsługi Klienta”',
} as const;

/** Signed-in markers of both layouts: the desktop account link, and the mobile greeting once it recognises someone. */
const AMAZON_SIGNED_IN_MARKERS = {
  css: ['[data-nav-ref="nav_youraccount_btn"]', '#nav-logobar-greeting.nav-greeting-recognized', '#nav-greeting-name'],
};

/**
 * Amazon shows a sign-in form, or greets an anonymous visitor ("Hello, sign in"). The mobile layout's
 * `#nav-logobar-greeting` is there signed in too, so it counts only without the signed-in markers.
 */
const AMAZON_SIGNED_OUT: Condition = {
  anyOf: [
    { present: { css: ['form[name="signIn"]'] } },
    {
      allOf: [
        { present: { css: ['[data-nav-ref="nav_ya_signin"]', '#nav-logobar-greeting'] } },
        { absent: AMAZON_SIGNED_IN_MARKERS },
      ],
    },
  ],
};

const CONTINUE_TO_CANCEL = {
  en: ['Continue to cancel', 'Continue to Cancel', 'Continue to Cancel My Membership', 'Continue cancelling'],
  pl: ['Kontynuuj anulowanie', 'Przejdź do anulowania'],
  de: ['Weiter zur Kündigung', 'Weiter kündigen'],
};

/** The Prime membership page, by address (the flyout's link, Prime Central) or by its widget. */
const PRIME_PAGE: Condition = {
  anyOf: [
    { url: ['/gp/primecentral', '/gp/subs/primeclub'] },
    { present: { css: ['.widgetMCXAccountManagementWidgetSlot', '.mcx-nav__toggle'] } },
  ],
};

const UPDATE_CANCEL = {
  text: { en: ['Update, cancel and more', 'Update, Cancel and More'], de: ['Aktualisieren, kündigen und mehr'], pl: ['Zmień, anuluj i więcej'] },
};

const END_MEMBERSHIP = {
  css: ['input[aria-label*="End membership"]', 'a[href*="/mc/pipelines/cancel"]'],
  text: {
    en: ['End membership', 'End Membership', 'End Membership Now', 'Do not continue — end Prime benefits'],
    de: ['Mitgliedschaft beenden'],
    pl: ['Zakończ członkostwo', 'Nie kontynuuj — zrezygnuj z korzyści Prime'],
  },
};

/** Today's last page: "End on <date>" / "End now", beside "Keep my membership" and "Remind me later". */
const END_ON = { text: { en: ['End on'], de: ['Zum Verlängerungsdatum beenden', 'Beenden am'], pl: ['Zakończ dnia', 'Zakończ w dniu'] } };
const END_NOW = { text: { en: ['End now', 'End Now'], de: ['Jetzt beenden'], pl: ['Zakończ teraz'] } };
const END_CHOICE = { text: { en: [...END_ON.text.en, ...END_NOW.text.en], de: [...END_ON.text.de, ...END_NOW.text.de], pl: [...END_ON.text.pl, ...END_NOW.text.pl] } };
const KEEP_OR_REMIND = {
  text: {
    en: ['Keep my membership', 'Keep My Membership', 'Remind me later', 'Remind Me Later'],
    de: ['Mitgliedschaft behalten', 'Später erinnern'],
    pl: ['Zachowaj członkostwo', 'Przypomnij mi później'],
  },
};
const END_CHOICE_PAGE: Condition = { allOf: [{ present: END_CHOICE }, { present: KEEP_OR_REMIND }] };

/** The seed's pre-2022 chain: "End my benefits", then "Cancel subscription", then once more in a dialog. */
const END_BENEFITS = {
  text: { en: ['End my benefits', 'End My Benefits', 'Cancel my benefits', 'Cancel My Benefits'], pl: ['Zakończ moje korzyści'], de: ['Vorteile beenden'] },
};
const CANCEL_SUBSCRIPTION_TEXT = { en: ['Cancel subscription', 'Cancel Subscription'], pl: ['Anuluj subskrypcję'], de: ['Abonnement kündigen'] };
const CONFIRM_DIALOG = '[role="dialog"]:not([hidden])';

const cancelPrime: GuideInput = {
  id: 'cancel-prime',
  kind: 'cancel-subscription',
  title: { en: 'Cancel Amazon Prime', pl: 'Anuluj Amazon Prime' },
  description: {
    en: 'Your Account → Prime → Manage membership → Update, cancel and more → End membership → “End on <date>” or “End now”. On Amazon’s EU sites that is two clicks; amazon.com may show offers first, which Signoff can decline for you. You keep the benefits until the date Amazon shows.',
    pl: 'Twoje konto → Prime → menu zarządzania członkostwem → aktualizacja i anulowanie → przycisk kończący członkostwo → wybór „zakończ w dniu…” albo „zakończ teraz”. W unijnych serwisach Amazon to dwa kliknięcia; amazon.com może najpierw pokazać oferty, które Signoff może za Ciebie odrzucić. Korzyści zachowujesz do dnia, który poda Amazon.',
  },
  menuLabel: { en: 'Cancel Prime…', pl: 'Anuluj Prime…' },
  what: { en: 'Amazon Prime membership', pl: 'Członkostwo Amazon Prime' },
  startPath: '/gp/css/homepage.html',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-account',
      kind: 'safe',
      instruction: { en: 'Open “Account & Lists” → “Your Account”.', pl: 'Otwórz „Konto i listy” → „Twoje konto”.' },
      done: { anyOf: [{ url: ['/gp/css/homepage.html'] }, PRIME_PAGE] },
      target: { css: ['[data-nav-ref="nav_youraccount_btn"]', '#nav-logobar-greeting.nav-greeting-recognized'], text: { en: ['Account & Lists'], pl: ['Konto i listy'], de: ['Konto und Listen'] } },
      doItForMe: { action: 'navigate', path: '/gp/css/homepage.html' },
      manual: {
        en: 'At the top right, click “Hello, your name — Account & Lists”. That opens Your Account.',
        pl: 'W prawym górnym rogu kliknij swoje imię nad napisem „Konto i listy”. Otworzy się strona Twoje konto.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.amazonPl2026, SOURCE.amazonOrders, SOURCE.mobileGreeting] },
    },
    {
      id: 'open-prime',
      kind: 'safe',
      instruction: { en: 'Open the “Prime” tile.', pl: 'Otwórz kafelek „Prime”.' },
      at: { url: ['/gp/css/homepage.html'] },
      // Never by the bare text "Prime": the nav bar's "Prime" is the sign-up page (/prime?ref_=nav_cs_primelink_nonmember).
      target: {
        css: ['a.ya-card__whole-card-link:has(div[data-card-identifier="Prime"])', 'div[data-card-identifier="Prime"]', 'a[href*="/gp/subs/primeclub/account/homepage.html"]'],
        text: { en: ['Prime Membership', 'Your Prime Membership'], de: ['Prime-Mitgliedschaft'], pl: ['Członkostwo Prime'] },
      },
      doItForMe: { action: 'navigate', path: '/gp/subs/primeclub/account/homepage.html' },
      manual: {
        en: 'On Your Account, click the tile called “Prime” (not the “Prime” link in the menu bar), or choose “Prime Membership” in the Account & Lists menu.',
        pl: 'Na stronie Twoje konto kliknij kafelek „Prime” (nie link „Prime” na pasku menu) albo wybierz członkostwo Prime w menu „Konto i listy”.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.yourAccountTiles, SOURCE.flyoutPrime] },
    },
    {
      id: 'manage-membership',
      kind: 'safe',
      instruction: {
        en: 'Press “Manage membership”.',
        pl: 'Naciśnij przycisk zarządzania członkostwem u góry strony Prime (po angielsku „Manage membership”).',
      },
      at: PRIME_PAGE,
      done: { anyOf: [{ present: UPDATE_CANCEL }, { present: END_MEMBERSHIP }] },
      target: {
        css: ['.mcx-nav__toggle'],
        text: { en: ['Manage membership', 'Manage Membership'], de: ['Mitgliedschaft verwalten'], pl: ['Zarządzaj członkostwem'] },
      },
      doItForMe: { action: 'click' },
      manual: {
        en: 'On the Prime membership page, open the menu “Manage membership” near the top.',
        pl: 'Na stronie członkostwa Prime otwórz u góry menu zarządzania członkostwem.',
      },
      provenance: {
        evidence: 'source',
        sources: [SOURCE.primePageDe2024, SOURCE.primeGuidesEn, SOURCE.primeGuidesDe],
        note: 'The Polish label comes only from a subscription-app catalogue (no evidence): the Polish instruction describes the control.',
      },
    },
    {
      id: 'update-cancel',
      kind: 'safe',
      instruction: {
        en: 'Press “Update, cancel and more”.',
        pl: 'W otwartym menu naciśnij pozycję aktualizacji i anulowania (po angielsku „Update, cancel and more”).',
      },
      at: { allOf: [PRIME_PAGE, { present: UPDATE_CANCEL }] },
      done: { present: END_MEMBERSHIP },
      target: UPDATE_CANCEL,
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the “Manage membership” menu, choose “Update, cancel and more”.',
        pl: 'W menu zarządzania członkostwem wybierz pozycję aktualizacji i anulowania.',
      },
      provenance: {
        evidence: 'source',
        sources: [SOURCE.primeGuidesEn, SOURCE.primeGuidesDe],
        note: 'German real text „Aktualisieren, kündigen und mehr“ (not „Ändern, …“); Polish label: no evidence.',
      },
    },
    {
      id: 'end-membership',
      kind: 'final',
      instruction: {
        en: 'Press “End membership” if you want to cancel. On Amazon’s EU sites the next page is the last one; amazon.com may show offers first.',
        pl: 'Jeśli chcesz anulować, naciśnij przycisk kończący członkostwo (po angielsku „End membership”). W unijnych serwisach Amazon następna strona jest ostatnia; amazon.com może najpierw pokazać oferty.',
      },
      at: { allOf: [PRIME_PAGE, { present: END_MEMBERSHIP }] },
      target: END_MEMBERSHIP,
      alternatives: [
        {
          // The seed's page: a left column with "Do not continue — end Prime benefits".
          when: { present: { text: { en: ['Do not continue — end Prime benefits'], pl: ['Nie kontynuuj — zrezygnuj z korzyści Prime'] } } },
          instruction: {
            en: 'This is an older Prime page: press “Do not continue — end Prime benefits” in the left column.',
            pl: 'To starsza strona Prime: naciśnij w lewej kolumnie przycisk rezygnacji z korzyści Prime.',
          },
          target: { text: { en: ['Do not continue — end Prime benefits'], pl: ['Nie kontynuuj — zrezygnuj z korzyści Prime'] } },
        },
      ],
      manual: {
        en: 'Under “Update, cancel and more”, press “End membership” (on older pages: “Do not continue — end Prime benefits” in the left column).',
        pl: 'W sekcji aktualizacji i anulowania naciśnij przycisk kończący członkostwo (na starszych stronach: przycisk rezygnacji z korzyści Prime w lewej kolumnie).',
      },
      provenance: { evidence: 'source', sources: [SOURCE.primeGuidesEn, SOURCE.primeGuidesDe, SOURCE.euTwoClicks, SOURCE.seedPre2022] },
    },
    {
      id: 'end-choice',
      kind: 'final',
      instruction: {
        en: 'Choose how Prime ends: “End on <date>” keeps the benefits until that day; “End now” ends them today (Amazon says whether it refunds). “Keep my membership” and “Remind me later” keep Prime.',
        pl: 'Wybierz, jak kończy się Prime: przycisk z datą (po angielsku „End on <data>”) zostawia korzyści do tego dnia, a przycisk natychmiastowego zakończenia („End now”) kończy je dziś (Amazon poda, czy zwróci część opłaty). Przyciski zachowania członkostwa i przypomnienia później zostawiają Prime.',
      },
      at: {
        anyOf: [
          END_CHOICE_PAGE,
          { allOf: [{ url: ['/mc/pipelines/cancel'] }, { anyOf: [{ present: END_BENEFITS }, { present: { text: CANCEL_SUBSCRIPTION_TEXT } }] }] },
        ],
      },
      // "End on <date>" first: the benefits last until the date the person already paid for.
      target: END_ON,
      alternatives: [
        { when: { allOf: [END_CHOICE_PAGE, { absent: END_ON }] }, instruction: {
          en: 'Press “End now” to end Prime today (Amazon says whether it refunds). “Keep my membership” and “Remind me later” keep Prime.',
          pl: 'Naciśnij przycisk natychmiastowego zakończenia (po angielsku „End now”), aby zakończyć Prime dziś (Amazon poda, czy zwróci część opłaty). Przyciski zachowania członkostwa i przypomnienia później zostawiają Prime.',
        }, target: END_NOW },
        {
          when: { present: { within: CONFIRM_DIALOG, text: CANCEL_SUBSCRIPTION_TEXT } },
          instruction: {
            en: 'Amazon asks “Are you sure?” (the older chain). Press “Cancel subscription” again to confirm.',
            pl: 'Amazon pyta, czy na pewno (starsza ścieżka). Naciśnij ponownie przycisk anulowania subskrypcji w okienku.',
          },
          target: { within: CONFIRM_DIALOG, text: CANCEL_SUBSCRIPTION_TEXT },
        },
        {
          when: { allOf: [{ absent: END_CHOICE }, { present: { text: CANCEL_SUBSCRIPTION_TEXT } }] },
          instruction: {
            en: 'The older chain: press “Cancel subscription”. Amazon asks once more to be sure.',
            pl: 'Starsza ścieżka: naciśnij przycisk anulowania subskrypcji. Amazon zapyta jeszcze raz, czy na pewno.',
          },
          target: { text: CANCEL_SUBSCRIPTION_TEXT },
        },
        {
          when: { present: END_BENEFITS },
          instruction: {
            en: 'The older chain: Amazon lists what you will lose. To go on, press “End my benefits” (“Keep my benefits” keeps Prime).',
            pl: 'Starsza ścieżka: Amazon wymienia, co stracisz. Aby kontynuować, naciśnij przycisk kończący korzyści (przycisk zachowania korzyści zostawia Prime).',
          },
          target: END_BENEFITS,
        },
      ],
      manual: {
        en: 'On the last page press “End on <date>” (or “End now”). On the older chain: “End my benefits”, then “Cancel subscription” twice.',
        pl: 'Na ostatniej stronie naciśnij przycisk zakończenia w dniu odnowienia (albo natychmiastowego zakończenia). W starszej ścieżce: przycisk kończący korzyści, a potem dwa razy przycisk anulowania subskrypcji.',
      },
      provenance: {
        evidence: 'source',
        sources: [SOURCE.finalChoice, SOURCE.euTwoClicks, SOURCE.seedPre2022],
        note: 'English labels confirmed; German from guides; Polish labels: no evidence (the instruction describes the buttons).',
      },
    },
  ],
  retentionOffers: [
    {
      id: 'annual-plan',
      when: {
        allOf: [
          { url: ['/mc/pipelines/cancel'] },
          { present: { text: CONTINUE_TO_CANCEL } },
          { text: { en: ['Switch to annual payments', 'annual payments'], pl: ['płatność roczną'], de: ['jährliche Zahlung'] } },
        ],
      },
      name: { en: 'a cheaper annual plan', pl: 'tańszy plan roczny' },
      decline: { text: CONTINUE_TO_CANCEL },
      declineLabel: { en: 'Continue to cancel', pl: 'Kontynuuj anulowanie' },
    },
    {
      id: 'pause',
      when: {
        allOf: [
          { url: ['/mc/pipelines/cancel'] },
          { present: { text: CONTINUE_TO_CANCEL } },
          { text: { en: ['Pause membership', 'Pause your membership'], pl: ['Wstrzymaj członkostwo'], de: ['Mitgliedschaft pausieren'] } },
        ],
      },
      name: { en: 'pausing instead of cancelling', pl: 'wstrzymanie zamiast anulowania' },
      decline: { text: CONTINUE_TO_CANCEL },
      declineLabel: { en: 'Continue to cancel', pl: 'Kontynuuj anulowanie' },
    },
    {
      // Any other page of the chain that only asks to stay: its "Continue to cancel" goes on, nothing else does.
      id: 'other-offer',
      when: { allOf: [{ url: ['/mc/pipelines/cancel'] }, { present: { text: CONTINUE_TO_CANCEL } }, { not: END_CHOICE_PAGE }] },
      name: { en: 'an offer to keep Prime', pl: 'oferta pozostania w Prime' },
      decline: { text: CONTINUE_TO_CANCEL },
      declineLabel: { en: 'Continue to cancel', pl: 'Kontynuuj anulowanie' },
    },
  ],
  endings: [
    {
      id: 'cancelled',
      outcome: 'completed',
      when: {
        allOf: [
          { not: { url: ['/gp/primecentral', '/gp/subs/primeclub'] } },
          {
            text: {
              en: ['Your Prime membership has been cancelled', 'Your Prime membership has been canceled', 'Your Prime membership has ended', 'Your membership will end on'],
              pl: ['członkostwo Prime zostało anulowane', 'członkostwo Prime zostało zakończone', 'członkostwo zakończy się'],
              de: ['Prime-Mitgliedschaft wurde gekündigt', 'Mitgliedschaft endet am'],
            },
          },
        ],
      },
      message: {
        en: 'Amazon confirmed that your Prime membership is cancelled. The page says until when you keep the benefits (or that they ended now).',
        pl: 'Amazon potwierdził anulowanie członkostwa Prime. Na stronie podano, do kiedy zachowujesz korzyści (albo że skończyły się od razu).',
      },
      confirmation: ['.a-alert-success', '.a-alert-content', 'main h1'],
    },
    {
      id: 'already-ending',
      outcome: 'stopped',
      when: {
        allOf: [
          PRIME_PAGE,
          { text: { en: ['Your membership ends on', 'membership will end on'], pl: ['członkostwo kończy się', 'członkostwo zakończy się'], de: ['Mitgliedschaft endet am'] } },
        ],
      },
      message: {
        en: 'This Prime membership is already cancelled: Amazon shows the day it ends, and there is nothing more to do.',
        pl: 'To członkostwo Prime jest już anulowane: Amazon podaje dzień jego zakończenia i nie trzeba nic więcej robić.',
      },
    },
  ],
};

/** The closure page's tick box, by the label Amazon gives it (the page's markup is not public). */
const CLOSURE_ACK = {
  text: {
    en: ['Yes, I want to permanently close my Amazon account and delete my data'],
    pl: ['Tak, chcę trwale zamknąć moje konto Amazon i usunąć moje dane'],
    de: ['Ja, ich möchte mein Amazon-Konto dauerhaft schließen und meine Daten löschen'],
  },
};
/** By structure when the label is in a language Signoff does not know: the page's only tick box. */
const CLOSURE_ACK_BY_STRUCTURE = { css: ['form label:has(input[type="checkbox"])', 'form input[type="checkbox"]'] };
const CLOSURE_REASON = { css: ['select[name*="reason" i]', 'form select'] };
const CLOSURE_PAGE: Condition = { url: ['/privacy/data-deletion'] };
const CONFIRM_CLOSURE = {
  text: { en: ['Confirm account closure', 'Confirm Account Closure'], pl: ['Potwierdź zamknięcie konta'], de: ['Kontoschließung bestätigen'] },
};

const closeAccount: GuideInput = {
  id: 'close-account',
  kind: 'delete-account',
  title: { en: 'Close your Amazon account', pl: 'Zamknij konto Amazon' },
  description: {
    en: 'The “Close Your Amazon Account” page: choose a reason, tick the box, press “Close My Account”, then confirm with the link Amazon sends by e-mail or text message (valid 5 days). Cancel Prime and use up gift card balances first.',
    pl: 'Strona zamykania konta Amazon: wybierz powód, zaznacz pole, naciśnij przycisk zamknięcia konta, a potem potwierdź linkiem, który Amazon wyśle e-mailem albo SMS-em (ważny 5 dni). Najpierw anuluj Prime i wykorzystaj saldo kart podarunkowych.',
  },
  menuLabel: { en: 'Close account…', pl: 'Zamknij konto…' },
  what: { en: 'Amazon account (closed, data deletion requested)', pl: 'Konto Amazon (zamknięte, z prośbą o usunięcie danych)' },
  startPath: '/privacy/data-deletion',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-closure-page',
      kind: 'safe',
      instruction: { en: 'Open the page “Close Your Amazon Account”.', pl: 'Otwórz stronę zamykania konta Amazon.' },
      done: CLOSURE_PAGE,
      doItForMe: { action: 'navigate', path: '/privacy/data-deletion' },
      manual: {
        en: 'Open the address /privacy/data-deletion on this Amazon site (for example amazon.com/privacy/data-deletion).',
        pl: 'Otwórz adres /privacy/data-deletion w tym serwisie Amazon (np. amazon.pl/privacy/data-deletion).',
      },
      provenance: { evidence: 'source', sources: [SOURCE.justDeleteMe] },
    },
    {
      id: 'choose-reason',
      kind: 'safe',
      instruction: { en: 'Choose the main reason for closing the account in the list.', pl: 'Wybierz z listy główny powód zamknięcia konta.' },
      at: { allOf: [CLOSURE_PAGE, { present: CLOSURE_REASON }] },
      done: { checked: CLOSURE_REASON },
      target: CLOSURE_REASON,
      manual: {
        en: 'Scroll down to the list of reasons and pick the one that fits.',
        pl: 'Przewiń w dół do listy powodów i wybierz ten, który pasuje.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.justDeleteMe], note: 'The list is confirmed; its markup is not: found by structure (the page’s list).' },
    },
    {
      id: 'tick-box',
      kind: 'final',
      instruction: {
        en: 'Tick “Yes, I want to permanently close my Amazon account and delete my data.”',
        pl: 'Zaznacz pole, w którym potwierdzasz trwałe zamknięcie konta Amazon i usunięcie danych (po angielsku „Yes, I want to permanently close my Amazon account…”).',
      },
      warning: {
        en: 'Closing an Amazon account is permanent: your orders, digital content (Kindle books, videos) and gift card balance are lost, on every Amazon site you use with it. Cancel Prime first.',
        pl: 'Zamknięcie konta Amazon jest trwałe: tracisz zamówienia, treści cyfrowe (książki Kindle, filmy) i saldo kart podarunkowych we wszystkich serwisach Amazon, w których go używasz. Najpierw anuluj Prime.',
      },
      at: { allOf: [CLOSURE_PAGE, { anyOf: [{ present: CLOSURE_ACK }, { present: CLOSURE_ACK_BY_STRUCTURE }] }, { checked: CLOSURE_REASON }] },
      done: { anyOf: [{ checked: CLOSURE_ACK }, { checked: CLOSURE_ACK_BY_STRUCTURE }] },
      target: CLOSURE_ACK,
      alternatives: [
        {
          when: { absent: CLOSURE_ACK },
          instruction: {
            en: 'Tick the box that says you want to close the account permanently and delete your data.',
            pl: 'Zaznacz pole, w którym potwierdzasz trwałe zamknięcie konta i usunięcie danych.',
          },
          target: CLOSURE_ACK_BY_STRUCTURE,
        },
      ],
      manual: {
        en: 'Below the reasons, tick the box that says you want to close the account permanently.',
        pl: 'Pod listą powodów zaznacz pole z informacją, że chcesz trwale zamknąć konto.',
      },
      provenance: {
        evidence: 'source',
        sources: [SOURCE.justDeleteMe, SOURCE.closureGuides],
        note: 'English label confirmed (amazon.com); Polish and German labels: no evidence — the page’s only tick box stands in.',
      },
    },
    {
      id: 'press-close',
      kind: 'final',
      instruction: { en: 'Press “Close My Account”.', pl: 'Naciśnij przycisk zamknięcia konta (po angielsku „Close My Account”).' },
      at: { allOf: [CLOSURE_PAGE, { anyOf: [{ checked: CLOSURE_ACK }, { checked: CLOSURE_ACK_BY_STRUCTURE }] }] },
      target: {
        css: ['form button[type="submit"]', 'form input[type="submit"]'],
        text: { en: ['Close My Account', 'Close my account'], pl: ['Zamknij moje konto', 'Zamknij konto'], de: ['Mein Konto schließen', 'Konto schließen'] },
      },
      manual: {
        en: 'At the bottom of the page, press “Close My Account”.',
        pl: 'Na dole strony naciśnij przycisk zamknięcia konta.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.justDeleteMe, SOURCE.closureGuides], note: 'Polish and German labels: no evidence.' },
    },
    {
      id: 'open-message',
      kind: 'outside',
      instruction: {
        en: 'Amazon sent you a link by e-mail or text message (SMS). Open it within 5 days and press “Confirm account closure”; the guide goes on in the tab that opens.',
        pl: 'Amazon wysłał Ci link e-mailem albo SMS-em. Otwórz go w ciągu 5 dni i potwierdź zamknięcie konta; przewodnik będzie kontynuowany w karcie, która się otworzy.',
      },
      at: {
        allOf: [
          CLOSURE_PAGE,
          { absent: CLOSURE_REASON },
          {
            text: {
              en: ['sent a link', 'text message', 'Check your e-mail', 'Check your email'],
              pl: ['Wysłaliśmy link', 'wiadomość SMS', 'Sprawdź pocztę'],
              de: ['Link gesendet', 'SMS'],
            },
          },
        ],
      },
      manual: {
        en: 'Look for a message from Amazon — an e-mail (check the spam folder too) or a text message to your phone — about closing your account. Its link works for 5 days.',
        pl: 'Poszukaj wiadomości od Amazon o zamknięciu konta — e-maila (sprawdź też folder spam) albo SMS-a na telefon. Link działa przez 5 dni.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.closureGuides], note: 'The wording of the page that says so: no evidence.' },
    },
    {
      id: 'confirm-closure',
      kind: 'final',
      instruction: { en: 'Press “Confirm account closure”.', pl: 'Naciśnij przycisk potwierdzenia zamknięcia konta (po angielsku „Confirm account closure”).' },
      at: { allOf: [{ present: CONFIRM_CLOSURE }, { absent: CLOSURE_REASON }] },
      target: CONFIRM_CLOSURE,
      manual: {
        en: 'On the page the message’s link opened, press “Confirm account closure”.',
        pl: 'Na stronie otwartej z linku w wiadomości naciśnij przycisk potwierdzenia zamknięcia konta.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.closureGuides], note: 'Polish and German labels: no evidence.' },
    },
  ],
  endings: [
    {
      id: 'closed',
      outcome: 'completed',
      when: {
        text: {
          en: ['Your Amazon account has been closed', 'Your account has been closed'],
          pl: ['Twoje konto Amazon zostało zamknięte'],
          de: ['Ihr Amazon-Konto wurde geschlossen'],
        },
      },
      message: {
        en: 'Amazon confirmed that your account is closed. Amazon also sends a confirmation e-mail.',
        pl: 'Amazon potwierdził zamknięcie konta. Amazon wyśle też e-mail z potwierdzeniem.',
      },
      confirmation: ['.a-alert-success', '[role="status"]', 'main h1'],
    },
    {
      id: 'link-invalid',
      outcome: 'stopped',
      when: {
        text: { en: ['This link is no longer valid', 'This link has expired'], pl: ['Ten link jest już nieważny', 'Link wygasł'], de: ['Dieser Link ist nicht mehr gültig'] },
      },
      message: {
        en: 'The link is no longer valid (it works for 5 days). Start this guide again to get a new one.',
        pl: 'Link jest już nieważny (działa przez 5 dni). Uruchom przewodnik ponownie, aby otrzymać nowy.',
      },
    },
  ],
};

/** The help hub's chat: its box for the person's message, and Amazon's side of the conversation. */
const CHAT_INPUT = { css: ['[role="dialog"] textarea', 'form textarea', 'textarea'], text: { en: ['Send', 'Send message'], pl: ['Wyślij'], de: ['Senden'] } };
const CHAT_LOG = '[role="log"]';
const START_CHAT = {
  text: {
    en: ['Start chatting now', 'Chat with us', 'Start chat', 'Chat now'],
    pl: ['Rozpocznij czat', 'Czat z nami', 'Czatuj teraz'],
    de: ['Chat starten', 'Jetzt chatten'],
  },
};
/** The seed's select-based contact form (gone from the real site; still recognised where a person meets it). */
const SEED_CONTACT_FORM: Condition = {
  allOf: [
    { url: ['/hz/contact-us'] },
    { not: { url: ['/foresight/'] } },
    // Its lists appear only after a topic is chosen: the seed's topic "Prime and more" stands for the page until then.
    { anyOf: [{ present: { css: ['form select', 'select'] } }, { present: { text: { en: ['Prime and more', 'Prime and More'], pl: ['Prime i więcej'] } } }] },
  ],
};
const SEED_SEND_EMAIL = { css: ['form button[type="submit"]'], text: { en: ['Send e-mail', 'Send email'], pl: ['Wyślij e-mail'], de: ['E-Mail senden'] } };

const closeAccountByCustomerService: GuideInput = {
  id: 'close-account-customer-service',
  kind: 'delete-account',
  title: { en: 'Ask Amazon customer service to close your account', pl: 'Poproś obsługę klienta Amazon o zamknięcie konta' },
  description: {
    en: 'Customer Service is a help hub with a chat today: Signoff opens it and gives you the exact sentence to send. Amazon answers in the chat and confirms the closure by e-mail or text message. (The contact form older guides describe is gone; where a page still shows it, the guide follows it.)',
    pl: 'Dział Obsługi Klienta to dziś centrum pomocy z czatem: Signoff je otwiera i podaje dokładne zdanie do wysłania. Amazon odpowiada na czacie i potwierdza zamknięcie e-mailem albo SMS-em. (Formularza kontaktowego ze starszych poradników już nie ma; jeśli strona go jeszcze pokazuje, przewodnik za nim idzie).',
  },
  menuLabel: { en: 'Close account via customer service…', pl: 'Zamknij konto przez obsługę klienta…' },
  what: { en: 'Request to close the Amazon account (asked in the customer-service chat)', pl: 'Prośba o zamknięcie konta Amazon (zgłoszona na czacie obsługi klienta)' },
  startPath: '/',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-customer-service',
      kind: 'safe',
      instruction: { en: 'Open “Customer Service” in the main menu.', pl: 'Otwórz „Dział Obsługi Klienta” w menu głównym.' },
      done: { url: ['/hz/contact-us'] },
      target: {
        css: ['a[href*="/hz/contact-us/foresight/hubgateway"]'],
        text: { en: ['Customer Service'], pl: ['Dział Obsługi Klienta'], de: ['Kundenservice'] },
      },
      doItForMe: { action: 'navigate', path: '/hz/contact-us/foresight/hubgateway' },
      manual: {
        en: 'Click “Customer Service” in the menu bar under the search box, or open /hz/contact-us/foresight/hubgateway on this Amazon site.',
        pl: 'Kliknij „Dział Obsługi Klienta” na pasku menu pod wyszukiwarką albo otwórz adres /hz/contact-us/foresight/hubgateway w tym serwisie Amazon.',
      },
      provenance: { evidence: 'source', sources: [SOURCE.helpHub, SOURCE.amazonPl2026] },
    },
    {
      id: 'start-chat',
      kind: 'safe',
      instruction: {
        en: 'Start a chat with customer service (the hub’s chat button).',
        pl: 'Rozpocznij czat z obsługą klienta (przycisk czatu w centrum pomocy).',
      },
      at: { allOf: [{ url: ['/hz/contact-us/foresight'] }, { present: START_CHAT }] },
      done: { present: { css: [CHAT_LOG, 'textarea'] } },
      target: START_CHAT,
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the help hub, choose “Something else” / “I need more help” until Amazon offers a chat, and start it.',
        pl: 'W centrum pomocy wybieraj „coś innego” / „potrzebuję więcej pomocy”, aż Amazon zaproponuje czat, i rozpocznij go.',
      },
      provenance: {
        evidence: 'no evidence',
        note: 'The hub and its chat are confirmed; the chat button’s label and markup are not: labels in three languages, described instruction.',
      },
    },
    {
      id: 'ask-in-chat',
      kind: 'final',
      instruction: {
        en: 'Type this into the chat and send it: “Please close my Amazon account and delete my data. I understand this is permanent.”',
        pl: 'Wpisz na czacie i wyślij: „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych. Rozumiem, że to nieodwracalne.”',
      },
      warning: {
        en: 'Closing an Amazon account is permanent: your orders, digital content and gift card balance are lost, on every Amazon site you use with it. Cancel Prime first.',
        pl: 'Zamknięcie konta Amazon jest trwałe: tracisz zamówienia, treści cyfrowe i saldo kart podarunkowych we wszystkich serwisach Amazon, w których go używasz. Najpierw anuluj Prime.',
      },
      at: { anyOf: [{ allOf: [{ url: ['/hz/contact-us'] }, { present: { css: [CHAT_LOG] } }] }, SEED_CONTACT_FORM] },
      target: CHAT_INPUT,
      alternatives: [
        {
          when: SEED_CONTACT_FORM,
          instruction: {
            en: 'This is the older contact form: choose “Prime and more” → “Update or change account information” → “Close my account” → “E-mail”, write “Please close my Amazon account and delete my data.” and press “Send e-mail”.',
            pl: 'To starszy formularz kontaktowy: wybierz temat Prime, potem zmianę informacji o koncie i zamknięcie konta, kontakt e-mailem, wpisz „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych.” i naciśnij przycisk wysłania e-maila.',
          },
          target: SEED_SEND_EMAIL,
        },
      ],
      manual: {
        en: 'In the chat, ask: “Please close my Amazon account and delete my data.” Amazon may ask you to confirm who you are.',
        pl: 'Na czacie napisz: „Proszę o zamknięcie mojego konta Amazon i usunięcie moich danych.” Amazon może poprosić o potwierdzenie tożsamości.',
      },
      provenance: {
        evidence: 'no evidence',
        note: 'That the chat takes closure requests: help hub (source); its markup and the seed’s form labels: no evidence.',
      },
    },
  ],
  endings: [
    {
      // Amazon's side of the chat, never the person's sentence (which names neither phrase).
      id: 'request-received',
      outcome: 'completed',
      when: {
        text: {
          en: ['request to close your account', 'close your account for you'],
          pl: ['prośbę o zamknięcie konta', 'zamknięcie Twojego konta'],
          de: ['Anfrage zur Schließung Ihres Kontos'],
        },
        within: `${CHAT_LOG}, #cu-confirmation, [role="status"]`,
      },
      message: {
        en: 'Amazon’s customer service answered that it has your request to close the account. The account is closed only once you confirm what Amazon sends (an e-mail or a text message).',
        pl: 'Obsługa klienta Amazon odpowiedziała, że ma Twoją prośbę o zamknięcie konta. Konto zostanie zamknięte dopiero po potwierdzeniu wiadomości od Amazon (e-maila albo SMS-a).',
      },
      confirmation: [`${CHAT_LOG} [data-from="amazon"]:last-child`, `${CHAT_LOG} > :last-child`, '#cu-confirmation', '[role="status"]'],
    },
  ],
};

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
    // layout seen; data-nav-ref does not (a 2020 signed-in layout still says nav_ya_signin, issue #17).
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
  guides: [cancelPrime, closeAccount, closeAccountByCustomerService],
  accountCheck: { url: '/gp/css/homepage.html', signedIn: { kind: 'status' } },
  provenance: {
    sources: [
      {
        url: 'https://github.com/alexdlaird/amazon-orders',
        note: 'Saved amazon.com pages: #nav-link-accountList with data-nav-ref, flyout rendered from script with #nav-item-signout; GET sign-out URL.',
      },
      {
        url: 'https://github.com/alexdlaird/amazon-orders/tree/5a8154e3cb21ce58d17b29862bec57d777d825b7/tests/resources',
        note: 'npm run check:pages (HIGH): 4 signed-in amazon.com pages saved 2025 (orders/order-history-2018-0, -2024-0, order-details-111-6778632-7354601, transactions/transactions-in-progress) carry a#nav-link-accountList[href*="/gp/css/homepage.html"], greeting in #nav-link-accountList-nav-line-1; signed-out index.html (@83c4076f) and auth/unauth-index.html (@5d7842cc) carry neither. A 2020 signed-in page with data-nav-ref="nav_ya_signin": issue #17 (not re-located).',
      },
      {
        url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R',
        note: 'Switch Accounts help: not advised on shared computers; per browser, up to 10 accounts.',
      },
      {
        url: 'https://gitlab.com/woob/woob',
        note: 'Amazon module: account picker #ap-account-switcher-container, cards posting to /ap/switchaccount, .cvf-account-switcher-claim, #cvf-account-switcher-add-accounts-link (one scraper module, not on a saved page: MEDIUM).',
      },
      {
        url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
        note: 'Prime (guides): Manage membership → Update, cancel and more → End membership → “End on <date>” / “End now” beside “Keep my membership” / “Remind me later”; two clicks on EU sites since 1 July 2022 (scl.org, European Commission). Your Account tile div[data-card-identifier="Prime"] in a.ya-card__whole-card-link; flyout link /gp/subs/primeclub/account/homepage.html. Each guide step names its own sources (issue 21).',
      },
      {
        url: 'https://github.com/jdm-contrib/jdm',
        note: 'Account closure: /privacy/data-deletion — select a reason, tick the box, "Close My Account", follow the link Amazon sends by e-mail or text message (valid 5 days). Customer service is the hub /hz/contact-us/foresight/hubgateway with chat.',
      },
    ],
    realPages: { count: 6, years: [2025], checked: '2026-12-06' },
    checked: '2026-12-06',
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
