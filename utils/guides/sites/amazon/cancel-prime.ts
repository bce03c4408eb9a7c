import type { Condition, GuideInput } from '../../schema';
import { AMAZON_SIGNED_OUT, SOURCE } from './evidence';

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

export const cancelPrime: GuideInput = {
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
  // The flow as a whole; each step names its own sources.
  provenance: {
    sources: [{ url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y', note: 'Prime (guides): Manage membership → Update, cancel and more → End membership → “End on <date>” / “End now” beside “Keep my membership” / “Remind me later”; two clicks on EU sites since 1 July 2022 (scl.org, European Commission). Your Account tile div[data-card-identifier="Prime"] in a.ya-card__whole-card-link; flyout link /gp/subs/primeclub/account/homepage.html. Each guide step names its own sources (issue 21).' }],
  },
};
