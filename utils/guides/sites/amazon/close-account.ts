import type { Condition, GuideInput } from '../../schema';
import { AMAZON_SIGNED_OUT, SOURCE } from './evidence';

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

export const closeAccount: GuideInput = {
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
  // The flow as a whole; each step names its own sources.
  provenance: {
    sources: [{ url: 'https://github.com/jdm-contrib/jdm', note: 'Account closure: /privacy/data-deletion — select a reason, tick the box, "Close My Account", follow the link Amazon sends by e-mail or text message (valid 5 days). Customer service is the hub /hz/contact-us/foresight/hubgateway with chat.' }],
  },
};
