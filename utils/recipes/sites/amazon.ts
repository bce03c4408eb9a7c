import type { GuideInput } from '../../guides/schema';
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

/** Amazon shows a sign-in form, or greets an anonymous visitor ("Hello, sign in"). */
const AMAZON_SIGNED_OUT: GuideInput['signedOut'] = {
  anyOf: [
    { present: { css: ['form[name="signIn"]'] } },
    { present: { css: ['[data-nav-ref="nav_ya_signin"]', '#nav-logobar-greeting'] } },
  ],
};

const CONTINUE_TO_CANCEL = {
  en: ['Continue to cancel', 'Continue to Cancel', 'Continue cancelling'],
  pl: ['Kontynuuj anulowanie', 'Przejdź do anulowania'],
  de: ['Weiter zur Kündigung', 'Weiter kündigen'],
};

const cancelPrime: GuideInput = {
  id: 'cancel-prime',
  kind: 'cancel-subscription',
  title: { en: 'Cancel Amazon Prime', pl: 'Anuluj Amazon Prime' },
  description: {
    en: 'Your Account → Prime → Manage membership → End membership, past the offers Amazon makes to keep you, to “Cancel subscription” (pressed twice). You keep the benefits until the date Amazon shows.',
    pl: 'Twoje konto → Prime → Zarządzaj członkostwem → Zakończ członkostwo, z pominięciem ofert, którymi Amazon próbuje Cię zatrzymać, aż do „Anuluj subskrypcję” (dwukrotnie). Korzyści zachowujesz do dnia, który poda Amazon.',
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
      done: { url: ['/gp/css/homepage.html'] },
      target: { css: ['[data-nav-ref="nav_youraccount_btn"]', '#nav-button-avatar'] },
      doItForMe: { action: 'navigate', path: '/gp/css/homepage.html' },
      manual: {
        en: 'At the top right, click “Hello, your name — Account & Lists”. That opens Your Account.',
        pl: 'W prawym górnym rogu kliknij „Cześć, Twoje imię — Konto i listy”. Otworzy się strona Twoje konto.',
      },
    },
    {
      id: 'open-prime',
      kind: 'safe',
      instruction: { en: 'Open the “Prime” tile.', pl: 'Otwórz kafelek „Prime”.' },
      at: { url: ['/gp/css/homepage.html'] },
      target: { css: ['a[data-card-identifier="prime"]', 'a[href*="/gp/primecentral"]'], text: { en: ['Prime'], pl: ['Prime'] } },
      doItForMe: { action: 'click' },
      manual: {
        en: 'On Your Account, click the tile called “Prime” (or open the address /gp/primecentral on this Amazon site).',
        pl: 'Na stronie Twoje konto kliknij kafelek „Prime” (albo otwórz adres /gp/primecentral w tym serwisie Amazon).',
      },
    },
    {
      id: 'manage-membership',
      kind: 'safe',
      instruction: { en: 'Press “Manage membership”.', pl: 'Naciśnij „Zarządzaj członkostwem”.' },
      at: { url: ['/gp/primecentral', '/prime'] },
      done: { present: { css: ['#mcx-update-cancel'] } },
      target: {
        css: ['#mcx-manage-membership'],
        text: { en: ['Manage membership', 'Manage Membership'], pl: ['Zarządzaj członkostwem'], de: ['Mitgliedschaft verwalten'] },
      },
      doItForMe: { action: 'click' },
      manual: {
        en: 'On the Prime membership page, open the menu “Manage membership” near the top.',
        pl: 'Na stronie Członkostwo Prime otwórz menu „Zarządzaj członkostwem” u góry strony.',
      },
    },
    {
      id: 'update-cancel',
      kind: 'safe',
      instruction: { en: 'Press “Update, cancel and more”.', pl: 'Naciśnij „Zmień, anuluj i więcej”.' },
      at: { present: { css: ['#mcx-update-cancel'] } },
      done: { present: { css: ['#mcx-end-membership'] } },
      target: {
        css: ['#mcx-update-cancel'],
        text: { en: ['Update, cancel and more'], pl: ['Zmień, anuluj i więcej'], de: ['Ändern, kündigen und mehr'] },
      },
      doItForMe: { action: 'click' },
      manual: {
        en: 'In the “Manage membership” menu, choose “Update, cancel and more”.',
        pl: 'W menu „Zarządzaj członkostwem” wybierz „Zmień, anuluj i więcej”.',
      },
    },
    {
      id: 'end-membership',
      kind: 'final',
      instruction: {
        en: 'Press “End membership” if you want to cancel. Amazon then shows a few pages before anything ends.',
        pl: 'Naciśnij „Zakończ członkostwo”, jeśli chcesz anulować. Amazon pokaże jeszcze kilka stron, zanim cokolwiek się zakończy.',
      },
      at: { present: { css: ['#mcx-end-membership', 'a[href*="/mc/pipelines/cancel"]'] } },
      target: {
        css: ['#mcx-end-membership', 'a[href*="/mc/pipelines/cancel"]', 'input[aria-label*="End membership"]'],
        text: {
          en: ['End membership', 'End Membership', 'Do not continue — end Prime benefits'],
          pl: ['Zakończ członkostwo', 'Nie kontynuuj — zrezygnuj z korzyści Prime'],
          de: ['Mitgliedschaft beenden'],
        },
      },
      manual: {
        en: 'Under “Update, cancel and more”, press “End membership” (on older pages: “Do not continue — end Prime benefits” in the left column).',
        pl: 'W sekcji „Zmień, anuluj i więcej” naciśnij „Zakończ członkostwo” (na starszych stronach: „Nie kontynuuj — zrezygnuj z korzyści Prime” w lewej kolumnie).',
      },
    },
    {
      id: 'end-benefits',
      kind: 'final',
      instruction: {
        en: 'Amazon lists what you will lose. To go on, press “End my benefits” (“Keep my benefits” keeps Prime).',
        pl: 'Amazon wymienia, co stracisz. Aby kontynuować, naciśnij „Zakończ moje korzyści” („Zachowaj moje korzyści” zostawia Prime).',
      },
      at: {
        anyOf: [
          { present: { css: ['[data-pipeline-page="benefits"]'] } },
          { allOf: [{ url: ['/mc/pipelines/cancel'] }, { present: { text: { en: ['End my benefits', 'End My Benefits'], pl: ['Zakończ moje korzyści'] } } }] },
        ],
      },
      target: {
        css: ['#mcx-end-benefits', 'button[value="end-benefits"]'],
        text: { en: ['End my benefits', 'End My Benefits', 'Cancel my benefits'], pl: ['Zakończ moje korzyści'], de: ['Vorteile beenden'] },
      },
      manual: {
        en: 'On the page that lists your Prime benefits, press “End my benefits”.',
        pl: 'Na stronie z listą korzyści Prime naciśnij „Zakończ moje korzyści”.',
      },
    },
    {
      id: 'cancel-subscription',
      kind: 'final',
      instruction: { en: 'Press “Cancel subscription”.', pl: 'Naciśnij „Anuluj subskrypcję”.' },
      at: { present: { css: ['[data-pipeline-page="cancel"]', '#mcx-cancel-subscription'] } },
      done: { present: { css: ['#mcx-confirm-modal', '[role="dialog"] [value="confirm-cancel"]'] } },
      target: {
        css: ['#mcx-cancel-subscription'],
        text: { en: ['Cancel subscription', 'Cancel Subscription'], pl: ['Anuluj subskrypcję'], de: ['Abonnement kündigen'] },
      },
      manual: {
        en: 'On the page “Cancel your subscription”, press “Cancel subscription”. Amazon asks once more to be sure.',
        pl: 'Na stronie „Anuluj subskrypcję” naciśnij „Anuluj subskrypcję”. Amazon zapyta jeszcze raz, czy na pewno.',
      },
    },
    {
      id: 'confirm-cancel',
      kind: 'final',
      instruction: {
        en: 'Amazon asks “Are you sure?”. Press “Cancel subscription” again to confirm.',
        pl: 'Amazon pyta „Czy na pewno?”. Naciśnij ponownie „Anuluj subskrypcję”, aby potwierdzić.',
      },
      at: { present: { css: ['#mcx-confirm-modal', '[role="dialog"] [value="confirm-cancel"]'] } },
      target: {
        within: '#mcx-confirm-modal, [role="dialog"]',
        css: ['#mcx-confirm-cancel', 'button[value="confirm-cancel"]'],
        text: { en: ['Cancel subscription', 'Cancel Subscription'], pl: ['Anuluj subskrypcję'], de: ['Abonnement kündigen'] },
      },
      manual: {
        en: 'In the “Are you sure?” box, press “Cancel subscription” once more.',
        pl: 'W okienku „Czy na pewno?” naciśnij jeszcze raz „Anuluj subskrypcję”.',
      },
    },
  ],
  retentionOffers: [
    {
      id: 'annual-plan',
      when: {
        anyOf: [
          { present: { css: ['[data-pipeline-page="offer-annual"]'] } },
          { allOf: [{ url: ['/mc/pipelines/cancel'] }, { text: { en: ['Switch to annual payments'], pl: ['Przejdź na płatność roczną'] } }] },
        ],
      },
      name: { en: 'a cheaper annual plan', pl: 'tańszy plan roczny' },
      decline: { css: ['button[value="continue"]'], text: CONTINUE_TO_CANCEL },
      declineLabel: { en: 'Continue to cancel', pl: 'Kontynuuj anulowanie' },
    },
    {
      id: 'pause',
      when: {
        anyOf: [
          { present: { css: ['[data-pipeline-page="offer-pause"]'] } },
          { allOf: [{ url: ['/mc/pipelines/cancel'] }, { text: { en: ['Pause membership'], pl: ['Wstrzymaj członkostwo'] } }] },
        ],
      },
      name: { en: 'pausing instead of cancelling', pl: 'wstrzymanie zamiast anulowania' },
      decline: { css: ['button[value="continue"]'], text: CONTINUE_TO_CANCEL },
      declineLabel: { en: 'Continue to cancel', pl: 'Kontynuuj anulowanie' },
    },
  ],
  endings: [
    {
      id: 'cancelled',
      outcome: 'completed',
      when: {
        anyOf: [
          { present: { css: ['#mcx-cancel-confirmation'] } },
          { text: { en: ['Your Prime membership has been cancelled'], pl: ['członkostwo Prime zostało anulowane'] } },
        ],
      },
      message: {
        en: 'Amazon confirmed that your Prime membership is cancelled. The page says until when you keep the benefits.',
        pl: 'Amazon potwierdził anulowanie członkostwa Prime. Na stronie podano, do kiedy zachowujesz korzyści.',
      },
      confirmation: ['#mcx-cancel-confirmation', '.a-alert-success'],
    },
    {
      id: 'already-ending',
      outcome: 'stopped',
      when: {
        allOf: [
          { url: ['/gp/primecentral', '/prime'] },
          { anyOf: [{ present: { css: ['#mcx-membership-ending'] } }, { text: { en: ['Your membership ends on'], pl: ['członkostwo kończy się'] } }] },
        ],
      },
      message: {
        en: 'This Prime membership is already cancelled: Amazon shows the day it ends, and there is nothing more to do.',
        pl: 'To członkostwo Prime jest już anulowane: Amazon podaje dzień jego zakończenia i nie trzeba nic więcej robić.',
      },
    },
  ],
};

const closeAccount: GuideInput = {
  id: 'close-account',
  kind: 'delete-account',
  title: { en: 'Close your Amazon account', pl: 'Zamknij konto Amazon' },
  description: {
    en: 'The “Close Your Amazon Account” page: choose a reason, tick the box, press “Close My Account”, then confirm with the link Amazon e-mails you. Cancel Prime and use up gift card balances first.',
    pl: 'Strona „Zamknij swoje konto Amazon”: wybierz powód, zaznacz pole, naciśnij „Zamknij moje konto”, a potem potwierdź linkiem, który Amazon wyśle e-mailem. Najpierw anuluj Prime i wykorzystaj saldo kart podarunkowych.',
  },
  menuLabel: { en: 'Close account…', pl: 'Zamknij konto…' },
  what: { en: 'Amazon account (closed, data deletion requested)', pl: 'Konto Amazon (zamknięte, z prośbą o usunięcie danych)' },
  startPath: '/privacy/data-deletion',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-closure-page',
      kind: 'safe',
      instruction: { en: 'Open the page “Close Your Amazon Account”.', pl: 'Otwórz stronę „Zamknij swoje konto Amazon”.' },
      done: { url: ['/privacy/data-deletion'] },
      doItForMe: { action: 'navigate', path: '/privacy/data-deletion' },
      manual: {
        en: 'Open the address /privacy/data-deletion on this Amazon site (for example amazon.com/privacy/data-deletion).',
        pl: 'Otwórz adres /privacy/data-deletion w tym serwisie Amazon (np. amazon.pl/privacy/data-deletion).',
      },
    },
    {
      id: 'choose-reason',
      kind: 'safe',
      instruction: { en: 'Choose the main reason for closing the account in the list.', pl: 'Wybierz z listy główny powód zamknięcia konta.' },
      at: { present: { css: ['#closure-reason', 'select[name="reason"]'] } },
      done: { present: { css: ['#closure-reason:has(option:checked:not([value=""]))'] } },
      target: { css: ['#closure-reason', 'select[name="reason"]'] },
      manual: {
        en: 'Scroll down to the list of reasons and pick the one that fits.',
        pl: 'Przewiń w dół do listy powodów i wybierz ten, który pasuje.',
      },
    },
    {
      id: 'tick-box',
      kind: 'final',
      instruction: {
        en: 'Tick “Yes, I want to permanently close my Amazon account and delete my data.”',
        pl: 'Zaznacz „Tak, chcę trwale zamknąć moje konto Amazon i usunąć moje dane.”',
      },
      warning: {
        en: 'Closing an Amazon account is permanent: your orders, digital content (Kindle books, videos) and gift card balance are lost, on every Amazon site you use with it. Cancel Prime first.',
        pl: 'Zamknięcie konta Amazon jest trwałe: tracisz zamówienia, treści cyfrowe (książki Kindle, filmy) i saldo kart podarunkowych we wszystkich serwisach Amazon, w których go używasz. Najpierw anuluj Prime.',
      },
      at: { allOf: [{ present: { css: ['#closure-ack'] } }, { present: { css: ['#closure-reason:has(option:checked:not([value=""]))'] } }] },
      done: { present: { css: ['#closure-ack:checked'] } },
      target: { css: ['#closure-ack', 'input[type="checkbox"][name="ack"]'] },
      manual: {
        en: 'Below the reasons, tick the box that says you want to close the account permanently.',
        pl: 'Pod listą powodów zaznacz pole z informacją, że chcesz trwale zamknąć konto.',
      },
    },
    {
      id: 'press-close',
      kind: 'final',
      instruction: { en: 'Press “Close My Account”.', pl: 'Naciśnij „Zamknij moje konto”.' },
      at: { present: { css: ['#closure-ack:checked'] } },
      target: {
        css: ['#closure-submit'],
        text: { en: ['Close My Account', 'Close my account'], pl: ['Zamknij moje konto'], de: ['Mein Konto schließen'] },
      },
      manual: {
        en: 'At the bottom of the page, press “Close My Account”.',
        pl: 'Na dole strony naciśnij „Zamknij moje konto”.',
      },
    },
    {
      id: 'open-email',
      kind: 'outside',
      instruction: {
        en: 'Amazon sent you an e-mail. Open it and click “Confirm account closure”; the guide goes on in the tab that opens.',
        pl: 'Amazon wysłał Ci e-mail. Otwórz go i kliknij „Potwierdź zamknięcie konta”; przewodnik będzie kontynuowany w karcie, która się otworzy.',
      },
      at: {
        anyOf: [
          { present: { css: ['[data-closure-page="sent"]'] } },
          { text: { en: ['We have sent a link to'], pl: ['Wysłaliśmy link na adres'] } },
        ],
      },
      manual: {
        en: 'Look for an e-mail from Amazon titled “Confirm your request to close your Amazon account” (check the spam folder too). Its link works for 5 days.',
        pl: 'Poszukaj e-maila od Amazon zatytułowanego „Potwierdź prośbę o zamknięcie konta Amazon” (sprawdź też folder spam). Link działa przez 5 dni.',
      },
    },
    {
      id: 'confirm-closure',
      kind: 'final',
      instruction: { en: 'Press “Confirm account closure”.', pl: 'Naciśnij „Potwierdź zamknięcie konta”.' },
      at: { present: { css: ['[data-closure-page="confirm"]', '#closure-confirm'] } },
      target: {
        css: ['#closure-confirm'],
        text: { en: ['Confirm account closure', 'Close account'], pl: ['Potwierdź zamknięcie konta'] },
      },
      manual: {
        en: 'On the page the e-mail’s link opened, press “Confirm account closure”.',
        pl: 'Na stronie otwartej z linku w e-mailu naciśnij „Potwierdź zamknięcie konta”.',
      },
    },
  ],
  endings: [
    {
      id: 'closed',
      outcome: 'completed',
      when: {
        anyOf: [
          { present: { css: ['[data-closure-page="closed"]'] } },
          { text: { en: ['Your Amazon account has been closed'], pl: ['Twoje konto Amazon zostało zamknięte'] } },
        ],
      },
      message: {
        en: 'Amazon confirmed that your account is closed. Amazon also sends a confirmation e-mail.',
        pl: 'Amazon potwierdził zamknięcie konta. Amazon wyśle też e-mail z potwierdzeniem.',
      },
      confirmation: ['#closure-closed', '[data-closure-page="closed"]'],
    },
    {
      id: 'link-invalid',
      outcome: 'stopped',
      when: {
        anyOf: [{ present: { css: ['[data-closure-page="invalid"]'] } }, { text: { en: ['This link is no longer valid'], pl: ['Ten link jest już nieważny'] } }],
      },
      message: {
        en: 'The link from the e-mail is no longer valid. Start this guide again to get a new one.',
        pl: 'Link z e-maila jest już nieważny. Uruchom przewodnik ponownie, aby otrzymać nowy.',
      },
    },
  ],
};

const closeAccountByCustomerService: GuideInput = {
  id: 'close-account-customer-service',
  kind: 'delete-account',
  title: { en: 'Ask Amazon customer service to close your account', pl: 'Poproś obsługę klienta Amazon o zamknięcie konta' },
  description: {
    en: 'The route from the guide you may have read: Customer Service → Managing Your Account → Contact us → Prime and more → Close my account → E-mail. Amazon replies by e-mail and confirms when the account is closed.',
    pl: 'Droga z poradnika: Obsługa klienta → Zarządzaj moim kontem → Skontaktuj się z nami → Prime i więcej → Zamknij moje konto → E-mail. Amazon odpowie e-mailem i potwierdzi zamknięcie konta.',
  },
  menuLabel: { en: 'Close account via customer service…', pl: 'Zamknij konto przez obsługę klienta…' },
  what: { en: 'Request to close the Amazon account (sent to customer service)', pl: 'Prośba o zamknięcie konta Amazon (wysłana do obsługi klienta)' },
  startPath: '/',
  signedOut: AMAZON_SIGNED_OUT,
  steps: [
    {
      id: 'open-customer-service',
      kind: 'safe',
      instruction: { en: 'Open “Customer Service” in the main menu.', pl: 'Otwórz „Obsługa klienta” w menu głównym.' },
      done: { url: ['/gp/help/customer/display.html'] },
      target: {
        css: ['#nav-xshop a[href*="/gp/help/customer/display.html"]', 'a[data-card-identifier="customer-service"]'],
        text: { en: ['Customer Service'], pl: ['Obsługa klienta'], de: ['Kundenservice'] },
      },
      doItForMe: { action: 'navigate', path: '/gp/help/customer/display.html' },
      manual: {
        en: 'Click “Customer Service” in the menu bar under the search box, or open /gp/help/customer/display.html on this Amazon site.',
        pl: 'Kliknij „Obsługa klienta” na pasku menu pod wyszukiwarką albo otwórz adres /gp/help/customer/display.html w tym serwisie Amazon.',
      },
    },
    {
      id: 'managing-account',
      kind: 'safe',
      instruction: { en: 'Under “Browse Help Topics”, open “Managing Your Account”.', pl: 'W „Przeglądaj tematy pomocy” otwórz „Zarządzaj moim kontem”.' },
      at: { anyOf: [{ present: { css: ['#help-topics', '[data-help-node="home"]'] } }, { text: { en: ['Browse Help Topics'], pl: ['Przeglądaj tematy pomocy'] } }] },
      target: { css: ['a[data-topic="account"]'], text: { en: ['Managing Your Account', 'Managing your account'], pl: ['Zarządzaj moim kontem'] } },
      doItForMe: { action: 'click' },
      manual: {
        en: 'Scroll down to the help topics and click “Managing Your Account”.',
        pl: 'Przewiń w dół do tematów pomocy i kliknij „Zarządzaj moim kontem”.',
      },
    },
    {
      id: 'more-in-account',
      kind: 'safe',
      instruction: { en: 'Open “More in Managing Your Account”.', pl: 'Otwórz „Więcej o Zarządzaj moim kontem”.' },
      at: { present: { css: ['#help-more-link'], text: { en: ['More in Managing Your Account'], pl: ['Więcej o Zarządzaj moim kontem'] } } },
      target: { css: ['#help-more-link'], text: { en: ['More in Managing Your Account'], pl: ['Więcej o Zarządzaj moim kontem'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'Below the topic’s links, click “More in Managing Your Account”.', pl: 'Pod linkami tematu kliknij „Więcej o Zarządzaj moim kontem”.' },
    },
    {
      id: 'contact-us',
      kind: 'safe',
      instruction: { en: 'At the bottom left, press “Contact Us”.', pl: 'W lewym dolnym rogu naciśnij „Skontaktuj się z nami”.' },
      at: { present: { css: ['#help-contact-us', 'a[href*="/hz/contact-us"]'] } },
      target: { css: ['#help-contact-us', 'a[href*="/hz/contact-us"]'], text: { en: ['Contact Us', 'Contact us'], pl: ['Skontaktuj się z nami'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'Scroll to the bottom of the page and click “Contact Us”.', pl: 'Przewiń na dół strony i kliknij „Skontaktuj się z nami”.' },
    },
    {
      id: 'prime-and-more',
      kind: 'safe',
      instruction: { en: 'Choose the topic “Prime and more”.', pl: 'Wybierz temat „Prime i więcej”.' },
      at: { url: ['/hz/contact-us'] },
      done: { present: { css: ['#cu-issue'] } },
      target: { css: ['[data-cu-topic="prime"]'], text: { en: ['Prime and more', 'Prime and More'], pl: ['Prime i więcej'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'On “Contact Us”, click the card “Prime and more”.', pl: 'Na stronie kontaktu kliknij kafelek „Prime i więcej”.' },
    },
    {
      id: 'update-account-info',
      kind: 'safe',
      instruction: {
        en: 'In “Tell us more about your issue”, choose “Update or change account information”.',
        pl: 'W polu „Powiedz nam więcej o swoim problemie” wybierz „Zaktualizuj lub zmień informacje o koncie”.',
      },
      at: { present: { css: ['#cu-issue'] } },
      done: { present: { css: ['#cu-issue-detail'] } },
      target: { css: ['#cu-issue'] },
      doItForMe: { action: 'select', option: { en: ['Update or change account information'], pl: ['Zaktualizuj lub zmień informacje o koncie'] } },
      manual: {
        en: 'Open the list “Tell us more about your issue” and pick “Update or change account information”.',
        pl: 'Otwórz listę „Powiedz nam więcej o swoim problemie” i wybierz „Zaktualizuj lub zmień informacje o koncie”.',
      },
    },
    {
      id: 'close-my-account',
      kind: 'safe',
      instruction: { en: 'In the next list, choose “Close my account”.', pl: 'Na następnej liście wybierz „Zamknij moje konto”.' },
      at: { present: { css: ['#cu-issue-detail'] } },
      done: { present: { css: ['#cu-contact-methods'] } },
      target: { css: ['#cu-issue-detail'] },
      doItForMe: { action: 'select', option: { en: ['Close my account'], pl: ['Zamknij moje konto'] } },
      manual: { en: 'In the second list, pick “Close my account”.', pl: 'Na drugiej liście wybierz „Zamknij moje konto”.' },
    },
    {
      id: 'choose-email',
      kind: 'safe',
      instruction: {
        en: 'Choose to be contacted by “E-mail” (the easiest way to close an account).',
        pl: 'Wybierz kontakt przez „E-mail” (najprostszy sposób zamknięcia konta).',
      },
      at: { present: { css: ['#cu-contact-methods'] } },
      done: { present: { css: ['#cu-email-form'] } },
      target: { css: ['#cu-method-email'], text: { en: ['E-mail', 'Email'], pl: ['E-mail'] } },
      doItForMe: { action: 'click' },
      manual: { en: 'Under “How would you like to contact us?”, press “E-mail”.', pl: 'W sekcji „Jak chcesz się z nami skontaktować?” naciśnij „E-mail”.' },
    },
    {
      id: 'send-email',
      kind: 'final',
      instruction: {
        en: 'In “Provide more information”, write that you want your account closed, then press “Send e-mail”.',
        pl: 'W polu „Podaj więcej informacji” napisz, że chcesz zamknąć konto, a potem naciśnij „Wyślij e-mail”.',
      },
      at: { present: { css: ['#cu-email-form'] } },
      target: { css: ['#cu-send-email'], text: { en: ['Send e-mail', 'Send email'], pl: ['Wyślij e-mail'] } },
      manual: {
        en: 'Type your request in the message box and press “Send e-mail”.',
        pl: 'Wpisz prośbę w polu wiadomości i naciśnij „Wyślij e-mail”.',
      },
    },
  ],
  endings: [
    {
      id: 'request-sent',
      outcome: 'completed',
      when: {
        anyOf: [
          { present: { css: ['#cu-confirmation'] } },
          { text: { en: ['received your request to close your account'], pl: ['Otrzymaliśmy Twoją prośbę o zamknięcie konta'] } },
        ],
      },
      message: {
        en: 'Amazon received your request to close the account. It replies by e-mail and confirms when the account is closed.',
        pl: 'Amazon otrzymał prośbę o zamknięcie konta. Odpowie e-mailem i potwierdzi, gdy konto zostanie zamknięte.',
      },
      confirmation: ['#cu-confirmation'],
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
    // Language-independent: the account link points at "Your Account" only when signed in.
    signedIn: { css: ['[data-nav-ref="nav_youraccount_btn"]', '#nav-greeting-name'] },
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
        url: 'https://na.account.amazon.com/gp/help/customer/display.html?nodeId=GVJHDP5AF9RB7R4R',
        note: 'Switch Accounts help: not advised on shared computers; per browser, up to 10 accounts.',
      },
      {
        url: 'https://gitlab.com/woob/woob',
        note: 'Amazon module: account picker #ap-account-switcher-container, cards posting to /ap/switchaccount, .cvf-account-switcher-claim, #cvf-account-switcher-add-accounts-link.',
      },
      {
        url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
        note: 'Prime: Manage membership → Update, cancel and more → End membership → offers → End my benefits / cancel; PL labels Zarządzaj członkostwem, Zmień, anuluj i więcej, Zakończ członkostwo (subscription-app catalogs). Selectors of the cancellation pages are not known: by label.',
      },
      {
        url: 'https://github.com/jdm-contrib/jdm',
        note: 'Account closure: /privacy/data-deletion — select a reason, tick the box, "Close My Account", follow the link in the confirmation e-mail.',
      },
    ],
    checked: '2026-11-21',
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
